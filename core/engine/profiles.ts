/**
 * Passkey profiles: does the organization accept a passkey? Pure; shared by the engine, the popup's test passkey
 * and the admin preview.
 *
 * Semantics (Microsoft Learn, "Enable passkeys (FIDO2) for your organization",
 * https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-passkeys-fido2, 2026-03-08):
 * - a passkey is "allowed if [it] fully satisfies the requirements of at least one of the scoped passkey profiles.
 *   There's no particular order to the check";
 * - a profile = passkey types (device-bound, synced) + Enforce attestation + target specific AAGUIDs (allow or block);
 * - "Synced passkeys do not support attestation", so an attestation-enforced profile never accepts them;
 * - key restrictions apply to security keys as much as to apps and password managers.
 * An allow list with no entries allows nothing (fail closed: a policy never becomes wider than written).
 */
import { AAGUID_PROVIDERS, providerFor } from '../aaguids';
import type { OrgPolicy, PasskeyKind, PasskeyProfile } from '../types';

export interface PasskeyCandidate {
  /** Where the passkey lives; null = unknown (accepted only by a profile that allows both kinds). */
  kind: PasskeyKind | null;
  /**
   * The AAGUIDs the passkey may carry (any one of them; e.g. the three Windows Hello AAGUIDs).
   * Empty = unknown AAGUID: an allow list rejects it, a block list lets it through.
   */
  aaguids: readonly string[];
  /** Whether the path can deliver attestation Entra accepts (in-app Authenticator, security keys: yes; synced, Windows Hello, cross-device: no). */
  attested: boolean;
}

/** Why one profile rejects a candidate (first failing check). */
export type ProfileRejection = 'kind' | 'attestation' | 'aaguid-not-allowed' | 'aaguid-blocked';

export interface ProfileVerdict {
  accepted: boolean;
  /** The first profile that accepts, or null. */
  profile: PasskeyProfile | null;
  /** One entry per profile that rejects, in profile order. */
  rejections: ProfileRejection[];
}

const lower = (list: readonly string[]) => list.map((a) => a.trim().toLowerCase());

/** null when `profile` accepts `candidate`, else the reason it does not. */
export function profileRejection(profile: PasskeyProfile, candidate: PasskeyCandidate): ProfileRejection | null {
  const kinds = profile.passkeyTypes;
  const kindOk = candidate.kind === null ? kinds.includes('device-bound') && kinds.includes('synced') : kinds.includes(candidate.kind);
  if (!kindOk) return 'kind';
  if (profile.attestationEnforced && !candidate.attested) return 'attestation';
  const target = profile.targetAaguids;
  if (target) {
    const list = lower(target.aaguids);
    const ids = lower(candidate.aaguids);
    if (target.mode === 'allow' && !ids.some((a) => list.includes(a))) return 'aaguid-not-allowed';
    if (target.mode === 'block' && ids.length > 0 && ids.every((a) => list.includes(a))) return 'aaguid-blocked';
  }
  return null;
}

export function profileAccepts(profile: PasskeyProfile, candidate: PasskeyCandidate): boolean {
  return profileRejection(profile, candidate) === null;
}

/** The policy's profiles; a policy object without any (never after parsing) accepts nothing. */
function profilesOf(policy: Pick<OrgPolicy, 'passkeyProfiles'>): PasskeyProfile[] {
  return Array.isArray(policy.passkeyProfiles) ? policy.passkeyProfiles : [];
}

export function evaluateProfiles(policy: Pick<OrgPolicy, 'passkeyProfiles'>, candidate: PasskeyCandidate): ProfileVerdict {
  const rejections: ProfileRejection[] = [];
  for (const profile of profilesOf(policy)) {
    const why = profileRejection(profile, candidate);
    if (why === null) return { accepted: true, profile, rejections };
    rejections.push(why);
  }
  return { accepted: false, profile: null, rejections };
}

/** True when at least one profile accepts the candidate. */
export function anyProfileAccepts(policy: Pick<OrgPolicy, 'passkeyProfiles'>, candidate: PasskeyCandidate): boolean {
  return evaluateProfiles(policy, candidate).accepted;
}

/** AAGUIDs we know are apps, platforms or password managers, i.e. not security-key models. */
const NOT_A_KEY = new Set(
  Object.entries(AAGUID_PROVIDERS)
    .filter(([, p]) => p.source !== 'yubico')
    .map(([a]) => a),
);

export interface SecurityKeyAcceptance {
  accepted: boolean;
  /** true when some profile accepts any key model (no allow list). */
  anyModel: boolean;
  /** Named models from allow lists (core/aaguids.ts names), deduplicated. */
  models: string[];
  /** Allow-listed key AAGUIDs we cannot name. */
  unnamed: number;
}

/**
 * Which security keys the policy accepts. A key is device-bound and can be attested. A block list is taken to
 * leave some model usable; an allow list accepts only the key models it names (apps and platforms don't count).
 */
export function acceptedSecurityKeys(policy: Pick<OrgPolicy, 'passkeyProfiles'>): SecurityKeyAcceptance {
  let anyModel = false;
  const named = new Set<string>();
  const unnamed = new Set<string>();
  for (const profile of profilesOf(policy)) {
    if (!profile.passkeyTypes.includes('device-bound')) continue;
    const target = profile.targetAaguids;
    if (!target || target.mode === 'block') {
      anyModel = true;
      continue;
    }
    for (const aaguid of lower(target.aaguids)) {
      if (NOT_A_KEY.has(aaguid)) continue;
      const name = providerFor(aaguid)?.name;
      if (name) named.add(name);
      else unnamed.add(aaguid);
    }
  }
  const models = [...named];
  return { accepted: anyModel || models.length > 0 || unnamed.size > 0, anyModel, models, unnamed: unnamed.size };
}
