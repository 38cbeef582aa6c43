/**
 * Whole surfaces (popup, companion page on the site and in the extension, builder, options/admin
 * view) rendered as users get them:
 *  - in the pseudo-locale en-XA, finding no hard-coded text (docs/localization.md);
 *  - switching language at run time, with the documented precedence (guided link > user's choice >
 *    organization default > browser > English);
 *  - honouring the organization policy (docs/enterprise.md): name, tenant, help desk, ignored settings.
 * The extension API is WXT's fakeBrowser (test/harness/extensionApi.ts); the site has none.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_NAMES } from '@/core/i18n';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { CompanionApp } from '@/components/companion/CompanionApp';
import { areaKey, languageItem, policyCacheItem } from '@/storage/items';
import { installFakeExtension, withoutExtensionApi } from '../harness/extensionApi';
import { findUnlocalizedText } from '../harness/unlocalized';
import ja from '@/locales/ja.json';

const endonyms = Object.values(LANGUAGE_NAMES);

/** An extension (WXT's fakeBrowser) with this stored language and this managed policy, cached by the background. */
async function extension(options: { language?: string; policy?: Record<string, unknown> } = {}) {
  const browser = installFakeExtension();
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Passkey Guide', version: '9.9.9' });
  if (options.language) await browser.storage.local.set({ [areaKey(languageItem)]: options.language });
  if (options.policy) {
    await browser.storage.managed.set(options.policy);
    await browser.storage.session.set({ [areaKey(policyCacheItem)]: { raw: options.policy, readAt: 1 } });
  }
  return browser;
}

const POLICY = {
  organizationName: 'Contoso',
  tenant: 'contoso.onmicrosoft.com',
  helpDeskName: 'Contoso IT',
  helpDeskPhone: '+31 20 123 4567',
  helpDeskEmail: 'help@contoso.com',
  helpDeskUrl: 'https://help.contoso.com/passkeys',
  defaultLanguage: 'fr',
  // Ignored: not a GUID.
  aaguidBlockList: ['not-a-guid'],
};

beforeEach(() => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-CH']);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
  document.documentElement.lang = '';
  document.documentElement.dir = '';
});

async function settled(container: Element) {
  await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull(), { timeout: 5000 });
}

describe('every surface in the pseudo-locale shows no hard-coded text', () => {
  it('popup (with a policy, an ignored setting, the diagnostic and the phone hand-off open)', async () => {
    await extension({ language: 'en-XA', policy: POLICY });
    const { container } = render(<PopupApp />);
    await settled(container);
    expect(document.documentElement.lang).toBe('en-XA');
    await waitFor(() => expect(container.querySelector('[data-capability="platform"] dd')?.textContent).toMatch(/^⟦/));
    expect(container.querySelector('[data-action="org-settings"]')).not.toBeNull();
    const handoff = container.querySelector('[data-action="handoff"]');
    if (handoff) {
      fireEvent.click(handoff);
      await waitFor(() => expect(container.querySelector('svg.pg-qr')).not.toBeNull());
      expect(findUnlocalizedText(container, [...endonyms, 'Contoso'])).toEqual([]);
    }
    fireEvent.click(container.querySelector('[data-action="open-diagnostic"]')!);
    await waitFor(() => expect(container.querySelector('[data-diagnostic]')).not.toBeNull(), { timeout: 5000 });
    expect(findUnlocalizedText(container, [...endonyms, 'Contoso'])).toEqual([]);
  });

  it('companion page on the standalone site, guide and builder views, with a guided link', async () => {
    withoutExtensionApi();
    for (const search of ['?lang=en-XA&org=Fabrikam&hd=help%40fabrikam.com', '?view=builder&lang=en-XA']) {
      const { container, unmount } = render(<CompanionApp env={{ kind: 'site', pageUrl: 'https://guide.example/' }} search={search} />);
      await settled(container);
      expect(document.documentElement.lang).toBe('en-XA');
      expect(findUnlocalizedText(container, [...endonyms, 'Fabrikam', /\S*help@fabrikam\.com\S*/, /https:\/\/guide\.example\/\S*/])).toEqual([]);
      unmount();
    }
  });

  it('companion page in the extension with the organization policy, and the options/admin view', async () => {
    await extension({ language: 'en-XA', policy: POLICY });
    const companion = render(<CompanionApp env={{ kind: 'extension', pageUrl: 'chrome-extension://id/guide.html' }} search="" />);
    await settled(companion.container);
    expect(companion.container.querySelector('[data-helpdesk]')).not.toBeNull();
    expect(findUnlocalizedText(companion.container, [...endonyms, 'Contoso IT', 'Contoso', /\S*help@contoso\.com\S*/, /\+31 20 123 4567/])).toEqual([]);
    companion.unmount();

    const options = render(<OptionsApp />);
    await waitFor(() => expect(options.container.querySelector('[data-testid="ignored-list"]')).not.toBeNull());
    expect(
      findUnlocalizedText(options.container, [...endonyms, 'device-bound', 'synced', 'Contoso IT', 'Contoso', /\S+@\S+/, /https:\/\/\S+/, /\+31 20 123 4567/]),
    ).toEqual([]);
  });
});

