/**
 * Would the organization accept a passkey from this provider? Looks the AAGUID up (core/aaguids.ts) and asks
 * the organization's passkey profiles (core/engine/profiles.ts, the one profile rule shared with the engine
 * and the admin preview). Pure. The reason is an i18n key (popup.aaguid.*).
 *
 * The AAGUID is what the authenticator says about itself: without verified attestation it is a claim, not
 * proof (Microsoft Learn, "Passkeys (FIDO2) … attestation", https://learn.microsoft.com/entra/identity/authentication/how-to-enable-passkey-fido2,
 * 2026-03-08). Callers must present the result as a hint (popup.test.selfAsserted).
 */
import { normalizeAaguid, providerFor, ZERO_AAGUID, type AaguidProvider } from './aaguids';
import { evaluateProfiles, type PasskeyCandidate } from './engine/profiles';
import type { OrgPolicy, PasskeyProfile } from './types';

export type AaguidReason =
  | 'popup.aaguid.blockedList'
  | 'popup.aaguid.notOnAllowList'
  | 'popup.aaguid.kindNotAllowed'
  | 'popup.aaguid.unknownKindRestricted'
  | 'popup.aaguid.hiddenAaguid'
  | 'popup.aaguid.invalid'
  | 'popup.aaguid.allowedList'
  | 'popup.aaguid.allowed';

export interface AaguidDecision {
  outcome: 'allowed' | 'blocked' | 'unknown';
  reason: AaguidReason;
  aaguid: string | null;
  provider: AaguidProvider | null;
}

type Policy = Pick<OrgPolicy, 'passkeyProfiles'>;

/** A profile that restricts anything at all (kinds, attestation or AAGUIDs). */
function restricts(p: PasskeyProfile): boolean {
  return p.targetAaguids !== null || p.attestationEnforced || !(p.passkeyTypes.includes('device-bound') && p.passkeyTypes.includes('synced'));
}

/**
 * Whether registration through this provider can deliver attestation Entra accepts: Microsoft Authenticator
 * and security keys can; synced providers cannot; Windows Hello and password managers are not attested.
 */
function canAttest(provider: AaguidProvider | null): boolean {
  return (
    provider !== null && provider.kind === 'device-bound' && (provider.source === 'learn' || provider.source === 'yubico' || provider.source === 'chromium')
  );
}

export function decideAaguid(aaguid: string, policy: Policy): AaguidDecision {
  const id = normalizeAaguid(aaguid);
  if (!id) return { outcome: 'unknown', reason: 'popup.aaguid.invalid', aaguid: null, provider: null };
  const profiles = Array.isArray(policy.passkeyProfiles) ? policy.passkeyProfiles : [];
  if (id === ZERO_AAGUID) {
    // Windows and some providers hide the AAGUID without attestation: we cannot say, unless nothing is restricted.
    return profiles.length > 0 && !profiles.some(restricts)
      ? { outcome: 'allowed', reason: 'popup.aaguid.allowed', aaguid: id, provider: null }
      : { outcome: 'unknown', reason: 'popup.aaguid.hiddenAaguid', aaguid: id, provider: null };
  }
  const provider = providerFor(id);
  const candidate: PasskeyCandidate = { kind: provider?.kind ?? null, aaguids: [id], attested: canAttest(provider) };
  const verdict = evaluateProfiles(policy, candidate);
  if (verdict.accepted) {
    const listed = verdict.profile?.targetAaguids?.mode === 'allow';
    return { outcome: 'allowed', reason: listed ? 'popup.aaguid.allowedList' : 'popup.aaguid.allowed', aaguid: id, provider };
  }
  const why = verdict.rejections;
  if (why.includes('aaguid-blocked') && !why.includes('aaguid-not-allowed'))
    return { outcome: 'blocked', reason: 'popup.aaguid.blockedList', aaguid: id, provider };
  if (why.includes('aaguid-not-allowed')) return { outcome: 'blocked', reason: 'popup.aaguid.notOnAllowList', aaguid: id, provider };
  if (why.includes('aaguid-blocked')) return { outcome: 'blocked', reason: 'popup.aaguid.blockedList', aaguid: id, provider };
  // Kind or attestation: for a provider we cannot name, we do not know its kind.
  if (!provider) return { outcome: 'unknown', reason: 'popup.aaguid.unknownKindRestricted', aaguid: id, provider };
  return { outcome: 'blocked', reason: 'popup.aaguid.kindNotAllowed', aaguid: id, provider };
}
