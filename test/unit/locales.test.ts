/**
 * Quality bar for locales/*.json: key parity with English, same placeholders, the plural forms
 * each language needs (Intl.PluralRules), no empty strings, and no English left untranslated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, formatNumber, requiredPluralForms, type Messages, type MessageValue, type Translate } from '@/core/i18n';
import { LANGUAGES, type Language } from '@/core/types';

const dir = resolve(import.meta.dirname, '../../locales');
const read = (lang: string): Messages => JSON.parse(readFileSync(resolve(dir, `${lang}.json`), 'utf8')) as Messages;
const all = Object.fromEntries(LANGUAGES.map((lang) => [lang, read(lang)])) as Record<Language, Messages>;

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
type Leaf = string | Record<string, string>;

function isPlural(value: MessageValue): value is Record<string, string> {
  return typeof value === 'object' && typeof (value as Record<string, unknown>).other === 'string' && Object.keys(value).every((k) => PLURAL_CATEGORIES.has(k));
}

/** Dotted key → string or plural object. */
export function flatten(messages: Messages, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || isPlural(value)) out.set(path, value as Leaf);
    else if (value && typeof value === 'object') flatten(value as Messages, path, out);
    else out.set(path, value as unknown as string); // numbers, null...: caught by the string check below
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const leafPlaceholders = (leaf: Leaf) => [...new Set(typeof leaf === 'string' ? placeholders(leaf) : Object.values(leaf).flatMap(placeholders))].sort();

/**
 * Names that stay in English in every language (Microsoft keeps product names untranslated),
 * removed before comparing. Multi-word names first.
 */
const BRANDS = [
  'Passkey Guide',
  'Microsoft Entra ID',
  'Microsoft Authenticator',
  'Windows Hello for Business',
  'Windows Hello',
  'Microsoft',
  'Authenticator',
  'Touch ID',
  'Face ID',
  'WebAuthn',
  'FIDO2',
  'USB',
  'NFC',
  'Bluetooth',
  'Google Chrome',
  'Samsung Internet',
  'ChromeOS',
  'QR',
  'OK',
  'Teams',
  'Chrome',
  'Edge',
  'Firefox',
  'Safari',
  'Windows',
  'macOS',
  'iOS',
  'iPadOS',
  'Android',
  'Linux',
  'AAGUID',
  'GUID',
  'ID',
  'https',
];
/** Words spelled the same as in English in one language (reviewed per language; keep short). */
const SAME_WORDS: Partial<Record<Language, ReadonlySet<string>>> = {
  de: new Set([
    'Passkey',
    'Passkeys',
    'in',
    'Status',
    'Name',
    'Code',
    'Browser',
    'Start',
    'Details',
    'Info',
    'Tablet',
    'Smartphone',
    'Link',
    'Version',
    'Team',
    'Support',
    'Helpdesk',
    'Computer',
  ]),
  nl: new Set([
    'Passkey',
    'Passkeys',
    'in',
    'Status',
    'Browser',
    'Details',
    'Tablet',
    'Link',
    'Code',
    'Info',
    'Start',
    'Scenario',
    'Team',
    'Helpdesk',
    'Computer',
  ]),
  fr: new Set([
    'Guide',
    'Code',
    'Type',
    'Options',
    'Information',
    'Description',
    'Date',
    'Applications',
    'Configuration',
    'Message',
    'Version',
    'Support',
    'Documentation',
  ]),
  es: new Set(['No', 'Error', 'Total', 'Final']),
};
/** True when the text still has words after removing placeholders, brand names and allowed words. */
function hasTranslatableWords(text: string, lang: Language): boolean {
  let rest = text.replace(/\{\w+\}/g, ' ').replace(/\b[a-z]+:\/\/\S*/gi, ' ');
  for (const brand of BRANDS) rest = rest.split(brand).join(' ');
  const words = rest.match(/\p{L}{2,}/gu) ?? [];
  return words.some((word) => !SAME_WORDS[lang]?.has(word));
}

const english = flatten(all.en);

