/**
 * Validates the organization's managed policy (storage.managed / the background's cached copy of it).
 * Pure and total: any input gives a policy — each setting falls back to its safe default on its
 * own — plus a list of what was ignored and why (reason = i18n key under `admin.reason.*`).
 *
 * The settings, their checks and descriptions are declared once in core/settings.ts.
 *
 * Passkey restrictions fail closed: bad AAGUIDs and kinds are dropped and reported one by one, and what
 * is left is never wider than what the organization wrote (an allow list whose entries were all bad
 * allows nothing; a passkeyProfiles value with no usable profile accepts no passkey).
 */
import { DEFAULT_POLICY, type OrgPolicy, type PasskeyKind, type PasskeyProfile } from './types';
import {
  checkAaguids,
  checkKinds,
  FLAT_PROFILE_KEYS,
  MAX_PROFILES,
  MAX_TEXT,
  POLICY_KEYS,
  type PolicyKey,
  type PolicyReason,
  type SettingIssue,
  SETTINGS,
  settingFor,
} from './settings';
import { stripUnsafe } from './validation';

export { MAX_AAGUIDS, MAX_TEXT, POLICY_KEYS, type PolicyKey, type PolicyReason } from './settings';
export { MAX_URL } from './validation';

export interface IgnoredSetting {
  /** The managed key, with the entry inside it when only part of the value was bad (`aaguidAllowList[2]`). */
  key: string;
  reason: PolicyReason;
  /** A short, printable rendering of the rejected value (never more than 80 characters). */
  value?: string;
}

export interface ParsedPolicy {
  policy: OrgPolicy;
  ignored: IgnoredSetting[];
  /** Managed keys whose value was accepted (set by the organization, not defaulted), possibly in part. */
  applied: PolicyKey[];
  /** Which managed keys set the passkey profiles: 'profiles' (passkeyProfiles), 'flat' (the four flat keys) or 'default'. */
  profileSource: 'profiles' | 'flat' | 'default';
}

/** A profile that accepts no passkey: what a restriction with nothing valid left means. */
export const DENY_ALL_PROFILE: PasskeyProfile = Object.freeze({
  name: null,
  passkeyTypes: [],
  attestationEnforced: true,
  targetAaguids: { mode: 'allow', aaguids: [] },
}) as PasskeyProfile;

/** A short printable rendering of any value, for the admin view. Never throws; never more than 80 characters. */
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
  text = stripUnsafe(text);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cloneProfile(p: PasskeyProfile): PasskeyProfile {
  return {
    ...p,
    passkeyTypes: [...p.passkeyTypes],
    targetAaguids: p.targetAaguids ? { mode: p.targetAaguids.mode, aaguids: [...p.targetAaguids.aaguids] } : null,
  };
}

function clonePolicy(p: OrgPolicy): OrgPolicy {
  return {
    ...p,
    helpDesk: { ...p.helpDesk },
    passkeyProfiles: p.passkeyProfiles.map(cloneProfile),
  };
}

function safeGet(record: Record<string, unknown>, key: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: record[key] };
  } catch {
    return { ok: false };
  }
}

