import type { Messages } from '@/core/i18n';
import { resolveLanguage } from '@/core/i18n';
import type { Language } from '@/core/types';
import { STORAGE_KEYS } from '@/core/storageKeys';

// The background holds every language so the content script can stay small: it asks for the
// strings of one language and receives only the namespaces it renders.
const allMessages = import.meta.glob<Messages>('../../locales/*.json', { import: 'default', eager: true });
const OVERLAY_NAMESPACES = ['common', 'overlay', 'guides', 'engine', 'questions'] as const;

export interface OverlayBootstrap {
  lang: Language;
  messages: Messages;
}

export type BackgroundRequest = { type: 'pg:overlay-bootstrap'; lang?: Language };

function messagesFor(lang: Language): Messages {
  return allMessages[`../../locales/${lang}.json`] ?? {};
}

async function overlayBootstrap(requested?: Language): Promise<OverlayBootstrap> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.language);
  const lang = resolveLanguage({ link: requested, user: stored[STORAGE_KEYS.language], browser: navigator.languages });
  const all = messagesFor(lang);
  const messages: Messages = {};
  for (const ns of OVERLAY_NAMESPACES) {
    const value = all[ns];
    if (value !== undefined) messages[ns] = value;
  }
  return { lang, messages };
}

export function handleMessage(request: unknown): Promise<unknown> | undefined {
  const message = request as Partial<BackgroundRequest> | null;
  if (message?.type === 'pg:overlay-bootstrap') return overlayBootstrap(message.lang);
  return undefined;
}
