/**
 * The surface's language: guided link > stored user choice > organization default > browser
 * languages > English. The user's choice lives in storage.local `pg:language` in the extension,
 * and in localStorage under the same key on the standalone companion site.
 */
import { isLanguage, resolveLanguage } from '@/core/i18n';
import { STORAGE_KEYS } from '@/core/storageKeys';
import type { AnyLanguage, Language } from '@/core/types';
import { PSEUDO_LANGUAGE } from '@/core/types';
import { extensionStorage } from './extensionStorage';

export async function readStoredLanguage(): Promise<unknown> {
  const local = extensionStorage('local');
  if (local) return (await local.get(STORAGE_KEYS.language))[STORAGE_KEYS.language];
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEYS.language) ?? undefined;
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
  const local = extensionStorage('local');
  if (local) {
    await local.set({ [STORAGE_KEYS.language]: lang });
    return;
  }
  try {
    globalThis.localStorage?.setItem(STORAGE_KEYS.language, lang);
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
