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
 * | lang   | language                                  | en, nl, de, fr, es, ja, ar                            |
 * | org    | organization name                         | ≤ 64 letters, digits, spaces and . , & ' ’ ( ) - /     |
 * | tenant | tenant id or verified domain              | a GUID or a domain name, ≤ 64                         |
 * | hd     | help-desk contact                         | e-mail, phone number or https:// URL, ≤ 120           |
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
import { GUIDE_IDS, LANGUAGES, type GuideId, type Language } from './types';

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

export const PROBLEM_CODES = [
  'unknown-param',
  'duplicate',
  'too-long',
  'invalid-chars',
  'invalid-value',
  'unsupported-version',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export interface LinkProblem {
  /** The parameter name, made safe for display (invisible characters replaced, at most 40 characters). */
  param: string;
  code: ProblemCode;
}

export const EMPTY_CHOICE: GuidedChoice = { guide: null, workProfile: null, lang: null, org: null, tenant: null, helpDesk: null };

export const LINK_PARAMS = ['v', 'g', 'wp', 'lang', 'org', 'tenant', 'hd'] as const;
type LinkParam = (typeof LINK_PARAMS)[number];

/** Parameters the companion page itself uses; never reported as unknown. */
export const PAGE_PARAMS = ['welcome', 'view'] as const;

const MAX_LENGTH: Record<LinkParam, number> = { v: 32, g: 32, wp: 32, lang: 32, org: 64, tenant: 64, hd: 120 };
/** A whole query string longer than this is refused outright (no parsing of huge input). */
export const MAX_SEARCH_LENGTH = 2048;

// C0/C1 controls, bidi controls and marks, zero-width characters, BOM, markup and quote characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff<>"`\\{}]/u;
const ORG = /^[\p{L}\p{M}\p{N} .,&'’()\-/]+$/u;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,64}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/i;
const EMAIL = /^[a-z0-9._%+-]{1,64}@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/i;
const PHONE = /^\+?[0-9 ()-]{5,24}$/;

/** The param name as safe display text. */
export function displayParam(name: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = name.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, '\ufffd');
  const chars = Array.from(visible);
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : visible;
}

function isHttpsUrl(value: string): boolean {
  if (!value.startsWith('https://')) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export function isHelpDeskContact(value: string): boolean {
  return EMAIL.test(value) || (PHONE.test(value) && /[0-9].*[0-9].*[0-9].*[0-9].*[0-9]/.test(value)) || isHttpsUrl(value);
}

type Check = { ok: true; value: string } | { ok: false; code: ProblemCode };

function check(param: LinkParam, raw: string): Check {
  if (raw.length > MAX_LENGTH[param] * 4 || Array.from(raw).length > MAX_LENGTH[param]) return { ok: false, code: 'too-long' };
  if (FORBIDDEN.test(raw)) return { ok: false, code: 'invalid-chars' };
  const value = raw.trim();
  if (value === '') return { ok: false, code: 'invalid-value' };
  const valid = (() => {
    switch (param) {
      case 'v':
        return /^[0-9]+$/.test(value);
      case 'g':
        return (GUIDE_IDS as readonly string[]).includes(value);
      case 'wp':
        return value === '0' || value === '1';
      case 'lang':
        return (LANGUAGES as readonly string[]).includes(value);
      case 'org':
        return ORG.test(value);
      case 'tenant':
        return GUID.test(value) || DOMAIN.test(value);
      case 'hd':
        return isHelpDeskContact(value);
    }
  })();
  return valid ? { ok: true, value } : { ok: false, code: 'invalid-value' };
}

/**
 * Parses `location.search` (with or without the leading "?"). Never throws; bad parameters are
 * dropped and reported. `extraAllowed` names page parameters that are not part of the link.
 */
export function parseGuidedLink(
  search: string,
  extraAllowed: readonly string[] = PAGE_PARAMS,
): { choice: GuidedChoice; problems: LinkProblem[] } {
  const choice: GuidedChoice = { ...EMPTY_CHOICE };
  const problems: LinkProblem[] = [];
  if (typeof search !== 'string' || search === '' || search === '?') return { choice, problems };
  if (search.length > MAX_SEARCH_LENGTH) return { choice, problems: [{ param: 'link', code: 'too-long' }] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { choice, problems: [{ param: 'link', code: 'invalid-value' }] };
  }
  const seen = new Map<string, string[]>();
  for (const [name, value] of params) seen.set(name, [...(seen.get(name) ?? []), value]);

  const values = new Map<LinkParam, string>();
  for (const [name, list] of seen) {
    if (!(LINK_PARAMS as readonly string[]).includes(name)) {
      if (!extraAllowed.includes(name)) problems.push({ param: displayParam(name), code: 'unknown-param' });
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

export function toStoredGuidedChoice(choice: GuidedChoice, now: number): StoredGuidedChoice {
  return { v: 1, savedAt: now, choice: parseGuidedLink(guidedLinkSearch(choice)).choice };
}

/** Validates whatever is in storage; anything malformed → null. */
export function readStoredGuidedChoice(value: unknown): StoredGuidedChoice | null {
  if (!value || typeof value !== 'object') return null;
  const stored = value as Partial<StoredGuidedChoice>;
  if (stored.v !== 1 || typeof stored.savedAt !== 'number' || !Number.isFinite(stored.savedAt)) return null;
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
