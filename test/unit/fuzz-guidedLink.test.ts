import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contactKind, LINK_PARAMS, linkContact, parseGuidedLink, PROBLEM_CODES, trustedContext } from '@/core/guidedLink';
import { DEFAULT_POLICY, GUIDE_IDS, LANGUAGES } from '@/core/types';

const paramName = fc.oneof(fc.constantFrom(...LINK_PARAMS, 'welcome', 'view'), fc.string({ maxLength: 12 }));
const paramValue = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom(
    '1',
    '0',
    '2',
    'cross-device',
    'de',
    'ar',
    'contoso.com',
    'help@contoso.com',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '\u202egnp.exe',
    '%00',
    '%E0%A4%A',
  ),
);
const search = fc
  .array(fc.tuple(paramName, paramValue), { maxLength: 10 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`);
const rawSearch = fc.oneof(search, fc.string({ maxLength: 300 }), fc.string({ maxLength: 3000, unit: 'binary' }));

describe('fuzz: parseGuidedLink', () => {
  it('never throws and every field is either null or valid', () => {
    fc.assert(
      fc.property(rawSearch, (s) => {
        const { choice, problems } = parseGuidedLink(s);
        expect(choice.guide === null || GUIDE_IDS.includes(choice.guide)).toBe(true);
        expect(choice.lang === null || LANGUAGES.includes(choice.lang)).toBe(true);
        expect([null, 'yes', 'no']).toContain(choice.workProfile);
        for (const text of [choice.org, choice.tenant, choice.helpDesk]) {
          if (text === null) continue;
          // biome-ignore lint/suspicious/noControlCharactersInRegex: checks that control characters never get through
          expect(text).not.toMatch(/[<>\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
          expect(text.length).toBeLessThanOrEqual(120);
          expect(text).not.toMatch(/^\s*javascript:/i);
        }
        for (const problem of problems) {
          expect(PROBLEM_CODES).toContain(problem.code);
          expect(problem.param.length).toBeLessThanOrEqual(13);
          expect(problem.param).toMatch(/^(?:[A-Za-z0-9_-]{0,12}…?|\+\d+)$/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips valid links', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GUIDE_IDS.filter((g) => g !== 'unsupported')), fc.constantFrom(...LANGUAGES), (g, lang) => {
        const { choice, problems } = parseGuidedLink(`?v=1&g=${g}&lang=${lang}`);
        expect(problems).toEqual([]);
        expect(choice.guide).toBe(g);
        expect(choice.lang).toBe(lang);
      }),
    );
  });
});

// Impersonation: whatever a link says, it never becomes the organization's help desk, a clickable
// target, or step text, and what is shown is short ASCII-only for websites.
const trickHost = fc.constantFrom(
  'look-alike.example',
  'contoso.com.evil.example',
  'xn--80ak6aa92e.com',
  'аррӏе.com',
  '127.0.0.1',
  '[::1]',
  '0x7f.1',
  '2130706433',
  'contoso\u3002com',
);
const trickUrl = fc
  .tuple(
    fc.constantFrom('https://', 'HTTPS://', 'https:', 'http://', 'javascript:', '//'),
    fc.constantFrom('', 'help@', 'contoso.com@', 'user:pw@'),
    trickHost,
    fc.constantFrom('', '/', '/ Call 0800 123 456', '/@x', '/contoso.com/it', '?x=@y', ':8443/a', '#@evil'),
  )
  .map(([scheme, user, host, tail]) => `${scheme}${user}${host}${tail}`);
const trickContact = fc.oneof(
  trickUrl,
  fc.constantFrom('+31 20 123 4567', 'help@contoso.com', 'help@contoso.com https://x.example'),
  fc.string({ maxLength: 40 }),
);

describe('fuzz: hostile help-desk contacts', () => {
  it('a URL is accepted only with a plain ASCII, non-IP host and no "@" or whitespace; "@" URLs are never e-mail', () => {
    fc.assert(
      fc.property(trickContact, (value) => {
        const kind = contactKind(value);
        if (/^[a-z]+:|^\/\//i.test(value)) expect(kind).not.toBe('email');
        if (kind === 'url') {
          expect(value).not.toMatch(/[@\s]|[^\x21-\x7e]/);
          const host = new URL(value).hostname;
          expect(host).not.toMatch(/^\[|^[0-9.]+$|^0x/i);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a link contact never enters the policy, and is shown only as short ASCII text for websites', () => {
    fc.assert(
      fc.property(trickContact, fc.string({ maxLength: 70 }), (hd, org) => {
        const { choice } = parseGuidedLink(`?v=1&hd=${encodeURIComponent(hd)}&org=${encodeURIComponent(org)}`);
        const ctx = trustedContext(choice, DEFAULT_POLICY);
        expect(ctx.policy.helpDesk).toEqual(DEFAULT_POLICY.helpDesk);
        expect(ctx.policy.organizationName).toBeNull();
        const shown = linkContact(choice.helpDesk);
        if (shown?.kind === 'url') expect(shown.text).toMatch(/^[a-z0-9.-]+$/);
        if (shown) expect(shown.text).not.toMatch(/[<>\u202a-\u202e\u2066-\u2069]/);
        // With any organization help-desk field, the link contact is gone.
        const named = trustedContext(choice, { ...DEFAULT_POLICY, helpDesk: { ...DEFAULT_POLICY.helpDesk, name: 'IT' } });
        expect(named.linkContact).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
