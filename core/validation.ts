/**
 * Every value check in one place, one rule each: GUID (AAGUID, tenant ID), tenant, e-mail, phone,
 * https URL, and stripping characters that must never reach the screen. Used by the policy parser,
 * guided links, the Security info URL and the AAGUID table. Pure: no browser globals, never throws.
 *
 * Rules and why:
 * - Tenant: a tenant ID (GUID) or a verified domain. One length rule: the whole value is at most 253
 *   characters (RFC 1035 §2.3.4 name length), each label 1–63, the top-level label 2–63 letters.
 * - E-mail: ASCII only (no IDN look-alikes), one '@', no whitespace or quoting. Anything that looks like a
 *   URL (a scheme, "//", or '/' anywhere) is never classified as an e-mail address.
 * - Phone: digits with the usual separators; a leading '+' (international format, E.164) is kept.
 * - https URL: the WHATWG URL parser plus what it would silently "fix": no whitespace, no '@' anywhere
 *   (user-info tricks such as https://contoso.com@evil.example/), ASCII only (non-ASCII host names are shown
 *   as look-alikes; punycode "xn--" is accepted), no IP-literal hosts, a dotted host name, at most 2048 characters.
 */

/** The longest URL we accept anywhere (policy, guided links, QR codes). */
export const MAX_URL = 2048;
/** The longest tenant domain (RFC 1035 §2.3.4). */
export const MAX_TENANT = 253;
export const MAX_EMAIL = 254;
export const MAX_PHONE = 30;

// C0/C1 controls, bidi embeddings/overrides/isolates, ALM, zero-width characters and marks, word joiner, BOM.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE_TEST = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** Removes characters that are never shown to users (controls, bidi overrides, invisible characters). */
export function stripUnsafe(value: string): string {
  return value.replace(UNSAFE, '');
}

/** True when the value holds a character stripUnsafe would remove. */
export function hasUnsafe(value: string): boolean {
  return UNSAFE_TEST.test(value);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+[a-z]{2,63}$`, 'i');
const EMAIL_LOCAL = /^[a-z0-9._%+-]{1,64}$/i;
const PHONE = /^\+?[0-9 ().\-/]{3,30}$/;

/** A GUID (8-4-4-4-12 hex digits, either case). */
export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}

/** Trimmed, lower-case GUID, or null. AAGUIDs and tenant IDs are compared in this form. */
export function normalizeGuid(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  return GUID.test(v) ? v : null;
}

/** A DNS domain name (ASCII, dotted, ≤ 253 characters). */
export function isDomain(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TENANT && DOMAIN.test(value);
}

/** A tenant: tenant ID (GUID) or domain (contoso.onmicrosoft.com, contoso.com). */
export function isTenant(value: unknown): value is string {
  return normalizeTenant(value) !== null;
}

/** Trimmed, lower-case tenant, or null. */
export function normalizeTenant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  return GUID.test(v) || isDomain(v) ? v : null;
}

/** Looks like a URL (scheme or path), so it is never an e-mail address. */
function looksLikeUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.includes('/');
}

/** Trimmed e-mail address, or null. */
export function normalizeEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (v.length > MAX_EMAIL || looksLikeUrl(v)) return null;
  const at = v.indexOf('@');
  if (at < 1 || at !== v.lastIndexOf('@')) return null;
  const local = v.slice(0, at);
  const domain = v.slice(at + 1);
  return EMAIL_LOCAL.test(local) && isDomain(domain) ? v : null;
}

export function isEmail(value: unknown): value is string {
  return normalizeEmail(value) !== null;
}

/** Trimmed phone number (a leading '+' is kept), or null. At least 3 digits. */
export function normalizePhone(value: unknown, minDigits = 3): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (!PHONE.test(v)) return null;
  if (v.indexOf('+') > 0) return null;
  return v.replace(/\D/g, '').length >= minDigits ? v : null;
}

export function isPhone(value: unknown): value is string {
  return normalizePhone(value) !== null;
}

export type UrlProblem = 'notHttps' | 'whitespace' | 'credentials' | 'nonAscii' | 'ipHost' | 'tooLong';
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: UrlProblem };

const IPV4ISH = /^[0-9.]+$|^0x[0-9a-f]+$/i;

/** An https URL that cannot hide where it goes. Returns the parser's canonical href. */
export function checkHttpsUrl(value: unknown): UrlCheck {
  if (typeof value !== 'string') return { ok: false, reason: 'notHttps' };
  const v = value.trim();
  if (v.length > MAX_URL) return { ok: false, reason: 'tooLong' };
  if (/\s/u.test(v) || hasUnsafe(v)) return { ok: false, reason: 'whitespace' };
  if (v.includes('@')) return { ok: false, reason: 'credentials' };
  if (/[^ -~]/.test(v)) return { ok: false, reason: 'nonAscii' };
  if (!/^https:\/\//i.test(v)) return { ok: false, reason: 'notHttps' };
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return { ok: false, reason: 'notHttps' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'notHttps' };
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  const host = url.hostname;
  if (host.startsWith('[') || IPV4ISH.test(host) || /^\d+$/.test(host.split('.').pop() ?? '')) return { ok: false, reason: 'ipHost' };
  if (!isDomain(host)) return { ok: false, reason: 'notHttps' };
  if (url.href.length > MAX_URL) return { ok: false, reason: 'tooLong' };
  return { ok: true, url: url.href };
}

export function isHttpsUrl(value: unknown): value is string {
  return checkHttpsUrl(value).ok;
}

/**
 * A short, safe rendering of an untrusted value for admin and error messages: unsafe characters
 * replaced by U+FFFD, at most `max` characters (default 40), never more.
 */
export function safeShort(value: string, max = 40): string {
  const visible = value.replace(UNSAFE, '\ufffd');
  const chars = Array.from(visible);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : visible;
}
