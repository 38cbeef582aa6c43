/**
 * Loads one language's messages on demand, so a surface ships only the language it shows
 * (Vite turns each JSON file into its own chunk).
 *
 * The pseudo-locale en-XA is generated from English at run time and exists only in development
 * and tests: in a production build `import.meta.env.DEV` is false, so it is never offered and
 * loadMessages('en-XA') falls back to English.
 */
import type { Messages } from '../core/i18n';
import { pseudoMessages } from '../core/pseudoLocale';
import type { AnyLanguage, Language } from '../core/types';
import { LANGUAGES, PSEUDO_LANGUAGE } from '../core/types';

const loaders = import.meta.glob<Messages>('./*.json', { import: 'default' });

/** True in `wxt dev`, Vitest and Playwright-on-dev builds; false in production builds. */
export const PSEUDO_LOCALE_ENABLED: boolean = import.meta.env.DEV || import.meta.env.MODE === 'test';

/** The languages a LanguagePicker offers: the seven, plus en-XA in development and tests. */
export function availableLanguages(): readonly AnyLanguage[] {
  return PSEUDO_LOCALE_ENABLED ? [...LANGUAGES, PSEUDO_LANGUAGE] : LANGUAGES;
}

export async function loadMessages(lang: AnyLanguage): Promise<Messages> {
  if (lang === PSEUDO_LANGUAGE) {
    const english = await loadMessages('en');
    return PSEUDO_LOCALE_ENABLED ? pseudoMessages(english) : english;
  }
  const load = loaders[`./${lang satisfies Language}.json`];
  if (!load) throw new Error(`No messages for language "${lang}"`);
  return load();
}
