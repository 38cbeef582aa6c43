/**
 * Every managed policy setting, declared once: its key, JSON type, English title and description (for
 * `public/managed_schema.json` and the table in `docs/enterprise.md`), the accepted values, the default
 * (read from DEFAULT_POLICY), how a value is checked, and the admin view's localized description
 * (`admin.settings.<key>` in locales/*.json).
 *
 * `test/unit/policySettings.test.ts` compares the schema file and the docs table with this registry and
 * fails when they drift; `PG_UPDATE_POLICY_FILES=1 npx vitest run test/unit/policySettings.test.ts` rewrites both.
 *
 * Passkey profiles follow Microsoft Entra's passkey (FIDO2) profiles:
 * https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-passkeys-fido2 (2026-03-08).
 * Pure: no browser globals.
 */
import { DEFAULT_POLICY, GUIDE_IDS, LANGUAGES, type OrgPolicy, type PasskeyKind } from './types';
import {
  checkHttpsUrl,
  MAX_EMAIL,
  MAX_PHONE,
  MAX_TENANT,
  MAX_URL,
  normalizeEmail,
  normalizeGuid,
  normalizePhone,
  normalizeTenant,
  stripUnsafe,
} from './validation';

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
  | 'admin.reason.tooMany'
  | 'admin.reason.badDate'
  | 'admin.reason.overridden';

/** One problem found in a value; `at` names the entry inside it (`[3]`, `[0].aaguids[2]`). */
export interface SettingIssue {
  reason: PolicyReason;
  at?: string;
  /** The offending part of the value, when it is not the whole value. */
  part?: unknown;
}

/** A check's outcome: `applied` false means the default stays; issues are reported either way. */
export interface CheckResult<T = unknown> {
  applied: boolean;
  value?: T;
  issues: SettingIssue[];
}

export const MAX_TEXT = 100;
/** An allow list longer than this is cut (narrower, never wider); a block list is kept whole. */
export const MAX_AAGUIDS = 200;
/** Entra allows a handful of passkey profiles; more than this is a mistake. Extra profiles are dropped (narrower). */
export const MAX_PROFILES = 10;
export const PASSKEY_KINDS: readonly PasskeyKind[] = ['device-bound', 'synced'];

/** null: set to nothing, as for every setting: the default applies (core/policy.ts treats a null restriction as absent). */
const notSet: CheckResult<null> = { applied: true, value: null, issues: [] };
const pass = <T>(value: T, issues: SettingIssue[] = []): CheckResult<T> => ({ applied: true, value, issues });
const fail = (reason: PolicyReason): CheckResult<never> => ({ applied: false, issues: [{ reason }] });

function text(max: number) {
  return (value: unknown): CheckResult<string | null> => {
    if (value === null) return pass(null);
    if (typeof value !== 'string') return fail('admin.reason.wrongType');
    const clean = stripUnsafe(value).trim();
    if (!clean) return fail('admin.reason.empty');
    if (clean.length > max) return fail('admin.reason.tooLong');
    return pass(clean);
  };
}

function httpsUrl(value: unknown): CheckResult<string | null> {
  if (value === null) return pass(null);
  if (typeof value !== 'string') return fail('admin.reason.wrongType');
  if (!value.trim()) return fail('admin.reason.empty');
  const result = checkHttpsUrl(value);
  if (result.ok) return pass(result.url);
  return fail(result.reason === 'tooLong' ? 'admin.reason.tooLong' : 'admin.reason.notHttps');
}

function bool(value: unknown): CheckResult<boolean> {
  return typeof value === 'boolean' ? pass(value) : fail('admin.reason.wrongType');
}

function oneOf(allowed: readonly string[]) {
  return (value: unknown): CheckResult<string | null> => {
    if (value === null) return pass(null);
    if (typeof value !== 'string') return fail('admin.reason.wrongType');
    const v = value.trim();
    return allowed.includes(v) ? pass(v) : fail('admin.reason.notAllowed');
  };
}

function normalized(max: number, normalize: (v: string) => string | null, reason: PolicyReason) {
  return (value: unknown): CheckResult<string | null> => {
    const t = text(max)(value);
    if (!t.applied || t.value === null || t.value === undefined) return t;
    const v = normalize(t.value);
    return v === null ? fail(reason) : pass(v);
  };
}

