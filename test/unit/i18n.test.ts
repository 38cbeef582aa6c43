import { describe, expect, it } from 'vitest';
import { createTranslator, resolveLanguage, textDirection } from '@/core/i18n';

const messages = {
  popup: { title: 'Hello {name}', keys: { one: '{count} key', other: '{count} keys' } },
};

describe('createTranslator', () => {
  it('fills placeholders and picks plural forms with Intl.PluralRules', () => {
    const t = createTranslator(messages, 'en');
    expect(t('popup.title', { name: 'Ada' })).toBe('Hello Ada');
    expect(t('popup.keys', { count: 1 })).toBe('1 key');
    expect(t('popup.keys', { count: 1200 })).toBe('1,200 keys');
  });

  it('returns the key for a missing message instead of throwing, and uses a fallback when given', () => {
    expect(createTranslator(messages, 'de')('popup.missing')).toBe('popup.missing');
    expect(createTranslator({}, 'de', messages)('popup.title', { name: 'X' })).toBe('Hello X');
  });
});

describe('resolveLanguage', () => {
  it('prefers link, then user, then organization, then browser languages, then English', () => {
    expect(resolveLanguage({ link: 'ja', user: 'de', organization: 'fr', browser: ['nl'] })).toBe('ja');
    expect(resolveLanguage({ link: 'xx', user: 'de', organization: 'fr' })).toBe('de');
    expect(resolveLanguage({ organization: 'fr', browser: ['nl'] })).toBe('fr');
    expect(resolveLanguage({ browser: ['pt-BR', 'de-CH'] })).toBe('de');
    expect(resolveLanguage({ browser: ['pt-BR'] })).toBe('en');
  });

  it('lays Arabic out right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ja')).toBe('ltr');
  });
});

describe('createTranslator with bad input', () => {
  it('never throws into the page: a non-string key gives an empty string, a path through a string gives the key', () => {
    const t = createTranslator(messages, 'en');
    expect(t(undefined as unknown as string)).toBe('');
    expect(t('popup.title.deeper')).toBe('popup.title.deeper');
    expect(t('popup.keys', { count: Number.NaN })).toBe('NaN keys');
  });

  it('uses the Arabic zero, dual and plural forms from Intl.PluralRules and formats numbers for the language', () => {
    const ar = {
      n: { zero: 'لا مفاتيح', one: 'مفتاح واحد', two: 'مفتاحان', few: '{count} مفاتيح', many: '{count} مفتاحًا', other: '{count} مفتاح' },
    };
    const t = createTranslator(ar, 'ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => t('n', { count }))).toEqual([
      'لا مفاتيح',
      'مفتاح واحد',
      'مفتاحان',
      `${new Intl.NumberFormat('ar').format(3)} مفاتيح`,
      `${new Intl.NumberFormat('ar').format(11)} مفتاحًا`,
      `${new Intl.NumberFormat('ar').format(100)} مفتاح`,
    ]);
    expect(createTranslator(messages, 'de')('popup.keys', { count: 1200 })).toBe('1.200 keys');
    expect(createTranslator({ k: 'x {n}' }, 'de')('k', { n: 1200.5 })).toBe('x 1.200,5');
  });
});

describe('Intl helpers', () => {
  it('formats dates, numbers and lists per language and refuses invalid dates', async () => {
    const { formatDate, formatList, formatNumber, requiredPluralForms } = await import('@/core/i18n');
    const date = Date.UTC(2026, 11, 4, 12, 0);
    expect(formatDate('de', date, { dateStyle: 'long', timeZone: 'UTC' })).toBe('4. Dezember 2026');
    expect(formatDate('ja', date, { dateStyle: 'long', timeZone: 'UTC' })).toBe('2026年12月4日');
    expect(formatDate('en', Number.NaN)).toBe('');
    expect(formatNumber('fr', 1234.5)).toBe(new Intl.NumberFormat('fr').format(1234.5));
    expect(formatList('es', ['USB', 'NFC', 'Bluetooth'], 'disjunction')).toBe('USB, NFC o Bluetooth');
    expect(requiredPluralForms('ar').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(requiredPluralForms('ja')).toEqual(['other']);
    expect(requiredPluralForms('en-XA').sort()).toEqual(['one', 'other']);
  });
});