describe('run-time language choice', () => {
  it('popup: organization default first, then the picker switches to Arabic right to left and remembers it', async () => {
    const browser = await extension({ policy: POLICY });
    const { container } = render(<PopupApp />);
    await settled(container);
    // No stored choice: the organization default (fr) beats the browser (de-CH).
    expect(document.documentElement.lang).toBe('fr');
    const select = screen.getByLabelText('Langue') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'ar' } });
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('خطوتك التالية');
    expect(screen.getByLabelText('اللغة')).toBeTruthy();
    await waitFor(async () => expect(await languageItem.getValue()).toBe('ar'));
    expect((await browser.storage.local.get('pg:language'))['pg:language']).toBe('ar');
  });

  it('popup: without a policy the browser language is used; a stored choice beats it', async () => {
    await extension();
    const first = render(<PopupApp />);
    await settled(first.container);
    expect(document.documentElement.lang).toBe('de');
    first.unmount();
    await extension({ language: 'ja', policy: POLICY });
    const second = render(<PopupApp />);
    await settled(second.container);
    // The user's choice beats the organization default.
    expect(document.documentElement.lang).toBe('ja');
  });

  it('companion site: the guided link beats a stored choice; the picker switches and persists in localStorage', async () => {
    withoutExtensionApi();
    localStorage.setItem(areaKey(languageItem), 'es');
    const { container } = render(<CompanionApp env={{ kind: 'site', pageUrl: 'https://guide.example/' }} search="?lang=nl" />);
    await settled(container);
    expect(document.documentElement.lang).toBe('nl');
    fireEvent.change(screen.getByLabelText('Taal'), { target: { value: 'ja' } });
    await waitFor(() => expect(document.documentElement.lang).toBe('ja'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ja.companion.title);
    expect(screen.getByLabelText(ja.common.language)).toBeTruthy();
    expect(localStorage.getItem(areaKey(languageItem))).toBe('ja');
  });
});

