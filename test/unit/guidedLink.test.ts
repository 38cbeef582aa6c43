import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_CHOICE,
  GUIDED_CHOICE_TTL_MS,
  MAX_LINK_BYTES,
  MAX_SEARCH_LENGTH,
  MAX_UNKNOWN_REPORTED,
  buildGuidedLink,
  contactKind,
  displayParam,
  guidedLinkFor,
  linkContact,
  trustedContext,
  withOrganization,
  parseGuidedLink,
  readStoredGuidedChoice,
  toStoredGuidedChoice,
  type GuidedChoice,
} from '@/core/guidedLink';
import { DEFAULT_POLICY, GUIDE_IDS, LANGUAGES } from '@/core/types';
import { MAX_TENANT } from '@/core/validation';
import { PLACE_TTL_MS } from '@/core/overlayUi';

/** Guides a link may pick (not 'unsupported': see 'a link cannot force the unsupported guide'). */
const LINK_GUIDES = GUIDE_IDS.filter((g) => g !== 'unsupported');

const full: GuidedChoice = {
  guide: 'cross-device',
  workProfile: 'yes',
  lang: 'de',
  org: 'Contoso Bank & Co. (NL)',
  tenant: 'contoso.onmicrosoft.com',
  helpDesk: 'helpdesk@contoso.com',
};

const searchOf = (link: string) => new URL(link).search;

describe('guided link round trip', () => {
  it('builds a short, readable, versioned link and parses it back', () => {
    const link = buildGuidedLink('https://intranet.contoso.com/passkeys/', full);
    expect(link).toBe(
      'https://intranet.contoso.com/passkeys/?v=1&g=cross-device&wp=1&lang=de&org=Contoso+Bank+%26+Co.+%28NL%29&tenant=contoso.onmicrosoft.com&hd=helpdesk%40contoso.com',
    );
    expect(parseGuidedLink(searchOf(link))).toEqual({ choice: full, problems: [] });
  });

  it('keeps the base path, hash and own parameters, replaces old link parameters', () => {
    const link = buildGuidedLink('chrome-extension://abc/guide.html?x=1&g=platform&welcome=1#top', { ...EMPTY_CHOICE, guide: 'security-key' });
    expect(link).toBe('chrome-extension://abc/guide.html?x=1&v=1&g=security-key#top');
  });

  it('round-trips every guide, language, work-profile answer and contact kind', () => {
    for (const guide of LINK_GUIDES)
      for (const lang of LANGUAGES)
        for (const workProfile of ['yes', 'no', null] as const)
          for (const helpDesk of ['+31 20 123 4567', 'https://help.contoso.com/passkeys?x=1', null]) {
            const choice: GuidedChoice = { ...full, guide, lang, workProfile, helpDesk };
            expect(parseGuidedLink(searchOf(buildGuidedLink('https://x.example/', choice)))).toEqual({ choice, problems: [] });
          }
  });

  it('round-trips arbitrary valid organization names (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ0-9][A-Za-zÀ-ÖØ-öø-ÿ0-9 .,&'()\-/]{0,62}[A-Za-zÀ-ÖØ-öø-ÿ0-9]$/), (org) => {
        const choice = { ...EMPTY_CHOICE, org };
        expect(parseGuidedLink(searchOf(buildGuidedLink('https://x.example/', choice))).choice).toEqual(choice);
      }),
    );
  });

  it('accepts a GUID tenant and non-Latin organization names', () => {
    const { choice, problems } = parseGuidedLink('?v=1&tenant=72F988BF-86F1-41AF-91AB-2D7CD011DB47&org=株式会社コントソ');
    expect(problems).toEqual([]);
    expect(choice.tenant).toBe('72F988BF-86F1-41AF-91AB-2D7CD011DB47');
    expect(choice.org).toBe('株式会社コントソ');
  });

  it('leaves invalid fields out when building instead of producing a broken link', () => {
    const link = buildGuidedLink('https://x.example/', { ...full, org: '<b>x</b>', tenant: 'not a tenant' });
    expect(link).not.toMatch(/org=|tenant=|%3C/);
    expect(() => buildGuidedLink('not a url', full)).toThrow();
  });
});

