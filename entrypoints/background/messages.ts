/**
 * The background's message handler: the contract is core/messages.ts. Every message is checked first
 * (isTrustedSender: this extension; content-script messages only from the Microsoft pages the content
 * script runs on; page-only messages only from this extension's pages). Anything else gets no answer.
 */
import type { Messages } from '@/core/i18n';
import { resolveLanguage } from '@/core/i18n';
import { isTrustedSender, type MessageResponse, readEnvelope, type SenderInfo, type TrustContext } from '@/core/messages';
import type { Language, OrgPolicy } from '@/core/types';
import { DEFAULT_POLICY } from '@/core/types';
import { readPolicy, refreshPolicyCache } from '@/probes/policy';
import { detectPlatform } from '@/probes/platform';
import { guidedChoiceItem, languageItem, lastPageStateItem, overlayUiItem, wizardPlaceItem } from '@/storage/items';
import { overlayGuidance, readCapabilities } from '@/core/overlay/guidance';
import { guidedGuide } from '@/core/overlayUi';

export type { OverlayBootstrap } from '@/core/messages';

// The background holds every language so the content script can stay small: it asks for the
// strings of one language and receives only the namespaces it renders.
const allMessages = import.meta.glob<Messages>('../../locales/*.json', { import: 'default', eager: true });
const POLICY_WAIT_MS = 400;
const OVERLAY_NAMESPACES = ['common', 'overlay', 'guides', 'engine', 'questions'] as const;

function messagesFor(lang: Language): Messages {
  return allMessages[`../../locales/${lang}.json`] ?? {};
}

async function overlayBootstrap(requested?: Language, capabilities?: unknown): Promise<MessageResponse<'pg:overlay-bootstrap'>> {
  const none = () => null;
  const [user, guided, overlayUi, wizardPlace, lastPageState] = await Promise.all([
    languageItem.getValue().catch(none),
    guidedChoiceItem.getValue().catch(none),
    overlayUiItem.getValue().catch(none),
    wizardPlaceItem.getValue().catch(none),
    lastPageStateItem.getValue().catch(none),
  ]);
  // The first managed-storage read can take seconds; the overlay must not wait for it (the cache fills in the background).
  const policy = await Promise.race([
    readPolicy()
      .then((p) => p.policy)
      .catch(() => DEFAULT_POLICY),
    new Promise<OrgPolicy>((resolve) => setTimeout(() => resolve(DEFAULT_POLICY), POLICY_WAIT_MS)),
  ]);
  const lang = resolveLanguage({ link: requested, user, organization: policy.defaultLanguage, browser: navigator.languages });
  const all = messagesFor(lang);
  const messages: Messages = {};
  for (const ns of OVERLAY_NAMESPACES) {
    const value = all[ns];
    if (value !== undefined) messages[ns] = value;
  }
  const platform = await detectPlatform(navigator);
  // The engine runs here, not in the content script (its size budget): the overlay sends what only the page can probe.
  const choice = guidedGuide(guided);
  const input = { platform, capabilities: readCapabilities(capabilities), policy, answers: choice.workProfile ? { workProfile: choice.workProfile } : {} };
  const guidance = overlayGuidance(input, choice.guide, { lang, today: new Date().toISOString().slice(0, 10) });
  return { lang, messages, policy, guided: guided ?? null, platform, guidance, stored: { overlayUi, wizardPlace, lastPageState } };
}

function trustContext(): TrustContext {
  return { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
}

/** runtime.onMessage listener: a promise for messages it answers, undefined (no answer) for anything else. */
export function handleMessage(request: unknown, sender: SenderInfo, context: TrustContext = trustContext()): Promise<unknown> | undefined {
  const envelope = readEnvelope(request);
  if (!envelope || !isTrustedSender(envelope.type, sender, context)) return undefined;
  switch (envelope.type) {
    case 'pg:overlay-bootstrap': {
      const { lang, capabilities } = envelope as { lang?: unknown; capabilities?: unknown };
      return overlayBootstrap(typeof lang === 'string' ? (lang as Language) : undefined, capabilities);
    }
    case 'pg:policy-refresh':
      return refreshPolicyCache().then(({ raw }) => ({ raw }) satisfies MessageResponse<'pg:policy-refresh'>);
  }
  return undefined;
}
