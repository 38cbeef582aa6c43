/**
 * Message lookup, placeholders and plurals. Pure: the messages object is passed in,
 * so the content script can receive only its language's strings from the background.
 */
import type { AnyLanguage, Language } from './types';
import { LANGUAGES, PSEUDO_LANGUAGE } from './types';
import type english from '../locales/en.json';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type MessageValue = string | PluralForms | Messages;
export interface Messages {
  [key: string]: MessageValue;
}
export type Params = Record<string, string | number>;

/**
 * Every valid message key, as a dotted path computed from locales/en.json at compile time
 * (never stale: no generated file). A plural object ({ one, other, ... }) is a leaf.
 * `t('popup.titel')` is a type error; build keys from unions, not from arbitrary strings.
 */
type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends { other: string } ? K : `${K}.${KeyPaths<T[K]>}`;
}[keyof T & string];
export type MessageKey = KeyPaths<typeof english>;

export type Translate = (key: MessageKey, params?: Params) => string;
/** What createTranslator returns: accepts any string, so it is assignable to Translate (components
 * declare `t: Translate` and get compile-time key checks) and usable with ad-hoc messages in tests. */
export type UncheckedTranslate = (key: string, params?: Params) => string;

const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar']);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function textDirection(lang: AnyLanguage): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

/** Language names in their own language (endonyms): shown as-is in every UI language. */
export const LANGUAGE_NAMES: Readonly<Record<AnyLanguage, string>> = {
  en: 'English',
  nl: 'Nederlands',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
  ar: 'العربية',
  [PSEUDO_LANGUAGE]: 'Ƥşḗŭḓǿ (en-XA)',
};

/** The Intl locale behind a UI language (the pseudo-locale formats like English). */
export function intlLocale(lang: AnyLanguage): string {
  return lang === PSEUDO_LANGUAGE ? 'en' : lang;
}

/** Plural categories a language's messages must provide (Arabic: zero, one, two, few, many, other). */
export function requiredPluralForms(lang: AnyLanguage): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(intlLocale(lang)).resolvedOptions().pluralCategories;
}

export function formatNumber(lang: AnyLanguage, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(lang), options).format(value);
}

/** A date in the user's language; invalid dates give '' rather than "Invalid Date". */
export function formatDate(lang: AnyLanguage, value: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = typeof value === 'number' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(lang), options).format(date);
}

/** "A, B and C" in the user's language. */
export function formatList(lang: AnyLanguage, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(intlLocale(lang), { style: 'long', type }).format(items);
}

function isPluralForms(value: MessageValue | undefined): value is PluralForms {
  return typeof value === 'object' && value !== null && typeof (value as PluralForms).other === 'string';
}

export function lookup(messages: Messages, key: string): MessageValue | undefined {
  if (typeof key !== 'string') return undefined;
  let node: MessageValue | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Messages)[part];
  }
  return node;
}

function fill(template: string, params: Params | undefined, numbers: () => Intl.NumberFormat): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value !== 'number') return value;
    // Fast path: small whole numbers ("step 2 of 5") read the same in every language we ship (Latin digits,
    // no grouping below 1000; test/unit/i18n-numbers.test.ts proves it against Intl), and the first
    // Intl.NumberFormat costs ~20 ms on a cold page.
    return Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : numbers().format(value);
  });
}

/**
 * Returns t(key, params). A missing key returns the key itself (visible in tests and the
 * pseudo-locale) instead of throwing into the page.
 */
export function createTranslator(messages: Messages, lang: AnyLanguage, fallback?: Messages): UncheckedTranslate {
  const locale = intlLocale(lang);
  // Intl objects are costly to create (tens of ms on a cold page, docs/performance.md): make each one once, when first needed.
  let pluralRules: Intl.PluralRules | undefined;
  let numberFormat: Intl.NumberFormat | undefined;
  const plural = {
    select: (n: number) => {
      pluralRules ??= new Intl.PluralRules(locale);
      return pluralRules.select(n);
    },
  };
  const numbers = () => {
    numberFormat ??= new Intl.NumberFormat(locale);
    return numberFormat;
  };
  return (key, params) => {
    const value = lookup(messages, key) ?? (fallback ? lookup(fallback, key) : undefined);
    if (typeof value === 'string') return fill(value, params, numbers);
    if (isPluralForms(value)) {
      const count = typeof params?.count === 'number' ? params.count : 0;
      // Exact 0 uses "zero" when a language's messages provide it (Arabic always; others optionally).
      const form = (count === 0 ? value.zero : undefined) ?? value[plural.select(count)] ?? value.other;
      return fill(form, params, numbers);
    }
    return typeof key === 'string' ? key : '';
  };
}

/**
 * Picks the language: guided link > user's choice > organization default > browser languages > English.
 * Browser languages are tags like "de-CH"; their base language counts.
 */
export function resolveLanguage(sources: { link?: unknown; user?: unknown; organization?: unknown; browser?: readonly string[] }): Language {
  for (const candidate of [sources.link, sources.user, sources.organization]) {
    if (isLanguage(candidate)) return candidate;
  }
  for (const tag of sources.browser ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
