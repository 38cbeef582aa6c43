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
    // Only a short safe form of an attacker-chosen name is echoed (core/guidedLink.ts displayParam).
    // (Unknown names are listed after the link's own parameters.)
    expect(items[1]!.textContent).toBe('The link contains an unknown setting "imgsrcxonerr…". It was ignored.');
    expect(items[0]!.textContent).toBe('The setting "g" in the link has a value we do not understand. It was ignored.');
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
        'Recommended method: Passkey on your phone (QR code).',
      ),
    );
  });
});

describe('Builder refuses links a phone cannot open', () => {
  it('a chrome-extension:// or http:// base gives no link and no QR code, and says what IT must set', () => {
    for (const base of ['chrome-extension://abcdefghijklmnop/guide.html', 'http://intranet.contoso.com/passkeys/']) {
      const { container, unmount } = render(<Builder t={t} lang="en" baseUrl={base} />);
      expect(container.querySelector('[data-output="link"]')).toBeNull();
      expect(container.querySelector('svg.pg-qr')).toBeNull();
      expect(container.querySelector('[data-refused]')!.getAttribute('data-refused')).toBe('notHttps');
      expect(container.textContent).toContain('companionSiteUrl');
      unmount();
    }
  });
  it('a link too long for a phone to scan is refused with its length', () => {
    const base = `https://intranet.contoso.com/${'p'.repeat(1100)}/`;
    const { container } = render(<Builder t={t} lang="en" baseUrl={base} />);
    expect(container.querySelector('[data-output="link"]')).toBeNull();
    expect(container.querySelector('[data-refused]')!.getAttribute('data-refused')).toBe('tooLong');
    expect(container.querySelector('[data-refused]')!.textContent).toMatch(/\(\d,?\d{3} of at most 1,?024 characters\)/);
  });
  it('an https base makes a link and a QR code', () => {
    const { container } = render(<Builder t={t} lang="en" baseUrl="https://intranet.contoso.com/passkeys/" />);
    expect(container.querySelector('[data-refused]')).toBeNull();
    expect(container.querySelector('svg.pg-qr')).not.toBeNull();
  });
});

describe('Builder: paste a diagnostic', () => {
  it('explains a pasted diagnostic from its English summary line and rejects anything else', () => {
    const { container } = render(<Builder t={t} lang="en" baseUrl="https://intranet.contoso.com/passkeys/" />);
    const box = container.querySelector('#b-diagnostic')!;
    fireEvent.input(box, { target: { value: 'hello <b>there</b>' } });
    expect(container.querySelector('[data-explain-result]')!.getAttribute('data-explain-result')).toBe('invalid');
    fireEvent.input(box, {
      target: {
        value:
          'Summary: guide authenticator-app; platform windows 11, edge 140, desktop; step error; last error not-accepted; policy 1 profile (synced, attestation off, no key list), self-service on, tenant set\nPasskey Guide diagnostic — Passkey Guide 1.2.3',
      },
    });
    const field = (name: string) => container.querySelector(`[data-explain-field="${name}"]`)!.textContent;
    expect(field('guide')).toBe('Passkey in Microsoft Authenticator (authenticator-app)');
    expect(field('platform')).toBe('windows 11, edge 140, desktop');
    expect(field('step')).toBe('error');
    expect(field('error')).toBe('not-accepted');
    expect(container.querySelector('[data-fix="not-accepted"]')).not.toBeNull();
    expect(field('policy')).toContain('self-service on');
    expect(field('version')).toBe('1.2.3');
    // The fix for that page error, from the engine's troubleshooting table.
    expect(container.querySelectorAll('[data-explain-field="fix"] [data-fix]').length).toBeGreaterThan(0);
    expect(container.querySelector('b')).toBeNull();
  });
});
