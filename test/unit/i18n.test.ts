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