/** YYYY-MM-DD, a real calendar date. */
function date(value: unknown): CheckResult<string | null> {
  if (value === null) return pass(null);
  if (typeof value !== 'string') return fail('admin.reason.wrongType');
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return fail('admin.reason.badDate');
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v ? pass(v) : fail('admin.reason.badDate');
}

/**
 * Passkey kinds. Valid entries are kept, bad ones reported. When the organization wrote something but no
 * valid kind is left, the result is an empty list: no passkey is accepted (never "every kind").
 */
export function checkKinds(value: unknown, at = ''): CheckResult<PasskeyKind[]> {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) return { applied: true, value: [], issues: [{ reason: 'admin.reason.wrongType', at: at || undefined }] };
  const out: PasskeyKind[] = [];
  const issues: SettingIssue[] = [];
  list.forEach((item, i) => {
    const v = typeof item === 'string' ? item.trim() : item;
    if ((PASSKEY_KINDS as readonly unknown[]).includes(v)) {
      if (!out.includes(v as PasskeyKind)) out.push(v as PasskeyKind);
    } else issues.push({ reason: typeof item === 'string' ? 'admin.reason.notAllowed' : 'admin.reason.wrongType', at: `${at}[${i}]`, part: item });
  });
  if (out.length === 0 && issues.length === 0) issues.push({ reason: 'admin.reason.empty', at: at || undefined });
  return { applied: true, value: out, issues };
}

/**
 * An AAGUID list. Valid entries are kept (lower-case, no duplicates), each bad one is reported.
 * `mode` decides what "too many" does: an allow list is cut (narrower), a block list kept whole.
 */
export function checkAaguids(value: unknown, mode: 'allow' | 'block', at = ''): CheckResult<string[]> {
  if (!Array.isArray(value)) return { applied: true, value: [], issues: [{ reason: 'admin.reason.wrongType', at: at || undefined }] };
  const out: string[] = [];
  const issues: SettingIssue[] = [];
  value.forEach((item, i) => {
    if (typeof item !== 'string') {
      issues.push({ reason: 'admin.reason.wrongType', at: `${at}[${i}]`, part: item });
      return;
    }
    const v = normalizeGuid(item);
    if (v === null) {
      issues.push({ reason: 'admin.reason.badAaguid', at: `${at}[${i}]`, part: item });
      return;
    }
    if (!out.includes(v)) out.push(v);
  });
  if (mode === 'allow' && out.length > MAX_AAGUIDS) {
    issues.push({ reason: 'admin.reason.tooMany', at: at || undefined });
    out.length = MAX_AAGUIDS;
  }
  return { applied: true, value: out, issues };
}

/**
 * What a setting looks like in the managed schema (Chrome's JSON-schema subset). Chromium drops a value that
 * does not match the schema before the extension sees it. That is harmless for a display setting (the default
 * applies, and chrome://policy shows the error), so those may carry an `enum`. It is NOT harmless for a passkey
 * restriction: a dropped list would mean "no restriction". Restrictions therefore use plain string types and
 * our own parser, which keeps what is valid and fails closed.
 */
export type SchemaType = { type: 'string'; enum?: readonly string[] } | { type: 'boolean' } | { type: 'array'; items: SchemaType | SchemaObject };
interface SchemaObject {
  type: 'object';
  properties: Record<string, SchemaType>;
}

export interface SettingDef {
  key: string;
  /** English title (schema, docs). */
  title: string;
  /** English description (schema, docs). The admin view shows the translation `admin.settings.<key>`. */
  description: string;
  /** Accepted values, for the docs table. */
  accepted: string;
  schema: SchemaType;
  /** The admin view's grouping. */
  group: 'organization' | 'passkeys' | 'helpDesk' | 'surfaces';
  check: (value: unknown) => CheckResult;
  /** The value in effect, in managed-key form (for the admin view, the diagnostic and the default column). */
  read: (policy: OrgPolicy) => string | boolean | string[] | null;
}

