// The translator formats small whole numbers without Intl (a cold Intl.NumberFormat costs ~20 ms on
// Security info; docs/performance.md). This proves the fast path gives exactly what Intl gives, in every language.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/core/i18n';
import { LANGUAGES } from '@/core/types';

describe('placeholder numbers', () => {
  it.each(LANGUAGES)('%s: 0..999 read exactly as Intl.NumberFormat writes them', (lang) => {
    const t = createTranslator({ n: 'Step {n}' }, lang);
    const intl = new Intl.NumberFormat(lang);
    for (let n = 0; n < 1000; n++) expect(t('n', { n })).toBe(`Step ${intl.format(n)}`);
  });

  it.each(LANGUAGES)('%s: large, negative and fractional numbers still go through Intl', (lang) => {
    const t = createTranslator({ n: '{n}' }, lang);
    const intl = new Intl.NumberFormat(lang);
    for (const n of [1000, 1234567, -3, 2.5, 999.5]) expect(t('n', { n })).toBe(intl.format(n));
  });

  it('plural messages still pick their form and fill the number', () => {
    const t = createTranslator({ k: { one: '{count} key', other: '{count} keys' } }, 'en');
    expect(t('k', { count: 1 })).toBe('1 key');
    expect(t('k', { count: 1500 })).toBe('1,500 keys');
  });
});
