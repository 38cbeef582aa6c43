/**
 * The surface's language: guided link > stored user choice > organization default > browser
 * languages > English. The user's choice is `languageItem` (storage/items.ts, storage.local `pg:language`)
 * in the extension, and localStorage under the same key on the standalone companion site.
 */
import { isLanguage, resolveLanguage } from '@/core/i18n';
import type { AnyLanguage, Language } from '@/core/types';
import { PSEUDO_LANGUAGE } from '@/core/types';
import { areaKey, hasExtensionStorage, languageItem } from '@/storage/items';

/** localStorage key on the standalone site: the same name as the extension's item. */
const SITE_KEY = areaKey(languageItem);

/** The stored choice, unvalidated (resolveLanguage ignores anything that is not a language). */
export async function readStoredLanguage(): Promise<unknown> {
  if (hasExtensionStorage()) return (await languageItem.getValue()) ?? undefined;
  try {
    return globalThis.localStorage?.getItem(SITE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves the user's choice. Anything that is not a supported language (or en-XA) is refused
 * with an error, and nothing is stored.
 */
export async function storeLanguage(lang: AnyLanguage): Promise<void> {
  if (!isLanguage(lang) && lang !== PSEUDO_LANGUAGE) throw new Error(`Unsupported language "${String(lang)}"`);
  if (hasExtensionStorage()) {
    await languageItem.setValue(lang);
    return;
  }
  try {
    globalThis.localStorage?.setItem(SITE_KEY, lang);
  } catch {
    // Storage disabled (private mode, blocked cookies): the choice lasts for this page only.
  }
}

/** organization = policy.defaultLanguage. */
export async function chooseLanguage(link?: unknown, organization?: unknown): Promise<Language> {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return resolveLanguage({ link, user: await readStoredLanguage(), organization, browser });
}

/**
 * Like chooseLanguage, but also honours en-XA (from `?lang=en-XA` or a stored choice) when the
 * caller allows it: pass `PSEUDO_LOCALE_ENABLED` from '@/locales', false in production builds.
 */
export async function chooseDisplayLanguage(link?: unknown, organization?: unknown, allowPseudo = false): Promise<AnyLanguage> {
  return displayLanguage({ link, user: await readStoredLanguage(), organization, allowPseudo });
}

/** chooseDisplayLanguage with the stored choice already read (surfaces read it once, in parallel with their policy). */
export function displayLanguage(sources: { link?: unknown; user?: unknown; organization?: unknown; allowPseudo?: boolean }): AnyLanguage {
  const { link, user, organization, allowPseudo = false } = sources;
  if (allowPseudo) {
    if (link === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
    if (!isLanguage(link) && user === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
  }
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return resolveLanguage({ link, user, organization, browser });
}

/**
 * True when the guided link or the user's stored choice settles the language, so the organization
 * default (which may still be loading) cannot change it.
 */
export function languageIsDecided(link: unknown, user: unknown, allowPseudo = false): boolean {
  const ok = (value: unknown) => isLanguage(value) || (allowPseudo && value === PSEUDO_LANGUAGE);
  return ok(link) || ok(user);
}
