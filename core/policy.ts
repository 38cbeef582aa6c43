/**
 * Validates the organization's managed policy (storage.managed / a cached copy of it).
 * Pure and total: any input gives a policy — each setting falls back to its safe default on its
 * own — plus a list of what was ignored and why (reason = i18n key under `admin.reason.*`).
 *
 * Managed keys are flat (easy to write in .reg, Intune OMA-URI and policies.json):
 * organizationName, organizationLogoText, tenant, allowedPasskeyKinds, attestationEnforced,
 * aaguidAllowList, aaguidBlockList, preferredGuide, tapOffered, helpDeskName, helpDeskUrl,
 * helpDeskPhone, helpDeskEmail, companionSiteUrl, defaultLanguage, testPasskeyAllowed, overlayEnabled.
 */
import { DEFAULT_POLICY, GUIDE_IDS, LANGUAGES, type GuideId, type Language, type OrgPolicy, type PasskeyKind } from './types';

export type PolicyReason =
  | 'admin.reason.notAnObject'
  | 'admin.reason.unknownKey'
  | 'admin.reason.wrongType'
  | 'admin.reason.empty'
  | 'admin.reason.tooLong'
  | 'admin.reason.notHttps'
  | 'admin.reason.badEmail'
  | 'admin.reason.badPhone'
  | 'admin.reason.badTenant'
  | 'admin.reason.badAaguid'
  | 'admin.reason.notAllowed'
  | 'admin.reason.tooMany';

export interface IgnoredSetting {
  key: string;
  reason: PolicyReason;
  /** A short, printable rendering of the rejected value (never more than 80 characters). */
  value?: string;
}

export interface ParsedPolicy {
  policy: OrgPolicy;
  ignored: IgnoredSetting[];
  /** Managed keys whose value was accepted (set by the organization, not defaulted). */
  applied: PolicyKey[];
}

export const POLICY_KEYS = [
  'organizationName',
  'organizationLogoText',
  'tenant',
  'allowedPasskeyKinds',
  'attestationEnforced',
  'aaguidAllowList',
  'aaguidBlockList',
  'preferredGuide',
  'tapOffered',
  'helpDeskName',
  'helpDeskUrl',
  'helpDeskPhone',
  'helpDeskEmail',
  'companionSiteUrl',
  'defaultLanguage',
  'testPasskeyAllowed',
  'overlayEnabled',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export const MAX_TEXT = 100;
export const MAX_URL = 2048;
export const MAX_AAGUIDS = 200;
const PASSKEY_KINDS: readonly PasskeyKind[] = ['device-bound', 'synced'];
const AAGUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A tenant GUID, or a DNS domain (contoso.onmicrosoft.com, contoso.com).
const TENANT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/;
const EMAIL = /^[^\s@<>"'()\\,;:]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const PHONE = /^\+?[0-9 ().\-/]{3,30}$/;
// C0/C1 controls and bidi overrides are never shown to users.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A short printable rendering of any value, for the admin view. Never throws. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    if (typeof value === 'string') text = JSON.stringify(value);
    else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
    else if (Array.isArray(value)) text = `[array of ${value.length}]`;
    else if (typeof value === 'object') text = '{object}';
    else text = typeof value;
  } catch {
    text = '?';
  }
  text = text.replace(UNSAFE_CHARS, '');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Check<T> = { ok: true; value: T } | { ok: false; reason: PolicyReason };
const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const no = <T>(reason: PolicyReason): Check<T> => ({ ok: false, reason });

function text(value: unknown, max = MAX_TEXT): Check<string | null> {
  if (value === null) return ok(null);
  if (typeof value !== 'string') return no('admin.reason.wrongType');
  const clean = value.replace(UNSAFE_CHARS, '').trim();
  if (!clean) return no('admin.reason.empty');
  if (clean.length > max) return no('admin.reason.tooLong');
  return ok(clean);
}

function httpsUrl(value: unknown): Check<string | null> {
  const t = text(value, MAX_URL);
  if (!t.ok || t.value === null) return t;
  let url: URL;
  try {
    url = new URL(t.value);
  } catch {
    return no('admin.reason.notHttps');
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return no('admin.reason.notHttps');
  return ok(url.href);
}

function bool(value: unknown): Check<boolean> {
  return typeof value === 'boolean' ? ok(value) : no('admin.reason.wrongType');
}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: unknown): Check<T | null> => {
    if (value === null) return ok(null);
    if (typeof value !== 'string') return no('admin.reason.wrongType');
    const v = value.trim();
    return (allowed as readonly string[]).includes(v) ? ok(v as T) : no('admin.reason.notAllowed');
  };
}

function aaguids(value: unknown): Check<string[]> {
  if (!Array.isArray(value)) return no('admin.reason.wrongType');
  if (value.length > MAX_AAGUIDS) return no('admin.reason.tooMany');
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') return no('admin.reason.wrongType');
    const v = item.trim().toLowerCase();
    if (!AAGUID.test(v)) return no('admin.reason.badAaguid');
    if (!out.includes(v)) out.push(v);
  }
  return ok(out);
}

function kinds(value: unknown): Check<PasskeyKind[]> {
  if (!Array.isArray(value)) return no('admin.reason.wrongType');
  const out: PasskeyKind[] = [];
  for (const item of value) {
    if (typeof item !== 'string') return no('admin.reason.wrongType');
    if (!(PASSKEY_KINDS as readonly string[]).includes(item)) return no('admin.reason.notAllowed');
    if (!out.includes(item as PasskeyKind)) out.push(item as PasskeyKind);
  }
  // Allowing no kind at all would leave users with nothing to register: refuse it.
  if (out.length === 0) return no('admin.reason.empty');
  return ok(out);
}

