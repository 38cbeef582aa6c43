import type { Messages } from '@/core/i18n';
import { resolveLanguage } from '@/core/i18n';
import type { Language, OrgPolicy, PlatformFacts } from '@/core/types';
import { DEFAULT_POLICY } from '@/core/types';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { readPolicy } from '@/probes/policy';
import { detectPlatform } from '@/probes/platform';

// The background holds every language so the content script can stay small: it asks for the
// strings of one language and receives only the namespaces it renders.
const allMessages = import.meta.glob<Messages>('../../locales/*.json', { import: 'default', eager: true });
const POLICY_WAIT_MS = 400;
const OVERLAY_NAMESPACES = ['common', 'overlay', 'guides', 'engine', 'questions'] as const;

export interface OverlayBootstrap {
  lang: Language;
  messages: Messages;
  /** The organization's policy in effect (cached managed storage), so the content script ships no parser. */
  policy: OrgPolicy;
  /** A guided link's stored choice (pg:guided-choice), raw; the overlay validates what it uses. */
  guided: unknown;
  /** This browser's platform (UA + client hints), parsed here so the content script ships no UA parser. */
  platform: PlatformFacts;
}

export type BackgroundRequest = { type: 'pg:overlay-bootstrap'; lang?: Language };

function messagesFor(lang: Language): Messages {
  return allMessages[`../../locales/${lang}.json`] ?? {};
}

async function overlayBootstrap(requested?: Language): Promise<OverlayBootstrap> {
  const stored = await browser.storage.local.get([STORAGE_KEYS.language, STORAGE_KEYS.guidedChoice]);
  // The first managed-storage read can take seconds; the overlay must not wait for it (the cache fills in the background).
  const policy = await Promise.race([
    readPolicy()
      .then((p) => p.policy)
      .catch(() => DEFAULT_POLICY),
    new Promise<OrgPolicy>((resolve) => setTimeout(() => resolve(DEFAULT_POLICY), POLICY_WAIT_MS)),
  ]);
  const lang = resolveLanguage({ link: requested, user: stored[STORAGE_KEYS.language], organization: policy.defaultLanguage, browser: navigator.languages });
  const all = messagesFor(lang);
  const messages: Messages = {};
  for (const ns of OVERLAY_NAMESPACES) {
    const value = all[ns];
    if (value !== undefined) messages[ns] = value;
  }
  const platform = await detectPlatform(navigator);
  return { lang, messages, policy, guided: stored[STORAGE_KEYS.guidedChoice] ?? null, platform };
}

export function handleMessage(request: unknown): Promise<unknown> | undefined {
  const message = request as Partial<BackgroundRequest> | null;
  if (message?.type === 'pg:overlay-bootstrap') return overlayBootstrap(message.lang);
  return undefined;
}
