import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LINK_PARAMS, parseGuidedLink, PROBLEM_CODES } from '@/core/guidedLink';
import { GUIDE_IDS, LANGUAGES } from '@/core/types';

const paramName = fc.oneof(fc.constantFrom(...LINK_PARAMS, 'welcome', 'view'), fc.string({ maxLength: 12 }));
const paramValue = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('1', '0', '2', 'cross-device', 'de', 'ar', 'contoso.com', 'help@contoso.com', '<script>alert(1)</script>', 'javascript:alert(1)', '\u202egnp.exe', '%00', '%E0%A4%A'),
);
const search = fc
  .array(fc.tuple(paramName, paramValue), { maxLength: 10 })
  .map((pairs) => '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
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
          expect(text).not.toMatch(/[<>\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
          expect(text.length).toBeLessThanOrEqual(120);
          expect(text).not.toMatch(/^\s*javascript:/i);
        }
        for (const problem of problems) {
          expect(PROBLEM_CODES).toContain(problem.code);
          expect(problem.param.length).toBeLessThanOrEqual(40);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips valid links', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GUIDE_IDS), fc.constantFrom(...LANGUAGES), (g, lang) => {
        const { choice, problems } = parseGuidedLink(`?v=1&g=${g}&lang=${lang}`);
        expect(problems).toEqual([]);
        expect(choice.guide).toBe(g);
        expect(choice.lang).toBe(lang);
      }),
    );
  });
});