const CHECKS: { [K in PolicyKey]: (value: unknown) => Check<unknown> } = {
  organizationName: (v) => text(v),
  organizationLogoText: (v) => text(v, 12),
  tenant: (v) => {
    const t = text(v, 253);
    if (!t.ok || t.value === null) return t;
    const lower = t.value.toLowerCase();
    return TENANT.test(lower) ? ok(lower) : no('admin.reason.badTenant');
  },
  allowedPasskeyKinds: kinds,
  attestationEnforced: bool,
  aaguidAllowList: aaguids,
  aaguidBlockList: aaguids,
  preferredGuide: oneOf<GuideId>(GUIDE_IDS),
  tapOffered: bool,
  helpDeskName: (v) => text(v),
  helpDeskUrl: httpsUrl,
  helpDeskPhone: (v) => {
    const t = text(v, 30);
    if (!t.ok || t.value === null) return t;
    return PHONE.test(t.value) && /[0-9]{3}/.test(t.value.replace(/\D/g, '')) ? t : no('admin.reason.badPhone');
  },
  helpDeskEmail: (v) => {
    const t = text(v, 254);
    if (!t.ok || t.value === null) return t;
    return EMAIL.test(t.value) ? t : no('admin.reason.badEmail');
  },
  companionSiteUrl: httpsUrl,
  defaultLanguage: oneOf<Language>(LANGUAGES),
  testPasskeyAllowed: bool,
  overlayEnabled: bool,
};

function clonePolicy(p: OrgPolicy): OrgPolicy {
  return {
    ...p,
    allowedPasskeyKinds: [...p.allowedPasskeyKinds],
    aaguidAllowList: [...p.aaguidAllowList],
    aaguidBlockList: [...p.aaguidBlockList],
    helpDesk: { ...p.helpDesk },
  };
}

/** Validates raw managed storage. Never throws; unknown or invalid settings keep their defaults. */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const policy = clonePolicy(DEFAULT_POLICY);
  const ignored: IgnoredSetting[] = [];
  if (raw === undefined || raw === null) return { policy, ignored, applied: [] };
  if (!isRecord(raw)) return { policy, ignored: [{ key: '*', reason: 'admin.reason.notAnObject', value: describeValue(raw) }], applied: [] };

  let keys: string[];
  try {
    keys = Object.keys(raw);
  } catch {
    return { policy, ignored: [{ key: '*', reason: 'admin.reason.notAnObject' }], applied: [] };
  }
  const accepted = new Map<PolicyKey, unknown>();
  for (const key of keys.sort()) {
    let value: unknown;
    try {
      value = raw[key];
    } catch {
      ignored.push({ key: describeValue(key).slice(1, -1), reason: 'admin.reason.wrongType' });
      continue;
    }
    if (!(POLICY_KEYS as readonly string[]).includes(key)) {
      ignored.push({ key: describeValue(key).slice(1, -1), reason: 'admin.reason.unknownKey' });
      continue;
    }
    const result = CHECKS[key as PolicyKey](value);
    if (result.ok) accepted.set(key as PolicyKey, result.value);
    else ignored.push({ key, reason: result.reason, value: describeValue(value) });
  }

  const get = <T>(key: PolicyKey, fallback: T): T => (accepted.has(key) ? (accepted.get(key) as T) : fallback);
  policy.organizationName = get('organizationName', policy.organizationName);
  policy.organizationLogoText = get('organizationLogoText', policy.organizationLogoText);
  policy.tenant = get('tenant', policy.tenant);
  policy.allowedPasskeyKinds = get('allowedPasskeyKinds', policy.allowedPasskeyKinds);
  policy.attestationEnforced = get('attestationEnforced', policy.attestationEnforced);
  policy.aaguidAllowList = get('aaguidAllowList', policy.aaguidAllowList);
  policy.aaguidBlockList = get('aaguidBlockList', policy.aaguidBlockList);
  policy.preferredGuide = get('preferredGuide', policy.preferredGuide);
  policy.tapOffered = get('tapOffered', policy.tapOffered);
  policy.helpDesk = {
    name: get('helpDeskName', policy.helpDesk.name),
    url: get('helpDeskUrl', policy.helpDesk.url),
    phone: get('helpDeskPhone', policy.helpDesk.phone),
    email: get('helpDeskEmail', policy.helpDesk.email),
  };
  policy.companionSiteUrl = get('companionSiteUrl', policy.companionSiteUrl);
  policy.defaultLanguage = get('defaultLanguage', policy.defaultLanguage);
  policy.testPasskeyAllowed = get('testPasskeyAllowed', policy.testPasskeyAllowed);
  policy.overlayEnabled = get('overlayEnabled', policy.overlayEnabled);
  return { policy, ignored, applied: [...accepted.keys()] };
}

/** The policy as flat managed keys (for the admin view and the diagnostic). */
export function flattenPolicy(policy: OrgPolicy): Record<PolicyKey, string | boolean | string[] | null> {
  const { helpDesk, ...rest } = policy;
  return {
    ...rest,
    helpDeskName: helpDesk.name,
    helpDeskUrl: helpDesk.url,
    helpDeskPhone: helpDesk.phone,
    helpDeskEmail: helpDesk.email,
  };
}
