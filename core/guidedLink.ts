/**
 * Guided links, format version 1. Pure: no browser globals.
 *
 *   https://<companion>/?v=1&g=cross-device&wp=1&lang=de&org=Contoso&tenant=contoso.com&hd=help%40contoso.com
 *
 * | param  | meaning                                   | allowed values                                        |
 * |--------|-------------------------------------------|-------------------------------------------------------|
 * | v      | link format version                       | `1` (other versions are refused as a whole)           |
 * | g      | guide id (engine ids)                     | authenticator-app, cross-device, security-key, platform, unsupported |
 * | wp     | Android work profile                      | `1` (yes) or `0` (no)                                 |
 * | lang   | language                                  | one of LANGUAGES (core/types.ts)                      |
 * | org    | organization name                         | ≤ 64 letters, digits, spaces and . , & ' ’ ( ) - /     |
 * | tenant | tenant id or verified domain              | a GUID or a domain name (validation.ts, ≤ 253)        |
 * | hd     | help-desk contact                         | e-mail, phone number or https:// URL, ≤ 120           |
 *
 * Trust: a guided link is written by whoever sent it, not by the organization. Its `org`, `tenant` and
 * `hd` values are used only when the organization has not set its own (managed policy in the extension,
 * the build-time organization file on the hosted site: see `trustedContext`), and a link's contact is
 * never a link, a tel:/mailto: target or part of step text: it is shown as unverified plain text
 * (`linkContact`). A link cannot pick the "unsupported" guide (it would tell the user to give up and call
 * someone). Value checks are core/validation.ts (one rule each, shared with the policy parser).
 *
 * Every value is checked; anything unknown, duplicated, too long, malformed or containing invisible /
 * bidi-control / markup characters is dropped and reported as a problem `{ param, code }`. The page then
 * shows a localized message (`link.<code>`) naming the parameter and falls back to detection for it.
 * Nothing from a link is ever used as HTML or code: surfaces render it as Preact text only.
 *
 * Stored shape (extension only): storage.local[STORAGE_KEYS.guidedChoice] = StoredGuidedChoice, i.e.
 *   { v: 1, savedAt: <ms since epoch>, choice: GuidedChoice }
 * Readers must validate it with `readStoredGuidedChoice()`, which re-checks every field like a link.
 */
import { DEFAULT_POLICY, GUIDE_IDS, LANGUAGES, type GuideId, type Language, type OrgPolicy } from './types';
import { checkHttpsUrl, hasUnsafe, MAX_TENANT, normalizeEmail, normalizePhone, normalizeTenant } from './validation';

export const GUIDED_LINK_VERSION = 1;

export interface GuidedChoice {
  guide: GuideId | null;
  /** Android work profile: answer to the engine's workProfile question. */
  workProfile: 'yes' | 'no' | null;
  lang: Language | null;
  org: string | null;
  tenant: string | null;
  helpDesk: string | null;
}

export interface StoredGuidedChoice {
  v: 1;
  savedAt: number;
  choice: GuidedChoice;
}

export const PROBLEM_CODES = ['unknown-param', 'duplicate', 'too-long', 'invalid-chars', 'invalid-value', 'unsupported-version', 'guide-not-allowed'] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export interface LinkProblem {
  /** The parameter name in a short safe form (see `displayParam`): never more than 13 characters. */
  param: string;
  code: ProblemCode;
}

export const EMPTY_CHOICE: GuidedChoice = { guide: null, workProfile: null, lang: null, org: null, tenant: null, helpDesk: null };

export const LINK_PARAMS = ['v', 'g', 'wp', 'lang', 'org', 'tenant', 'hd'] as const;
type LinkParam = (typeof LINK_PARAMS)[number];

/** Parameters the companion page itself uses; never reported as unknown. */
export const PAGE_PARAMS = ['welcome', 'view'] as const;

// A tenant has the one length rule of validation.ts (MAX_TENANT, checked by normalizeTenant).
/** The longest value each link parameter may have (characters); the builder's inputs use the same limits. */
export const MAX_LENGTH: Record<LinkParam, number> = { v: 32, g: 32, wp: 32, lang: 32, org: 64, tenant: MAX_TENANT, hd: 120 };
/** A whole query string longer than this is refused outright (no parsing of huge input). */
export const MAX_SEARCH_LENGTH = 2048;