const stringType: SchemaType = { type: 'string' };
const stringList: SchemaType = { type: 'array', items: { type: 'string' } };
const profile = (p: OrgPolicy) => (p.passkeyProfiles.length === 1 ? p.passkeyProfiles[0]! : null);

export const SETTINGS = [
  {
    key: 'organizationName',
    title: 'Organization name',
    description: "Your organization's name, shown in the popup, the overlay and the companion page.",
    accepted: `≤ ${MAX_TEXT} characters; control and bidi-override characters removed`,
    schema: stringType,
    group: 'organization',
    check: text(MAX_TEXT),
    read: (p) => p.organizationName,
  },
  {
    key: 'organizationLogoText',
    title: 'Organization logo text',
    description: 'A short text mark (for example CONTOSO) shown instead of a logo.',
    accepted: '≤ 12 characters',
    schema: stringType,
    group: 'organization',
    check: text(12),
    read: (p) => p.organizationLogoText,
  },
  {
    key: 'tenant',
    title: 'Microsoft Entra tenant',
    description:
      'Tenant ID (GUID) or verified domain (contoso.onmicrosoft.com). Added as ?tenant= to Security info links so employees land in the right organization.',
    accepted: `tenant GUID or domain, ≤ ${MAX_TENANT} characters`,
    schema: stringType,
    group: 'organization',
    check: normalized(MAX_TENANT, normalizeTenant, 'admin.reason.badTenant'),
    read: (p) => p.tenant,
  },
  {
    key: 'passkeyProfiles',
    title: 'Passkey profiles',
    description:
      'Your Entra passkey profiles, each {name, passkeyTypes, attestationEnforced, aaguidMode, aaguids}. A passkey is accepted when any one profile accepts it. When set, it replaces allowedPasskeyKinds, attestationEnforced, aaguidAllowList and aaguidBlockList.',
    accepted: `≤ ${MAX_PROFILES} profiles; passkeyTypes ⊆ device-bound, synced; aaguidMode allow or block; aaguids are GUIDs. A bad entry is dropped and reported; a profile never becomes wider than written (an allow list with no valid entry allows nothing)`,
    schema: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          passkeyTypes: stringList,
          attestationEnforced: { type: 'boolean' },
          aaguidMode: stringType,
          aaguids: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    group: 'passkeys',
    // Checked in core/policy.ts (parseProfiles): it needs the flat keys too.
    check: () => pass(null),
    read: () => null,
  },
  {
    key: 'allowedPasskeyKinds',
    title: 'Allowed passkey kinds',
    description:
      'One-profile shorthand: which passkeys your Entra passkey profile accepts, device-bound (Microsoft Authenticator, security keys, Windows Hello) and/or synced (Apple Passwords, Google Password Manager). Guides that lead to a kind you do not allow are not offered.',
    accepted: 'subset of `device-bound`, `synced`; bad entries dropped; nothing valid left = no kind accepted',
    schema: stringList,
    group: 'passkeys',
    check: (v) => (v === null ? notSet : checkKinds(v)),
    read: (p) => profile(p)?.passkeyTypes ?? null,
  },
  {
    key: 'attestationEnforced',
    title: 'Attestation enforced',
    description:
      'One-profile shorthand: true when your passkey profile enforces attestation. Synced passkeys and unattested authenticators are then refused, and the guide says so.',
    accepted: 'true or false',
    schema: { type: 'boolean' },
    group: 'passkeys',
    // Unreadable: reported, and the stricter reading (enforced) applies.
    check: (v) => (v === null ? notSet : typeof v === 'boolean' ? pass(v) : { applied: true, value: true, issues: [{ reason: 'admin.reason.wrongType' }] }),
    read: (p) => profile(p)?.attestationEnforced ?? null,
  },
  {
    key: 'aaguidAllowList',
    title: 'AAGUID allow list',
    description: 'One-profile shorthand: the authenticator AAGUIDs your passkey profile allows. Empty or unset: no restriction.',
    accepted: `GUIDs, case-insensitive; bad entries dropped and reported; ≤ ${MAX_AAGUIDS}; a list whose entries are all bad allows nothing`,
    schema: stringList,
    group: 'passkeys',
    check: (v) => (v === null ? notSet : checkAaguids(v, 'allow')),
    read: (p) => {
      const t = profile(p)?.targetAaguids;
      return t?.mode === 'allow' ? t.aaguids : null;
    },
  },
  {
    key: 'aaguidBlockList',
    title: 'AAGUID block list',
    description:
      'One-profile shorthand: the authenticator AAGUIDs your passkey profile blocks. With an allow list as well, blocked entries are removed from it.',
    accepted: 'GUIDs, case-insensitive; bad entries dropped and reported',
    schema: stringList,
    group: 'passkeys',
    check: (v) => (v === null ? notSet : checkAaguids(v, 'block')),
    read: (p) => {
      const t = profile(p)?.targetAaguids;
      return t?.mode === 'block' ? t.aaguids : null;
    },
  },
  {
    key: 'selfServiceSetupAllowed',
    title: 'Self-service set-up allowed',
    description:
      'False when your passkey policy turns off "Allow self-service set up": employees cannot add a passkey on Security info, and the guides say that IT registers it.',
    accepted: 'true or false',
    schema: { type: 'boolean' },
    group: 'passkeys',
    check: bool,
    read: (p) => p.selfServiceSetupAllowed,
  },
  {
    key: 'registrationDeadline',
    title: 'Registration deadline',
    description: "Your organization's date by which employees must add a passkey, shown on the sign-in prompt explainer.",
    accepted: 'a date, YYYY-MM-DD',
    schema: stringType,
    group: 'passkeys',
    check: date,
    read: (p) => p.registrationDeadline,
  },
  {
    key: 'preferredGuide',
    title: 'Preferred guide',
    description: 'The guide to recommend when several fit the device.',
    accepted: GUIDE_IDS.map((g) => `\`${g}\``).join(', '),
    schema: { type: 'string', enum: GUIDE_IDS },
    group: 'passkeys',
    check: oneOf(GUIDE_IDS),
    read: (p) => p.preferredGuide,
  },
  {
    key: 'tapOffered',
    title: 'Temporary Access Pass offered',
    description:
      'True when your help desk issues a Temporary Access Pass to employees who have no other sign-in method; the guide then tells them to ask for one.',
    accepted: 'true or false',
    schema: { type: 'boolean' },
    group: 'helpDesk',
    check: bool,
    read: (p) => p.tapOffered,
  },
  {
    key: 'helpDeskName',
    title: 'Help desk name',
    description: 'Name of the team employees should contact.',
    accepted: `≤ ${MAX_TEXT} characters`,
    schema: stringType,
    group: 'helpDesk',
    check: text(MAX_TEXT),
    read: (p) => p.helpDesk.name,
  },
  {
    key: 'helpDeskUrl',
    title: 'Help desk web page',
    description: 'The https:// address of your help desk or self-service portal.',
    accepted: `\`https://\` only; no whitespace, \`@\`, credentials, non-ASCII characters or IP-address hosts; ≤ ${MAX_URL}`,
    schema: stringType,
    group: 'helpDesk',
    check: httpsUrl,
    read: (p) => p.helpDesk.url,
  },
  {
    key: 'helpDeskPhone',
    title: 'Help desk phone number',
    description: 'Phone number in international format, for example +31 20 123 4567.',
    accepted: `digits, spaces, \`+ ( ) . - /\` (a leading \`+\` is kept), ≤ ${MAX_PHONE}`,
    schema: stringType,
    group: 'helpDesk',
    check: normalized(MAX_PHONE, (v) => normalizePhone(v), 'admin.reason.badPhone'),
    read: (p) => p.helpDesk.phone,
  },
  {
    key: 'helpDeskEmail',
    title: 'Help desk e-mail address',
    description: 'E-mail address of your help desk.',
    accepted: 'an ASCII e-mail address (never a URL)',
    schema: stringType,
    group: 'helpDesk',
    check: normalized(MAX_EMAIL, normalizeEmail, 'admin.reason.badEmail'),
    read: (p) => p.helpDesk.email,
  },
  {
    key: 'companionSiteUrl',
    title: 'Companion site URL',
    description: 'The https:// address where you host the companion web page (for guided links and QR codes). Unset: the page inside the extension is used.',
    accepted: '`https://` only, same rules as `helpDeskUrl`',
    schema: stringType,
    group: 'surfaces',
    check: httpsUrl,
    read: (p) => p.companionSiteUrl,
  },
  {
    key: 'defaultLanguage',
    title: 'Default language',
    description: "Language used when the employee has not chosen one. Unset: the browser's language.",
    accepted: LANGUAGES.map((l) => `\`${l}\``).join(', '),
    schema: { type: 'string', enum: LANGUAGES },
    group: 'surfaces',
    check: oneOf(LANGUAGES),
    read: (p) => p.defaultLanguage,
  },
  {
    key: 'testPasskeyAllowed',
    title: 'Test passkey allowed',
    description: 'False hides the local test that creates one test passkey for the extension itself (a rerun replaces it).',
    accepted: 'true or false',
    schema: { type: 'boolean' },
    group: 'surfaces',
    check: bool,
    read: (p) => p.testPasskeyAllowed,
  },
  {
    key: 'overlayEnabled',
    title: 'Overlay on Security info',
    description: 'False turns off the step-by-step panel on mysignins.microsoft.com; the popup and companion page still work.',
    accepted: 'true or false',
    schema: { type: 'boolean' },
    group: 'surfaces',
    check: bool,
    read: (p) => p.overlayEnabled,
  },
  {
    key: 'signInPromptOverlay',
    title: 'Overlay on the sign-in prompt',
    description: 'False turns off the explainer on the Microsoft sign-in pages (login.microsoftonline.com) that ask employees to create a passkey.',
    accepted: 'true or false',
    schema: { type: 'boolean' },
    group: 'surfaces',
    check: bool,
    read: (p) => p.signInPromptOverlay,
  },
] as const satisfies readonly SettingDef[];