describe('the organization policy on the companion page (extension)', () => {
  it('shows the organization and its help desk, and uses the tenant; the policy wins over a guided link', async () => {
    await extension({ language: 'en', policy: POLICY });
    const { container } = render(
      <CompanionApp
        env={{ kind: 'extension', pageUrl: 'chrome-extension://id/guide.html' }}
        search="?org=Fabrikam&tenant=fabrikam.com&hd=help%40fabrikam.com"
      />,
    );
    await settled(container);
    expect(container.querySelector('[data-org-source="policy"]')?.textContent).toBe('Provided by Contoso.');
    expect(container.querySelector('header [data-org]')?.textContent).toBe('From Contoso');
    expect(container.textContent).not.toContain('Fabrikam');
    const helpDesk = container.querySelector('[data-helpdesk]')!;
    expect(helpDesk.textContent).toContain('Contact Contoso IT:');
    expect(helpDesk.querySelector('[data-helpdesk-phone]')!.getAttribute('href')).toBe('tel:+31201234567');
    expect(helpDesk.querySelector('[data-helpdesk-email]')!.getAttribute('href')).toBe('mailto:help@contoso.com');
    expect(helpDesk.querySelector('[data-helpdesk-url]')!.getAttribute('href')).toBe('https://help.contoso.com/passkeys');
    expect(container.querySelector('[data-action="open-security-info"]')!.getAttribute('href')).toBe(
      'https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com',
    );
  });

  it('the standalone site takes the organization fields from the guided link', async () => {
    withoutExtensionApi();
    const { container } = render(
      <CompanionApp env={{ kind: 'site', pageUrl: 'https://guide.example/' }} search="?lang=en&org=Fabrikam&tenant=fabrikam.com&hd=%2B44%2020%207946%200000" />,
    );
    await settled(container);
    // A link's organization is shown as unverified text, never as the page's own branding.
    expect(container.querySelector('[data-org-source="link"]')?.textContent).toBe(
      'The link says it comes from \u2068Fabrikam\u2069. This has not been verified.',
    );
    expect(container.querySelector('header [data-org]')).toBeNull();
    // A link's contact is unverified plain text, never a tel: link (core/guidedLink.ts trustedContext).
    expect(container.querySelector('[data-helpdesk-phone]')).toBeNull();
    expect(container.querySelector('[data-link-contact="phone"] [data-link-contact-text]')!.textContent).toContain('+44 20 7946 0000');
    expect(container.querySelector('[data-action="open-security-info"]')!.getAttribute('href')).toBe(
      'https://mysignins.microsoft.com/security-info?tenant=fabrikam.com',
    );
  });

  it('a broken policy never breaks the page: ignored settings keep their defaults', async () => {
    await extension({ language: 'en', policy: { organizationName: 42, helpDeskUrl: 'javascript:alert(1)', tenant: '<script>' } });
    const { container } = render(<CompanionApp env={{ kind: 'extension', pageUrl: 'chrome-extension://id/guide.html' }} search="" />);
    await settled(container);
    expect(container.querySelector('h1')).not.toBeNull();
    expect(container.querySelector('[data-helpdesk]')).toBeNull();
    expect(container.querySelector('script, [href^="javascript"]')).toBeNull();
    expect(container.querySelector('[data-action="open-security-info"]')!.getAttribute('href')).toBe('https://mysignins.microsoft.com/security-info');
  });
});

describe('popup → admin view', () => {
  it('links to the organization settings only when a policy is set, and says when settings were ignored', async () => {
    await extension({ language: 'en' });
    const plain = render(<PopupApp />);
    await settled(plain.container);
    expect(plain.container.querySelector('[data-action="org-settings"]')).toBeNull();
    plain.unmount();

    await extension({ language: 'en', policy: POLICY });
    const managed = render(<PopupApp />);
    await settled(managed.container);
    const link = managed.container.querySelector('[data-action="org-settings"]')!;
    expect(link.getAttribute('href')).toBe('/options.html');
    expect(link.textContent).toBe('Organization settings');
    expect(managed.container.querySelector('[data-policy-ignored]')!.getAttribute('data-policy-ignored')).toBe('1');
    expect(managed.container.textContent).toContain('Some settings from your organization could not be used');
  });
});

describe('the unlocalized-text detector', () => {
  it('sees through nested pseudo-locale messages but still catches text outside them', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>⟦Ŕḗƈ: ⟦Ŀīƞŭẋ⟧ · ⟦Ƈǿḿ⟧⟧</p><p>⟦Ŕḗƈ: ⟦Ŀīƞŭẋ⟧⟧ Linux</p>';
    expect(findUnlocalizedText(root)).toEqual(['<p> text: "⟦Ŕḗƈ: ⟦Ŀīƞŭẋ⟧⟧ Linux"']);
  });
});