// Markup and quote characters; never in a link value (on top of validation.ts hasUnsafe: controls, bidi, invisible characters).
const MARKUP = /[<>"`\\{}]/;
const ORG = /^[\p{L}\p{M}\p{N} .,&'’()\-/]+$/u;
/** A phone number in a link needs at least this many digits. */
const PHONE_MIN_DIGITS = 5;
/** At most this many unknown parameters are reported; the rest are counted in one more message. */
export const MAX_UNKNOWN_REPORTED = 3;

/**
 * A parameter name as safe display text. Names we define are shown as they are; any other name is an
 * attacker's choice, so only its first 12 ASCII letters, digits, '-' and '_' are shown, followed by "…"
 * when anything was cut or removed ("Call 0800 for a TAP" becomes "Call0800fora…"): never a sentence.
 */
export function displayParam(name: string): string {
  if ((LINK_PARAMS as readonly string[]).includes(name) || (PAGE_PARAMS as readonly string[]).includes(name)) return name;
  const kept = name.replace(/[^A-Za-z0-9_-]/g, '');
  const short = kept.slice(0, 12);
  return short === name ? short : `${short}…`;
}

export type ContactKind = 'email' | 'phone' | 'url';

/**
 * What kind of help-desk contact a value is, or null. An https URL is checked by `checkHttpsUrl`
 * (no whitespace, '@', non-ASCII or IP-literal host); a value with a scheme or '/' is never an e-mail
 * address; a phone number keeps its leading '+'.
 */
export function contactKind(value: string): ContactKind | null {
  if (/^https:/i.test(value)) return checkHttpsUrl(value).ok ? 'url' : null;
  if (normalizeEmail(value) !== null) return 'email';
  if (normalizePhone(value, PHONE_MIN_DIGITS) !== null) return 'phone';
  return null;
}

export function isHelpDeskContact(value: string): boolean {
  return contactKind(value) !== null;
}

type Check = { ok: true; value: string } | { ok: false; code: ProblemCode };

function check(param: LinkParam, raw: string): Check {
  if (raw.length > MAX_LENGTH[param] * 4 || Array.from(raw).length > MAX_LENGTH[param]) return { ok: false, code: 'too-long' };
  if (hasUnsafe(raw) || MARKUP.test(raw)) return { ok: false, code: 'invalid-chars' };
  const value = raw.trim();
  if (value === '') return { ok: false, code: 'invalid-value' };
  // A link may not send anyone to the "no passkey possible" guide: detection decides that, visibly.
  if (param === 'g' && value === 'unsupported') return { ok: false, code: 'guide-not-allowed' };
  const valid = (() => {
    switch (param) {
      case 'v':
        return /^[0-9]+$/.test(value);
      case 'g':
        return (GUIDE_IDS as readonly string[]).includes(value) && value !== 'unsupported';
      case 'wp':
        return value === '0' || value === '1';
      case 'lang':
        return (LANGUAGES as readonly string[]).includes(value);
      case 'org':
        return ORG.test(value);
      case 'tenant':
        return normalizeTenant(value) !== null;
      case 'hd':
        return isHelpDeskContact(value);
    }
  })();
  return valid ? { ok: true, value } : { ok: false, code: 'invalid-value' };
}

/** One form-encoded component decoded as URLSearchParams does ('+' is a space; bad % escapes kept). */
function formDecode(raw: string): string {
  return new URLSearchParams(`x=${raw}`).get('x') ?? '';
}

/**
 * name/value pairs of a query string, decoded like URLSearchParams except for one thing: a value that
 * starts with a literal '+' keeps it. In form encoding '+' means a space, so `hd=+31 20 123 4567` typed or
 * pasted by hand would lose the '+' of an international phone number; no value starts with a space.
 */
function queryPairs(search: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const value = rawValue.startsWith('+') ? `+${formDecode(rawValue.slice(1))}` : formDecode(rawValue);
    pairs.push([formDecode(rawName), value]);
  }
  return pairs;
}

/**
 * Parses `location.search` (with or without the leading "?"). Never throws; bad parameters are
 * dropped and reported. `extraAllowed` names page parameters that are not part of the link.
 */
export function parseGuidedLink(search: string, extraAllowed: readonly string[] = PAGE_PARAMS): { choice: GuidedChoice; problems: LinkProblem[] } {
  const choice: GuidedChoice = { ...EMPTY_CHOICE };
  const problems: LinkProblem[] = [];
  if (typeof search !== 'string' || search === '' || search === '?') return { choice, problems };
  if (search.length > MAX_SEARCH_LENGTH) return { choice, problems: [{ param: 'link', code: 'too-long' }] };
  const seen = new Map<string, string[]>();
  for (const [name, value] of queryPairs(search)) seen.set(name, [...(seen.get(name) ?? []), value]);

  const values = new Map<LinkParam, string>();
  const unknown: string[] = [];
  for (const [name, list] of seen) {
    if (!(LINK_PARAMS as readonly string[]).includes(name)) {
      if (!extraAllowed.includes(name)) unknown.push(name);
      continue;
    }
    const param = name as LinkParam;
    if (list.length > 1) {
      problems.push({ param, code: 'duplicate' });
      continue;
    }
    const result = check(param, list[0]!);
    if (result.ok) values.set(param, result.value);
    else problems.push({ param, code: result.code });
  }

  // Unknown names are an attacker's free text: a few short safe forms, never a list of sentences.
  for (const name of unknown.slice(0, MAX_UNKNOWN_REPORTED)) problems.push({ param: displayParam(name), code: 'unknown-param' });
  if (unknown.length > MAX_UNKNOWN_REPORTED) problems.push({ param: `+${unknown.length - MAX_UNKNOWN_REPORTED}`, code: 'unknown-param' });

  const version = values.get('v');
  if (version !== undefined && Number(version) !== GUIDED_LINK_VERSION) {
    // A newer (or bogus) format: understand none of it rather than misread it.
    return { choice: { ...EMPTY_CHOICE }, problems: [{ param: 'v', code: 'unsupported-version' }] };
  }
  if (seen.has('v') && version === undefined && !problems.some((p) => p.param === 'v')) {
    problems.push({ param: 'v', code: 'invalid-value' });
  }

  const g = values.get('g');
  if (g) choice.guide = g as GuideId;
  const wp = values.get('wp');
  if (wp) choice.workProfile = wp === '1' ? 'yes' : 'no';
  const lang = values.get('lang');
  if (lang) choice.lang = lang as Language;
  choice.org = values.get('org') ?? null;
  choice.tenant = values.get('tenant') ?? null;
  choice.helpDesk = values.get('hd') ?? null;
  return { choice, problems };
}

/** The query string (without "?") for a choice; fields that fail validation are left out. */
export function guidedLinkSearch(choice: GuidedChoice): string {
  const params = new URLSearchParams();
  params.set('v', String(GUIDED_LINK_VERSION));
  const add = (param: LinkParam, value: string | null) => {
    if (value === null) return;
    const result = check(param, value);
    if (result.ok) params.set(param, result.value);
  };
  add('g', choice.guide);
  add('wp', choice.workProfile === null ? null : choice.workProfile === 'yes' ? '1' : '0');
  add('lang', choice.lang);
  add('org', choice.org);
  add('tenant', choice.tenant);
  add('hd', choice.helpDesk);
  return params.toString();
}

/**
 * A guided link on `base` (the companion site or guide.html URL). Link parameters already on the
 * base are replaced; its path and hash are kept. Throws on a base that is not an absolute URL.
 */
export function buildGuidedLink(base: string, choice: GuidedChoice): string {
  const url = new URL(base);
  for (const p of [...LINK_PARAMS, ...PAGE_PARAMS]) url.searchParams.delete(p);
  const own = url.searchParams.toString();
  url.search = own ? `${own}&${guidedLinkSearch(choice)}` : guidedLinkSearch(choice);
  return url.toString();
}

export function hasChoice(choice: GuidedChoice): boolean {
  return Object.values(choice).some((v) => v !== null);
}

/**
 * A stored guided choice is used for this long after the link was opened, like the overlay's saved
 * wizard place (core/overlayUi.ts PLACE_TTL_MS): a link opened yesterday must not steer today's visit.
 */
export const GUIDED_CHOICE_TTL_MS = 30 * 60 * 1000;

export function toStoredGuidedChoice(choice: GuidedChoice, now: number): StoredGuidedChoice {
  return { v: 1, savedAt: now, choice: parseGuidedLink(guidedLinkSearch(choice)).choice };
}

/** Validates whatever is in storage; anything malformed, from the future or older than the TTL → null. */
export function readStoredGuidedChoice(value: unknown, now: number = Date.now()): StoredGuidedChoice | null {
  if (!value || typeof value !== 'object') return null;
  const stored = value as Partial<StoredGuidedChoice>;
  if (stored.v !== 1 || typeof stored.savedAt !== 'number' || !Number.isFinite(stored.savedAt)) return null;
  const age = now - stored.savedAt;
  if (!(age >= 0 && age < GUIDED_CHOICE_TTL_MS)) return null;
  const c = stored.choice as Partial<Record<keyof GuidedChoice, unknown>> | undefined;
  if (!c || typeof c !== 'object') return null;
  const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
  const wp = c.workProfile === 'yes' || c.workProfile === 'no' ? c.workProfile : null;
  const candidate: GuidedChoice = {
    guide: str(c.guide) as GuideId | null,
    workProfile: wp,
    lang: str(c.lang) as Language | null,
    org: str(c.org),
    tenant: str(c.tenant),
    helpDesk: str(c.helpDesk),
  };
  const parsed = parseGuidedLink(guidedLinkSearch(candidate)).choice;
  return { v: 1, savedAt: stored.savedAt, choice: parsed };
}

/** A contact that came only from a link, ready to show as plain text (see `trustedContext`). */
export interface LinkContact {
  kind: ContactKind;
  /** What to show: the address or number as given, or for a website only its host name (ASCII/punycode). */
  text: string;
}

/** A link's `hd` as unverified display text, or null. Never used as an href. */
export function linkContact(value: string | null): LinkContact | null {
  if (value === null) return null;
  const kind = contactKind(value);
  if (kind === null) return null;
  if (kind === 'url') {
    // Only the host: a path can say anything ("/contoso.com/it-support"). URL.hostname is ASCII (punycode).
    const host = new URL(value).hostname;
    return /^[\x21-\x7e]+$/.test(host) ? { kind, text: host } : null;
  }
  return { kind, text: value };
}

function hasHelpDeskField(helpDesk: OrgPolicy['helpDesk']): boolean {
  return Boolean(helpDesk.name || helpDesk.url || helpDesk.phone || helpDesk.email);
}

/**
 * What a page may show and use, given a guided link and what the organization itself configured
 * (`org`: the managed policy in the extension; on the hosted site, the build-time organization file
 * merged into DEFAULT_POLICY).
 * - `policy` holds only organization values: the engine, step text, help-desk links and hand-offs use it.
 *   A link never adds a help-desk contact to it.
 * - `linkOrg`, `linkTenant`, `linkContact`: the link's values, only where the organization set nothing.
 *   Any help-desk field of the organization (even only its name) silences the link's contact.
 */
export function trustedContext(
  choice: GuidedChoice,
  org: OrgPolicy,
): { policy: OrgPolicy; linkOrg: string | null; linkTenant: string | null; linkContact: LinkContact | null } {
  return {
    policy: org,
    linkOrg: org.organizationName ? null : choice.org,
    linkTenant: org.tenant ? null : choice.tenant,
    linkContact: hasHelpDeskField(org.helpDesk) ? null : linkContact(choice.helpDesk),
  };
}

/**
 * The one place guided links are made for people (popup hand-off QR, companion page, builder):
 * `companionBase` with the choice's parameters, or null when the base is not a usable https URL (or,
 * for the extension's own page, a chrome-extension:/moz-extension: URL) or the link would not fit a QR code.
 */
export function guidedLinkFor(companionBase: string | null, choice: GuidedChoice): string | null {
  if (!companionBase) return null;
  const extensionPage = /^(chrome|moz)-extension:\/\//.test(companionBase);
  if (!extensionPage && !checkHttpsUrl(companionBase).ok) return null;
  try {
    const link = buildGuidedLink(companionBase, choice);
    return new TextEncoder().encode(link).length <= MAX_LINK_BYTES ? link : null;
  } catch {
    return null;
  }
}

/** The longest guided link we hand out (bytes, UTF-8): far below what a QR code can hold (uqr: about 2,330). */
export const MAX_LINK_BYTES = 1024;

/** DEFAULT_POLICY with an organization's name, tenant and help desk (the hosted site's build-time file). */
export function withOrganization(org: Partial<Pick<OrgPolicy, 'organizationName' | 'tenant' | 'helpDesk'>> | null | undefined): OrgPolicy {
  if (!org) return DEFAULT_POLICY;
  return {
    ...DEFAULT_POLICY,
    organizationName: org.organizationName ?? null,
    tenant: org.tenant ?? null,
    helpDesk: { ...DEFAULT_POLICY.helpDesk, ...(org.helpDesk ?? {}) },
  };
}
