import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { encode } from 'uqr';
import { QrCode } from '@/components/QrCode';
import { LinkProblems } from '@/components/companion/LinkProblems';
import { Builder } from '@/components/builder/Builder';
import { createTranslator, type Translate } from '@/core/i18n';
import { parseGuidedLink } from '@/core/guidedLink';
import en from '@/locales/en.json';

const t = createTranslator(en, 'en') as Translate;

describe('QrCode', () => {
  it('draws one square per dark module of the uqr matrix, with an accessible name and a quiet zone', () => {
    const value = 'https://passkey-guide.example/?v=1&g=platform';
    render(<QrCode value={value} label="QR code for the guide" />);
    const svg = screen.getByRole('img', { name: 'QR code for the guide' });
    const { data, size } = encode(value, { ecc: 'M', border: 0 });
    const dark = data.flat().filter(Boolean).length;
    const d = svg.querySelector('path')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(dark);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${size + 8} ${size + 8}`);
    // The first module (top-left finder pattern) sits after the 4-module quiet zone.
    expect(d.startsWith('M4 4h1v1h-1z')).toBe(true);
  });
});

describe('LinkProblems', () => {
  it('renders hostile parameter names as text, never as markup', () => {
    const { problems } = parseGuidedLink(`?${encodeURIComponent('<img src=x onerror=alert(1)>')}=1&g=nope`);
    const { container } = render(<LinkProblems t={t} problems={problems} />);
    expect(container.querySelector('img')).toBeNull();
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toBe('The link contains an unknown setting "<img src=x onerror=alert(1)>". It was ignored.');
    expect(items[1]!.textContent).toBe('The setting "g" in the link has a value we do not understand. It was ignored.');
    expect(screen.getByRole('status')).toBeTruthy();
  });

  it('renders nothing without problems', () => {
    const { container } = render(<LinkProblems t={t} problems={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('Builder', () => {
  it('updates the link as options change and flags invalid values, leaving them out of the link', async () => {
    const { container } = render(<Builder t={t} lang="en" baseUrl="https://intranet.contoso.com/passkeys/" />);
    const output = container.querySelector('[data-output="link"]')!;
    expect(output.textContent).toBe('https://intranet.contoso.com/passkeys/?v=1&lang=en');
    fireEvent.change(screen.getByLabelText('Scenario'), { target: { value: 'cross-device' } });
    fireEvent.input(screen.getByLabelText('Tenant (ID or domain)'), { target: { value: 'contoso.com' } });
    fireEvent.input(screen.getByLabelText('Organization name'), { target: { value: 'Contoso\u202e' } });
    expect(output.textContent).toBe('https://intranet.contoso.com/passkeys/?v=1&g=cross-device&lang=en&tenant=contoso.com');
    expect(screen.getByLabelText('Organization name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This value is not valid and is left out of the link.')).toBeTruthy();
    await waitFor(() =>
      expect((container.querySelector('[data-output="message"]') as HTMLTextAreaElement).value).toContain(
        'Recommended method: Passkey on your phone, registered from this computer.',
      ),
    );
  });
});