describe('hostile and malformed input', () => {
  const problemsOf = (search: string) => parseGuidedLink(search).problems;

  it('an empty query string gives an empty choice and no problem', () => {
    expect(parseGuidedLink('')).toEqual({ choice: EMPTY_CHOICE, problems: [] });
    expect(parseGuidedLink('?')).toEqual({ choice: EMPTY_CHOICE, problems: [] });
  });

  it('rejects script tags and markup in every free-text parameter', () => {
    const { choice, problems } = parseGuidedLink(
      `?org=${encodeURIComponent('<script>alert(1)</script>')}&hd=${encodeURIComponent('javascript:alert(1)')}&tenant=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    );
    expect(choice).toEqual(EMPTY_CHOICE);
    expect(problems).toEqual([
      { param: 'org', code: 'invalid-chars' },
      { param: 'hd', code: 'invalid-value' },
      { param: 'tenant', code: 'invalid-chars' },
    ]);
  });

  it('rejects non-https help-desk URLs and URLs with credentials', () => {
    for (const hd of ['http://help.contoso.com', 'data:text/html,hi', 'https://user:pw@contoso.com', 'https://localhost'])
      expect(problemsOf(`?hd=${encodeURIComponent(hd)}`)).toEqual([{ param: 'hd', code: 'invalid-value' }]);
  });

  it('rejects 10,000-character values, and refuses a huge query string as a whole', () => {
    expect(problemsOf(`?org=${'a'.repeat(10_000)}`.slice(0, MAX_SEARCH_LENGTH))).toEqual([{ param: 'org', code: 'too-long' }]);
    const huge = parseGuidedLink(`?g=platform&org=${'a'.repeat(10_000)}`);
    expect(huge).toEqual({ choice: EMPTY_CHOICE, problems: [{ param: 'link', code: 'too-long' }] });
    expect(problemsOf(`?org=${'a'.repeat(65)}`)).toEqual([{ param: 'org', code: 'too-long' }]);
    expect(problemsOf(`?org=${'a'.repeat(64)}`)).toEqual([]);
    // A tenant follows the one tenant rule of core/validation.ts (≤ 253 characters), as in the policy.
    const longTenant = `${`${'a'.repeat(61)}.`.repeat(3)}${'a'.repeat(63)}.com`;
    expect(longTenant.length).toBe(MAX_TENANT);
    expect(parseGuidedLink(`?tenant=${longTenant}`).choice.tenant).toBe(longTenant);
    expect(problemsOf(`?tenant=a${longTenant}`)).toEqual([{ param: 'tenant', code: 'too-long' }]);
  });

  it('rejects bidi controls, zero-width characters, BOM and control characters', () => {
    for (const trick of ['\u202e', '\u2066', '\u200b', '\u200d', '\u2060', '\ufeff', '\u0000', '\n', '\u061c', '\u200f'])
      expect(problemsOf(`?org=${encodeURIComponent(`Con${trick}toso`)}`)).toEqual([{ param: 'org', code: 'invalid-chars' }]);
    // A "right-to-left override" domain spoof in the help-desk contact.
    expect(problemsOf(`?hd=${encodeURIComponent('help@\u202emoc.osotnoc')}`)).toEqual([{ param: 'hd', code: 'invalid-chars' }]);
  });

  it('rejects wrong types and unknown values', () => {
    expect(problemsOf('?g=passkey&wp=true&lang=pt&v=one')).toEqual([
      { param: 'g', code: 'invalid-value' },
      { param: 'wp', code: 'invalid-value' },
      { param: 'lang', code: 'invalid-value' },
      { param: 'v', code: 'invalid-value' },
    ]);
    expect(problemsOf('?g=&org=%20%20')).toEqual([
      { param: 'g', code: 'invalid-value' },
      { param: 'org', code: 'invalid-value' },
    ]);
    // PHP/Rails-style arrays are unknown parameters, not values.
    expect(problemsOf('?g[]=platform')).toEqual([{ param: 'g…', code: 'unknown-param' }]);
  });

  it('ignores duplicated parameters instead of picking one', () => {
    const { choice, problems } = parseGuidedLink('?g=platform&g=security-key&lang=fr');
    expect(choice.guide).toBeNull();
    expect(choice.lang).toBe('fr');
    expect(problems).toEqual([{ param: 'g', code: 'duplicate' }]);
  });

  it('reports unknown parameters with a safe, shortened display name and keeps the valid ones', () => {
    const { choice, problems } = parseGuidedLink(`?g=platform&${encodeURIComponent('x\u202e'.repeat(30))}=1&utm_source=mail`);
    expect(choice.guide).toBe('platform');
    expect(problems).toHaveLength(2);
    expect(problems[0]!.param).toBe(`${'x'.repeat(12)}…`);
    expect(problems[1]).toEqual({ param: 'utm_source', code: 'unknown-param' });
    expect(problemsOf('?welcome=1&view=builder')).toEqual([]);
  });

  it('refuses a link of another version as a whole', () => {
    expect(parseGuidedLink('?v=2&g=platform&lang=de')).toEqual({ choice: EMPTY_CHOICE, problems: [{ param: 'v', code: 'unsupported-version' }] });
  });

  it('never throws and never keeps forbidden characters, for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (search) => {
        const { choice } = parseGuidedLink(search);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: checks that control characters never get through
        for (const value of Object.values(choice)) if (value !== null) expect(value).not.toMatch(/[<>"\u202e\u200b\u0000]/u);
      }),
    );
  });
});

describe('stored guided choice (extension storage)', () => {
  it('stores a validated copy and reads it back', () => {
    const stored = toStoredGuidedChoice(full, 1_700_000_000_000);
    expect(stored).toEqual({ v: 1, savedAt: 1_700_000_000_000, choice: full });
    expect(readStoredGuidedChoice(JSON.parse(JSON.stringify(stored)), 1_700_000_000_000 + 1000)).toEqual(stored);
  });

  it('expires like the saved wizard place: 30 minutes, and never from the future', () => {
    expect(GUIDED_CHOICE_TTL_MS).toBe(PLACE_TTL_MS);
    const savedAt = 1_700_000_000_000;
    const stored = toStoredGuidedChoice(full, savedAt);
    expect(readStoredGuidedChoice(stored, savedAt + GUIDED_CHOICE_TTL_MS - 1)).toEqual(stored);
    expect(readStoredGuidedChoice(stored, savedAt + GUIDED_CHOICE_TTL_MS)).toBeNull();
    expect(readStoredGuidedChoice(stored, savedAt - 1)).toBeNull();
  });

  it('drops tampered fields and refuses malformed records', () => {
    const tampered = { v: 1, savedAt: 1, choice: { ...full, org: '<img>', guide: 42, workProfile: 'maybe' } };
    expect(readStoredGuidedChoice(tampered, 2)?.choice).toEqual({ ...full, org: null, guide: null, workProfile: null });
    for (const bad of [null, 'x', 42, {}, { v: 2, savedAt: 1, choice: full }, { v: 1, savedAt: 'now', choice: full }, { v: 1, savedAt: 1 }])
      expect(readStoredGuidedChoice(bad)).toBeNull();
  });
});

describe('help-desk impersonation (a link is not the organization)', () => {
  const hdOf = (raw: string) => parseGuidedLink(`?v=1&hd=${raw}`);

  it('URL checks reject whitespace, "@", non-ASCII and IP-literal hosts', () => {
    for (const url of [
      'https://look-alike.example/ Call 0800 123 456',
      'https://contoso.com@evil.example/',
      'https://help.contoso.com/@evil',
      'https://xn--80ak6aa92e.com/ok',
      'https://аррӏе.com/',
      'https://contoso.com\u3002evil.example/',
      'https://127.0.0.1/',
      'https://2130706433/',
      'https://0x7f.1/',
      'https://[::1]/',
      'https://10.0.0.1:8443/help',
    ]) {
      const expected = url === 'https://xn--80ak6aa92e.com/ok' ? 'url' : null;
      expect(contactKind(url), url).toBe(expected);
    }
    expect(hdOf(encodeURIComponent('https://look-alike.example/ Call 0800 123 456')).choice.helpDesk).toBeNull();
  });

  it('a URL containing "@" is never classified as an e-mail address', () => {
    for (const v of ['https://help@contoso.com', 'https:help@contoso.com', 'http://x@contoso.com', '//help@contoso.com', 'help@contoso.com/x'])
      expect(contactKind(v), v).not.toBe('email');
    expect(contactKind('servicedesk@contoso.com')).toBe('email');
  });

  it('keeps the "+" of an international phone number typed into a link (form encoding makes "+" a space)', () => {
    expect(hdOf('+31 20 123 4567').choice.helpDesk).toBe('+31 20 123 4567');
    expect(hdOf('+31+20+123+4567').choice.helpDesk).toBe('+31 20 123 4567');
    expect(hdOf('%2B31%2020%20123%204567').choice.helpDesk).toBe('+31 20 123 4567');
    expect(parseGuidedLink(`?${new URLSearchParams({ hd: '+44 20 7946 0000' })}`).choice.helpDesk).toBe('+44 20 7946 0000');
  });

  it('a link cannot force the "unsupported" guide: it is reported and detection decides', () => {
    const { choice, problems } = parseGuidedLink('?v=1&g=unsupported');
    expect(choice.guide).toBeNull();
    expect(problems).toEqual([{ param: 'g', code: 'guide-not-allowed' }]);
    expect(buildGuidedLink('https://x.example/', { ...EMPTY_CHOICE, guide: 'unsupported' })).toBe('https://x.example/?v=1');
  });

  it('never echoes an attacker-chosen parameter name beyond a short safe form', () => {
    const name = 'Contoso IT: call 0800 123 456 for your Temporary Access Pass';
    const { problems } = parseGuidedLink(`?${encodeURIComponent(name)}=1`);
    expect(problems).toEqual([{ param: 'ContosoITcal…', code: 'unknown-param' }]);
    expect(displayParam('utm_source')).toBe('utm_source');
    expect(displayParam('org')).toBe('org');
    expect(displayParam('0800 123 456')).toBe('0800123456…');
    // Many unknown names: a few short forms and a count, not a wall of attacker text.
    const many = parseGuidedLink(`?${Array.from({ length: 10 }, (_, i) => `p${i}=1`).join('&')}`).problems;
    expect(many).toHaveLength(MAX_UNKNOWN_REPORTED + 1);
    expect(many.at(-1)).toEqual({ param: '+7', code: 'unknown-param' });
    for (const p of many) expect(p.param.length).toBeLessThanOrEqual(13);
  });

  it('a contact only from a link is plain display text; a website shows its ASCII host name only', () => {
    expect(linkContact('https://look-alike.example/contoso.com/it-support?x=1')).toEqual({ kind: 'url', text: 'look-alike.example' });
    expect(linkContact('+31 20 123 4567')).toEqual({ kind: 'phone', text: '+31 20 123 4567' });
    expect(linkContact('help@contoso.com')).toEqual({ kind: 'email', text: 'help@contoso.com' });
    expect(linkContact('javascript:alert(1)')).toBeNull();
    expect(linkContact(null)).toBeNull();
  });

  it('organization values beat link values; any help-desk field (even the name alone) silences the link contact', () => {
    const choice: GuidedChoice = { ...EMPTY_CHOICE, org: 'Contoso IT Security', tenant: 'evil.example', helpDesk: 'https://look-alike.example/' };
    const open = trustedContext(choice, DEFAULT_POLICY);
    expect(open.policy.helpDesk).toEqual(DEFAULT_POLICY.helpDesk); // never enters the policy (so never step text)
    expect(open.linkOrg).toBe('Contoso IT Security');
    expect(open.linkContact).toEqual({ kind: 'url', text: 'look-alike.example' });
    const named = trustedContext(choice, { ...DEFAULT_POLICY, helpDesk: { ...DEFAULT_POLICY.helpDesk, name: 'Contoso Service Desk' } });
    expect(named.linkContact).toBeNull();
    const site = trustedContext(choice, withOrganization({ organizationName: 'Contoso', tenant: 'contoso.com' }));
    expect(site.linkOrg).toBeNull();
    expect(site.linkTenant).toBeNull();
    expect(site.policy.organizationName).toBe('Contoso');
    expect(site.linkContact).toEqual({ kind: 'url', text: 'look-alike.example' });
  });

  it('guidedLinkFor: only https (or the extension page) bases, and never longer than a QR code can hold', () => {
    expect(guidedLinkFor('https://intranet.contoso.com/passkeys/', { ...EMPTY_CHOICE, guide: 'platform' })).toBe(
      'https://intranet.contoso.com/passkeys/?v=1&g=platform',
    );
    expect(guidedLinkFor('chrome-extension://abc/guide.html', { ...EMPTY_CHOICE, guide: 'platform' })).toBe('chrome-extension://abc/guide.html?v=1&g=platform');
    for (const bad of [null, '', 'http://intranet.contoso.com/', 'https://user@contoso.com/', 'javascript:alert(1)'])
      expect(guidedLinkFor(bad, EMPTY_CHOICE)).toBeNull();
    const long = `https://intranet.contoso.com/${'p'.repeat(MAX_LINK_BYTES)}`;
    expect(guidedLinkFor(long, full)).toBeNull();
  });
});