/** One passkeyProfiles entry. Missing or bad parts make it narrower, never wider; null = nothing usable. */
function parseProfile(raw: unknown, at: string, issues: SettingIssue[]): PasskeyProfile | null {
  if (!isRecord(raw)) {
    issues.push({ reason: 'admin.reason.wrongType', at, part: raw });
    return null;
  }
  const get = (k: string) => safeGet(raw, k);
  const name = get('name');
  let profileName: string | null = null;
  if (name.ok && name.value !== undefined && name.value !== null) {
    const clean = typeof name.value === 'string' ? stripUnsafe(name.value).trim() : '';
    if (typeof name.value === 'string' && clean && clean.length <= MAX_TEXT) profileName = clean;
    else issues.push({ reason: typeof name.value === 'string' ? 'admin.reason.tooLong' : 'admin.reason.wrongType', at: `${at}.name`, part: name.value });
  }

  const types = get('passkeyTypes');
  let passkeyTypes: PasskeyKind[] = [];
  if (!types.ok || types.value === undefined) issues.push({ reason: 'admin.reason.empty', at: `${at}.passkeyTypes` });
  else {
    const kinds = checkKinds(types.value, `${at}.passkeyTypes`);
    passkeyTypes = kinds.value ?? [];
    issues.push(...kinds.issues);
  }

  const att = get('attestationEnforced');
  let attestationEnforced = false;
  if (!att.ok) attestationEnforced = true;
  else if (att.value !== undefined) {
    if (typeof att.value === 'boolean') attestationEnforced = att.value;
    else {
      // Unreadable: assume the stricter setting.
      attestationEnforced = true;
      issues.push({ reason: 'admin.reason.wrongType', at: `${at}.attestationEnforced`, part: att.value });
    }
  }

  const modeRaw = get('aaguidMode');
  const listRaw = get('aaguids');
  const hasList = !listRaw.ok || (listRaw.value !== undefined && listRaw.value !== null);
  const hasMode = !modeRaw.ok || (modeRaw.value !== undefined && modeRaw.value !== null);
  let targetAaguids: PasskeyProfile['targetAaguids'] = null;
  if (hasList || hasMode) {
    let mode: 'allow' | 'block' = 'allow';
    if (modeRaw.ok && (modeRaw.value === 'allow' || modeRaw.value === 'block')) mode = modeRaw.value;
    else {
      // No readable mode: an allow list is the narrower reading.
      issues.push({
        reason: hasMode ? 'admin.reason.notAllowed' : 'admin.reason.empty',
        at: `${at}.aaguidMode`,
        part: hasMode && modeRaw.ok ? modeRaw.value : undefined,
      });
    }
    const list = listRaw.ok
      ? checkAaguids(listRaw.value ?? [], mode, `${at}.aaguids`)
      : { value: [], issues: [{ reason: 'admin.reason.wrongType' as const, at: `${at}.aaguids` }] };
    issues.push(...list.issues);
    const aaguids = list.value ?? [];
    if (mode === 'block' && aaguids.length === 0 && list.issues.length === 0) targetAaguids = null;
    else targetAaguids = { mode, aaguids };
  }
  return { name: profileName, passkeyTypes, attestationEnforced, targetAaguids };
}

function parseProfiles(value: unknown, issues: SettingIssue[]): PasskeyProfile[] {
  if (!Array.isArray(value)) {
    issues.push({ reason: 'admin.reason.wrongType', part: value });
    return [cloneProfile(DENY_ALL_PROFILE)];
  }
  if (value.length === 0) {
    issues.push({ reason: 'admin.reason.empty' });
    return [cloneProfile(DENY_ALL_PROFILE)];
  }
  const profiles: PasskeyProfile[] = [];
  value.forEach((entry, i) => {
    if (i >= MAX_PROFILES) return;
    const p = parseProfile(entry, `[${i}]`, issues);
    if (p) profiles.push(p);
  });
  if (value.length > MAX_PROFILES) issues.push({ reason: 'admin.reason.tooMany' });
  return profiles.length > 0 ? profiles : [cloneProfile(DENY_ALL_PROFILE)];
}

/** The flat keys as one profile. */
function flatProfile(accepted: Map<PolicyKey, unknown>): PasskeyProfile {
  const base = DEFAULT_POLICY.passkeyProfiles[0]!;
  // A null value is "set to nothing": the default part of the profile applies.
  const kinds = (accepted.get('allowedPasskeyKinds') as PasskeyKind[] | null | undefined) ?? [...base.passkeyTypes];
  const attestation = (accepted.get('attestationEnforced') as boolean | null | undefined) ?? base.attestationEnforced;
  let targetAaguids: PasskeyProfile['targetAaguids'] = null;
  const allow = (accepted.get('aaguidAllowList') as string[] | null | undefined) ?? undefined;
  const block = (accepted.get('aaguidBlockList') as string[] | null | undefined) ?? undefined;
  const allowFailedClosed = accepted.has('aaguidAllowListFailedClosed' as PolicyKey);
  if (allow && (allow.length > 0 || allowFailedClosed)) {
    // Both lists: the allow list without the blocked entries (narrowest reading).
    targetAaguids = { mode: 'allow', aaguids: allow.filter((a) => !block?.includes(a)) };
  } else if (block && block.length > 0) targetAaguids = { mode: 'block', aaguids: [...block] };
  return { name: null, passkeyTypes: kinds, attestationEnforced: attestation, targetAaguids };
}

