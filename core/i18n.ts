/**
 * Message lookup, placeholders and plurals. Pure: the messages object is passed in,
 * so the content script can receive only its language's strings from the background.
 */
import type { AnyLanguage, Language } from './types';
import { LANGUAGES, PSEUDO_LANGUAGE } from './types';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type MessageValue = string | PluralForms | Messages;
export interface Messages {
  [key: string]: MessageValue;
}
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar']);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function textDirection(lang: AnyLanguage): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

function isPluralForms(value: MessageValue | undefined): value is PluralForms {
  return typeof value === 'object' && value !== null && typeof (value as PluralForms).other === 'string';
}

export function lookup(messages: Messages, key: string): MessageValue | undefined {
  let node: MessageValue | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Messages)[part];
  }
  return node;
}

function fill(template: string, params: Params | undefined, locale: string): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/**
 * Returns t(key, params). A missing key returns the key itself (visible in tests and the
 * pseudo-locale) instead of throwing into the page.
 */
export function createTranslator(messages: Messages, lang: AnyLanguage, fallback?: Messages): Translate {
  const locale = lang === PSEUDO_LANGUAGE ? 'en' : lang;
  const plural = new Intl.PluralRules(locale);
  return (key, params) => {
    const value = lookup(messages, key) ?? (fallback ? lookup(fallback, key) : undefined);
    if (typeof value === 'string') return fill(value, params, locale);
    if (isPluralForms(value)) {
      const count = typeof params?.count === 'number' ? params.count : 0;
      const form = value[plural.select(count)] ?? value.other;
      return fill(form, params, locale);
    }
    return key;
  };
}

/**
 * Picks the language: guided link > user's choice > organization default > browser languages > English.
 * Browser languages are tags like "de-CH"; their base language counts.
 */
export function resolveLanguage(sources: {
  link?: unknown;
  user?: unknown;
  organization?: unknown;
  browser?: readonly string[];
}): Language {
  for (const candidate of [sources.link, sources.user, sources.organization]) {
    if (isLanguage(candidate)) return candidate;
  }
  for (const tag of sources.browser ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
