/**
 * The messages between the content script, extension pages and the background: one typed contract.
 * Each message names its request and response types and who may send it. Pure: no browser globals
 * (the send helper that needs `browser` is probes/messaging.ts; the handler is entrypoints/background).
 *
 * The background treats every sender as untrusted until checked (Chrome: "content scripts are less
 * trustworthy than the extension service worker", https://developer.chrome.com/docs/extensions/develop/security-privacy/stay-secure,
 * checked 2026-12): the sender must be this extension, a content-script message must come from one of the
 * Microsoft pages the content script runs on, and a page-only message from one of this extension's pages.
 */
import type { Messages } from './i18n';
import type { OverlayGuidance } from './overlay/guidance';
import type { CapabilityFacts, Language, OrgPolicy, PlatformFacts } from './types';

/** What the content script needs to render, in one round trip (it ships no parser, no UA parser, one language). */
export interface OverlayBootstrap {
  lang: Language;
  messages: Messages;
  /** The organization's policy in effect (cached managed storage). */
  policy: OrgPolicy;
  /** A guided link's stored choice (pg:guided-choice), raw; the overlay validates what it uses. */
  guided: unknown;
  /** This browser's platform (UA + client hints). */
  platform: PlatformFacts;
  /** The engine's answer for this device and policy (the content script ships no engine). */
  guidance: OverlayGuidance;
  /**
   * What the overlay stored before (pg:overlay-ui, pg:wizard-place, pg:last-page-state), raw: the overlay validates
   * it (core/overlayUi.ts) and writes only what differs. Read here because the background reads storage anyway:
   * one round trip at start instead of two (docs/performance.md).
   */
  stored: { overlayUi: unknown; wizardPlace: unknown; lastPageState: unknown };
}

/** Who may send a message: the content script on the Microsoft pages, or this extension's own pages. */
export type SenderKind = 'content-script' | 'extension-page';

/** The contract: request payload, response, and allowed sender per message type. */
export interface MessageMap {
  'pg:overlay-bootstrap': { request: { lang?: Language; capabilities?: CapabilityFacts }; response: OverlayBootstrap; from: 'content-script' };
  /** An extension page asks the background to re-read storage.managed and refresh the cache (only the background writes it). */
  'pg:policy-refresh': { request: Record<string, never>; response: { raw: unknown }; from: 'extension-page' };
}
export type MessageType = keyof MessageMap;
export type MessageRequest<T extends MessageType> = MessageMap[T]['request'];
export type MessageResponse<T extends MessageType> = MessageMap[T]['response'];
export type Envelope<T extends MessageType = MessageType> = { type: T } & MessageRequest<T>;

export const MESSAGE_SENDERS: { readonly [T in MessageType]: MessageMap[T]['from'] } = {
  'pg:overlay-bootstrap': 'content-script',
  'pg:policy-refresh': 'extension-page',
};

/** The pages the content script runs on (wxt content-script matches); https only. */
export const CONTENT_SCRIPT_HOSTS: readonly string[] = ['mysignins.microsoft.com', 'login.microsoftonline.com', 'login.microsoft.com'];

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(MESSAGE_SENDERS, value);
}

/** The parts of runtime.MessageSender the check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
  frameId?: number;
}

export interface TrustContext {
  /** browser.runtime.id */
  runtimeId: string;
  /** browser.runtime.getURL('/'), e.g. chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionOrigin: string;
}

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Whether the background may answer this message from this sender. Unknown message types, other
 * extensions, web pages, content scripts on other hosts and pages pretending to be content scripts are refused.
 */
export function isTrustedSender(type: unknown, sender: SenderInfo | null | undefined, ctx: TrustContext): boolean {
  if (!isMessageType(type) || !sender || typeof sender !== 'object') return false;
  if (!ctx.runtimeId || sender.id !== ctx.runtimeId) return false;
  const url = parseUrl(sender.url);
  if (!url) return false;
  if (MESSAGE_SENDERS[type] === 'content-script') {
    return Boolean(sender.tab) && url.protocol === 'https:' && url.port === '' && !url.username && CONTENT_SCRIPT_HOSTS.includes(url.hostname);
  }
  const origin = parseUrl(ctx.extensionOrigin);
  // Compare scheme and host, not URL.origin: for chrome-extension:/moz-extension: URLs some parsers give the opaque origin "null".
  return Boolean(origin) && origin!.host !== '' && url.protocol === origin!.protocol && url.host === origin!.host;
}

/** The request, if it is a well-formed envelope of a known type; otherwise null. */
export function readEnvelope(value: unknown): Envelope | null {
  if (!value || typeof value !== 'object') return null;
  const type = (value as { type?: unknown }).type;
  return isMessageType(type) ? (value as Envelope) : null;
}