export type PolicyKey = (typeof SETTINGS)[number]['key'];
export const POLICY_KEYS: readonly PolicyKey[] = SETTINGS.map((s) => s.key);
/** The flat keys that together mean one passkey profile (passkeyProfiles wins over them). */
export const FLAT_PROFILE_KEYS = ['allowedPasskeyKinds', 'attestationEnforced', 'aaguidAllowList', 'aaguidBlockList'] as const satisfies readonly PolicyKey[];

export function settingFor(key: string): SettingDef | undefined {
  return (SETTINGS as readonly SettingDef[]).find((s) => s.key === key);
}

/** The admin view's localized description key for a setting. */
export function settingDescriptionKey(key: PolicyKey): `admin.settings.${PolicyKey}` {
  return `admin.settings.${key}`;
}

/** public/managed_schema.json, generated from the registry. */
export function managedSchema(): { type: 'object'; properties: Record<string, unknown> } {
  const properties: Record<string, unknown> = {};
  for (const s of SETTINGS as readonly SettingDef[]) properties[s.key] = { title: s.title, description: s.description, ...s.schema };
  return { type: 'object', properties };
}

function defaultText(s: SettingDef): string {
  const v = s.read(DEFAULT_POLICY);
  if (s.key === 'passkeyProfiles') return 'one profile: both kinds, no attestation, no AAGUID list';
  if (s.key === 'aaguidAllowList' || s.key === 'aaguidBlockList') return '— (no restriction)';
  if (s.key === 'defaultLanguage') return 'browser language';
  if (v === null) return '—';
  return `\`${JSON.stringify(v)}\``;
}

function typeText(schema: SchemaType): string {
  if (schema.type === 'array') return schema.items.type === 'object' ? 'object[]' : `${schema.items.type}[]`;
  return schema.type;
}

/** The settings table in docs/enterprise.md, generated from the registry. */
export function docsTable(): string {
  const rows = (SETTINGS as readonly SettingDef[]).map(
    (s) => `| \`${s.key}\` | ${typeText(s.schema)} | ${defaultText(s)} | ${s.description} ${s.accepted ? `Accepted: ${s.accepted}.` : ''} |`,
  );
  return ['| key | type | default | meaning and accepted values |', '|---|---|---|---|', ...rows].join('\n');
}
