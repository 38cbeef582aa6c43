/** The surface's language: guided link > stored user choice > browser languages > English. */
import { resolveLanguage } from '@/core/i18n';
import { STORAGE_KEYS } from '@/core/storageKeys';
import type { Language } from '@/core/types';
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

export async function chooseLanguage(link?: unknown): Promise<Language> {
  return resolveLanguage({ link, user: await readStoredLanguage(), browser: navigator.languages });
}
