import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguagePicker } from '@/components/LanguagePicker';
import { useLocale } from '@/components/useLocale';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { withoutExtensionApi } from '../harness/extensionApi';

function Surface(props: { link?: string; organization?: string; pending?: boolean }) {
  const locale = useLocale(props);
  if (!locale) return <main aria-busy="true" />;
  return (
    <main>
      <h1>{locale.t('common.language')}</h1>
      <LanguagePicker t={locale.t} value={locale.lang} languages={locale.languages} onChange={locale.setLanguage} />
    </main>
  );
}

beforeEach(() => {
  withoutExtensionApi();
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['nl-BE']);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('useLocale + LanguagePicker (run-time switching)', () => {
  it('starts in the browser language and switches to Arabic right to left, remembering the choice', async () => {
    render(<Surface />);
    expect(await screen.findByRole('heading', { name: 'Taal' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    const select = screen.getByLabelText('Taal') as HTMLSelectElement;
    select.value = 'ar';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await screen.findByRole('heading', { name: 'اللغة' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    await waitFor(() => expect(localStorage.getItem(STORAGE_KEYS.language)).toBe('ar'));
  });

  it('a guided link beats the organization default; the organization default beats the browser', async () => {
    const { unmount } = render(<Surface link="de" organization="fr" />);
    expect(await screen.findByRole('heading', { name: 'Sprache' })).toBeTruthy();
    unmount();
    render(<Surface organization="fr" />);
    expect(await screen.findByRole('heading', { name: 'Langue' })).toBeTruthy();
  });

  it('a policy that arrives after the user picked a language does not undo the choice; pending waits for it', async () => {
    const { rerender } = render(<Surface pending />);
    // No link and no stored choice: nothing is shown until the organization default is known.
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('heading')).toBeNull();
    rerender(<Surface organization="fr" />);
    expect(await screen.findByRole('heading', { name: 'Langue' })).toBeTruthy();
    const select = screen.getByLabelText('Langue') as HTMLSelectElement;
    select.value = 'ja';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await screen.findByRole('heading', { name: '言語' })).toBeTruthy();
    rerender(<Surface organization="de" />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByRole('heading').textContent).toBe('言語');
    expect(document.documentElement.lang).toBe('ja');
  });

  it('a stored choice decides even while the organization default is pending', async () => {
    localStorage.setItem(STORAGE_KEYS.language, 'es');
    render(<Surface pending />);
    expect(await screen.findByRole('heading', { name: 'Idioma' })).toBeTruthy();
  });

  it('offers the pseudo-locale in tests and renders it bracketed', async () => {
    render(<Surface link="en-XA" />);
    const heading = await screen.findByRole('heading');
    expect(heading.textContent).toMatch(/^⟦Ŀȧƞɠŭȧɠḗ.*⟧$/);
    expect([...(screen.getByRole('combobox') as HTMLSelectElement).options].map((o) => o.value)).toContain('en-XA');
  });
});