/** Validates raw managed storage. Never throws; unknown or invalid settings keep their defaults. */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const policy = clonePolicy(DEFAULT_POLICY);
  const ignored: IgnoredSetting[] = [];
  if (raw === undefined || raw === null) return { policy, ignored, applied: [], profileSource: 'default' };
  if (!isRecord(raw))
    return { policy, ignored: [{ key: '*', reason: 'admin.reason.notAnObject', value: describeValue(raw) }], applied: [], profileSource: 'default' };

  let keys: string[];
  try {
    keys = Object.keys(raw);
  } catch {
    return { policy, ignored: [{ key: '*', reason: 'admin.reason.notAnObject' }], applied: [], profileSource: 'default' };
  }
  const report = (key: string, issues: SettingIssue[], whole: unknown) => {
    for (const issue of issues) {
      const value = issue.at ? (issue.part === undefined ? undefined : describeValue(issue.part)) : describeValue(issue.part ?? whole);
      ignored.push({
        key: `${key}${issue.at ? (issue.at.startsWith('[') ? '' : '.') + issue.at : ''}`,
        reason: issue.reason,
        ...(value === undefined ? {} : { value }),
      });
    }
  };
  const accepted = new Map<PolicyKey, unknown>();
  let profilesRaw: { present: boolean; value: unknown } = { present: false, value: undefined };
  for (const key of keys.sort()) {
    const got = safeGet(raw, key);
    if (!got.ok) {
      ignored.push({ key: describeValue(key).slice(1, -1), reason: 'admin.reason.wrongType' });
      continue;
    }
    const value = got.value;
    const setting = (POLICY_KEYS as readonly string[]).includes(key) ? settingFor(key) : undefined;
    if (!setting) {
      ignored.push({ key: describeValue(key).slice(1, -1), reason: 'admin.reason.unknownKey' });
      continue;
    }
    if (key === 'passkeyProfiles') {
      profilesRaw = { present: true, value };
      continue;
    }
    const result = setting.check(value);
    if (result.applied) accepted.set(key as PolicyKey, result.value);
    // A given allow list with nothing valid left still restricts (allows nothing).
    if (key === 'aaguidAllowList' && Array.isArray(value) && value.length > 0 && (result.value as string[]).length === 0)
      accepted.set('aaguidAllowListFailedClosed' as PolicyKey, true);
    if (key === 'aaguidAllowList' && !Array.isArray(value) && value !== null) accepted.set('aaguidAllowListFailedClosed' as PolicyKey, true);
    report(key, result.issues, value);
  }

  const get = <T>(key: PolicyKey, fallback: T): T => (accepted.has(key) ? (accepted.get(key) as T) : fallback);
  policy.organizationName = get('organizationName', policy.organizationName);
  policy.organizationLogoText = get('organizationLogoText', policy.organizationLogoText);
  policy.tenant = get('tenant', policy.tenant);
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
  policy.selfServiceSetupAllowed = get('selfServiceSetupAllowed', policy.selfServiceSetupAllowed);
  policy.registrationDeadline = get('registrationDeadline', policy.registrationDeadline);
  policy.signInPromptOverlay = get('signInPromptOverlay', policy.signInPromptOverlay);

  // Passkey profiles: passkeyProfiles wins; the flat keys are then reported as overridden.
  let profileSource: ParsedPolicy['profileSource'] = 'default';
  const flatGiven = FLAT_PROFILE_KEYS.filter(
    (k) => (accepted.has(k) && accepted.get(k) !== null) || ignored.some((i) => i.key === k || i.key.startsWith(`${k}[`)),
  );
  if (profilesRaw.present && profilesRaw.value !== null) {
    const issues: SettingIssue[] = [];
    policy.passkeyProfiles = parseProfiles(profilesRaw.value, issues);
    report('passkeyProfiles', issues, profilesRaw.value);
    accepted.set('passkeyProfiles', policy.passkeyProfiles);
    profileSource = 'profiles';
    for (const key of FLAT_PROFILE_KEYS) {
      if (!flatGiven.includes(key)) continue;
      accepted.delete(key);
      for (let i = ignored.length - 1; i >= 0; i--) if (ignored[i]!.key === key || ignored[i]!.key.startsWith(`${key}[`)) ignored.splice(i, 1);
      ignored.push({ key, reason: 'admin.reason.overridden' });
    }
  } else if (profilesRaw.present) {
    // null: "not set", like every other setting; the flat keys (or the default) apply.
    accepted.set('passkeyProfiles', null);
  }
  if (profileSource === 'default' && flatGiven.length > 0) {
    policy.passkeyProfiles = [flatProfile(accepted)];
    profileSource = 'flat';
  }
  accepted.delete('aaguidAllowListFailedClosed' as PolicyKey);
  const applied = [...accepted.keys()].filter((k) => !ignored.some((i) => i.key === k));
  return { policy, ignored, applied, profileSource };
}

/** The policy as flat managed keys (for the admin view and the diagnostic). passkeyProfiles is summarized by the view. */
export function flattenPolicy(policy: OrgPolicy): Record<PolicyKey, string | boolean | string[] | null> {
  const out = {} as Record<PolicyKey, string | boolean | string[] | null>;
  for (const s of SETTINGS) out[s.key] = s.read(policy);
  return out;
}
