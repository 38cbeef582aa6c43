import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/core/i18n';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalize, pseudoMessages } from '@/core/pseudoLocale';
import { LANGUAGES, PSEUDO_LANGUAGE } from '@/core/types';
import { availableLanguages, loadMessages, PSEUDO_LOCALE_ENABLED } from '@/locales';

describe('pseudoLocalize', () => {
  it('accents every ASCII letter, brackets the text and makes it about 40% longer', () => {
    const source = 'Add sign-in method';
    const out = pseudoLocalize(source);
    expect(out.startsWith(PSEUDO_OPEN) && out.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(out).not.toMatch(/[A-Za-z]/);
    const inner = out.length - 2;
    expect(inner).toBeGreaterThanOrEqual(Math.ceil(source.length * 1.4));
    expect(inner).toBeLessThanOrEqual(Math.ceil(source.length * 1.4) + 1);
  });

  it('keeps {placeholders} intact so they are still filled', () => {
    const out = pseudoLocalize('Hello {name}, {count} keys');
    expect(out).toContain('{name}');
    expect(out).toContain('{count}');
    const t = createTranslator({ a: { b: out } }, 'en-XA');
    expect(t('a.b', { name: 'Ada', count: 3 })).toContain('Ada');
    expect(t('a.b', { name: 'Ada', count: 3 })).toContain('3');
  });

  it('lengthens even a one-letter message and leaves empty text detectable', () => {
    expect(pseudoLocalize('A').length).toBeGreaterThan(3);
    expect(pseudoLocalize('')).toMatch(new RegExp(`^${PSEUDO_OPEN}.+${PSEUDO_CLOSE}$`));
  });

  it('keeps the shape of the message tree, including plural objects', () => {
    const tree = pseudoMessages({ popup: { title: 'Hi', keys: { one: '{count} key', other: '{count} keys' } } });
    const t = createTranslator(tree, 'en-XA');
    expect(t('popup.keys', { count: 1 })).toMatch(/^⟦1 ķḗẏ/);
    expect(t('popup.keys', { count: 2 })).toMatch(/^⟦2 ķḗẏş/);
    expect(Object.keys((tree.popup as Record<string, unknown>).keys as object)).toEqual(['one', 'other']);
  });
});

describe('locale loader', () => {
  it('offers en-XA in tests (development) only, after the seven real languages', () => {
    expect(PSEUDO_LOCALE_ENABLED).toBe(true);
    expect(availableLanguages()).toEqual([...LANGUAGES, PSEUDO_LANGUAGE]);
  });

  it('generates en-XA from English at run time: every English key exists, every text is bracketed', async () => {
    const [en, xa] = await Promise.all([loadMessages('en'), loadMessages('en-XA')]);
    const flat = (m: object, p = ''): [string, unknown][] =>
      Object.entries(m).flatMap(([k, v]) => (typeof v === 'object' ? flat(v as object, `${p}${k}.`) : [[`${p}${k}`, v]]));
    const enFlat = flat(en);
    const xaFlat = new Map(flat(xa));
    expect(enFlat.length).toBeGreaterThan(5);
    for (const [key] of enFlat) expect(xaFlat.get(key), key).toMatch(/^⟦[^A-Za-z]*(\{\w+\}[^A-Za-z]*)*⟧$/);
  });

  it('loads every real language as its own messages and refuses an unknown one', async () => {
    const ja = await loadMessages('ja');
    expect(createTranslator(ja, 'ja')('common.language')).toBe('言語');
    await expect(loadMessages('xx' as never)).rejects.toThrow(/No messages for language "xx"/);
  });
});
