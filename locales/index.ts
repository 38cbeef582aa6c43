/**
 * Loads one language's messages on demand, so a surface ships only the language it shows
 * (Vite turns each JSON file into its own chunk).
 */
import type { Messages } from '../core/i18n';
import type { Language } from '../core/types';

const loaders = import.meta.glob<Messages>('./*.json', { import: 'default' });

export async function loadMessages(lang: Language): Promise<Messages> {
  const load = loaders[`./${lang}.json`];
  if (!load) throw new Error(`No messages for language "${lang}"`);
  return load();
}