describe('locales', () => {
  it('English has messages and a valid structure', () => {
    expect(english.size).toBeGreaterThan(5);
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([...LANGUAGES].map((l) => `${l}.json`).sort());
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const messages = flatten(all[lang]);

      it('has every English key and no extra keys', () => {
        const missing = [...english.keys()].filter((k) => !messages.has(k));
        const extra = [...messages.keys()].filter((k) => !english.has(k));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('has no empty, non-string or untrimmed messages', () => {
        const bad: string[] = [];
        for (const [key, leaf] of messages) {
          const texts = typeof leaf === 'object' && leaf !== null ? Object.values(leaf) : [leaf];
          for (const text of texts) {
            if (typeof text !== 'string' || text.trim() === '' || text !== text.trim()) bad.push(key);
          }
        }
        expect(bad).toEqual([]);
      });

      it('uses the same placeholders as English', () => {
        const mismatched: string[] = [];
        for (const [key, leaf] of messages) {
          const en = english.get(key);
          if (en === undefined) continue;
          const mine = leafPlaceholders(leaf).filter((p) => p !== 'count');
          const theirs = leafPlaceholders(en).filter((p) => p !== 'count');
          if (mine.join() !== theirs.join()) mismatched.push(`${key}: {${mine}} vs English {${theirs}}`);
          // A plural message's general form must show the number when English does.
          if (typeof leaf === 'object' && typeof en === 'object' && en.other?.includes('{count}') && !leaf.other?.includes('{count}'))
            mismatched.push(`${key}.other lacks {count}`);
        }
        expect(mismatched).toEqual([]);
      });

      it(`has the plural forms ${lang} needs (${requiredPluralForms(lang).join(', ')}) and no others`, () => {
        const needed = requiredPluralForms(lang);
        const problems: string[] = [];
        for (const [key, leaf] of messages) {
          const en = english.get(key);
          if (typeof en === 'object' && typeof leaf !== 'object') problems.push(`${key}: English is plural, ${lang} is not`);
          if (typeof leaf !== 'object') continue;
          for (const form of needed) if (!(form in leaf)) problems.push(`${key}: missing "${form}"`);
          // "zero" is always allowed: createTranslator uses it for an exact 0.
          for (const form of Object.keys(leaf))
            if (form !== 'zero' && !needed.includes(form as Intl.LDMLPluralRule)) problems.push(`${key}: "${form}" is not a ${lang} category`);
        }
        expect(problems).toEqual([]);
      });

      if (lang !== 'en') {
        it('translates everything except brand names', () => {
          const untranslated: string[] = [];
          for (const [key, leaf] of messages) {
            const en = english.get(key);
            const pairs = typeof leaf === 'string' ? [[leaf, en]] : Object.entries(leaf).map(([f, v]) => [v, (en as Record<string, string>)?.[f]]);
            for (const [mine, theirs] of pairs) {
              if (typeof mine !== 'string' || mine !== theirs) continue;
              if (!hasTranslatableWords(mine, lang)) continue;
              untranslated.push(`${key}: "${mine}"`);
            }
          }
          expect(untranslated).toEqual([]);
        });
      }
    });
  }

  describe("house style (one term per concept, each language's typography)", () => {
    /** [language, pattern, why]. Keeps the surfaces consistent as several people add strings. */
    const RULES: [Language | '*', RegExp, string][] = [
      ['*', /\.\.\./, 'use the ellipsis character …'],
      ['*', / {2}/, 'double space'],
      ['fr', /\p{L}'\p{L}/u, 'French apostrophe is ’ (U+2019)'],
      ['fr', / [?!:;»]/, 'French needs a non-breaking space (U+00A0) before ? ! : ; »'],
      ['fr', /« /, 'French needs a non-breaking space (U+00A0) after «'],
      ['es', /\bexplorador/i, 'Spanish: "navegador" for browser, everywhere'],
      ['nl', /passkey(?! Guide)/i, 'Dutch: "wachtwoordsleutel" for passkey, as Microsoft writes it'],
      ['es', /\bllaves? de seguridad/i, 'Spanish: "clave de seguridad" (Microsoft\'s term) for security key'],
      ['ar', /متصفح/, 'Arabic: "المستعرض" (Microsoft\'s term) for browser'],
      ['de', /Arbeitskonto/, 'German: "Geschäftskonto" for work account (Microsoft\'s term)'],
      ['de', /Sicherheitsinfos\b/, 'German: Microsoft\'s page name is "Sicherheitsinformationen"'],
      ['ar', /[?,;](?=\s|$)/, 'Arabic punctuation: ؟ ، ؛'],
      ['ja', /[。、][ ]/, 'Japanese: no space after 。 or 、'],
    ];
    for (const lang of LANGUAGES) {
      it(lang, () => {
        const problems: string[] = [];
        for (const [key, leaf] of flatten(all[lang])) {
          const texts = typeof leaf === 'string' ? [leaf] : Object.values(leaf);
          for (const text of texts)
            for (const [ruleLang, pattern, why] of RULES)
              if ((ruleLang === '*' || ruleLang === lang) && pattern.test(text.replace(/[a-z]+:\/\/\S*/gi, 'URL'))) problems.push(`${key}: ${why}`);
        }
        expect(problems).toEqual([]);
      });
    }
  });

  it('Arabic plural messages have real singular and dual forms, and each count picks its form', () => {
    const rules = new Intl.PluralRules('ar');
    const t = createTranslator(all.ar, 'ar');
    const sample = { zero: 0, one: 1, two: 2, few: 3, many: 11, other: 100 } as const;
    const problems: string[] = [];
    for (const [key, leaf] of flatten(all.ar)) {
      if (typeof leaf !== 'object') continue;
      // A dual or singular that only copies the general form is a lazy translation.
      if (leaf.one === leaf.other || leaf.two === leaf.other) problems.push(`${key}: one/two copy "other"`);
      for (const [form, n] of Object.entries(sample)) {
        expect(rules.select(n) === form || (n === 0 && form === 'zero')).toBe(true);
        const expected = (leaf[form] ?? leaf.other)!.replaceAll('{count}', formatNumber('ar', n));
        if (!/\{\w+\}/.test(expected) && t(key, { count: n }) !== expected) problems.push(`${key}: ${n} → ${t(key, { count: n })}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a typed translator rejects unknown keys at compile time', () => {
    const t: Translate = createTranslator(all.en, 'en');
    expect(t('common.language')).toBe('Language');
    // @ts-expect-error -- not a key in locales/en.json (tsc fails if this stops being an error)
    expect(t('common.doesNotExist')).toBe('common.doesNotExist');
  });
});
