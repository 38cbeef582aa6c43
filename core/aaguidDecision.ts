/**
 * Would the organization accept a passkey from this provider? Compares the AAGUID with the policy's
 * block list, allow list and allowed passkey kinds. Pure. The reason is an i18n key (popup.aaguid.*).
 */
import { normalizeAaguid, providerFor, ZERO_AAGUID, type AaguidProvider } from './aaguids';
import type { OrgPolicy } from './types';

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

type Policy = Pick<OrgPolicy, 'aaguidAllowList' | 'aaguidBlockList' | 'allowedPasskeyKinds'>;

export function decideAaguid(aaguid: string, policy: Policy): AaguidDecision {
  const id = normalizeAaguid(aaguid);
  if (!id) return { outcome: 'unknown', reason: 'popup.aaguid.invalid', aaguid: null, provider: null };
  const provider = providerFor(id);
  const block = new Set(policy.aaguidBlockList.map((a) => a.toLowerCase()));
  const allow = new Set(policy.aaguidAllowList.map((a) => a.toLowerCase()));
  const restricted = allow.size > 0 || block.size > 0;
  if (id === ZERO_AAGUID) {
    // Windows and some providers hide the AAGUID without attestation: we cannot say.
    return restricted || policy.allowedPasskeyKinds.length < 2
      ? { outcome: 'unknown', reason: 'popup.aaguid.hiddenAaguid', aaguid: id, provider: null }
      : { outcome: 'allowed', reason: 'popup.aaguid.allowed', aaguid: id, provider: null };
  }
  if (block.has(id)) return { outcome: 'blocked', reason: 'popup.aaguid.blockedList', aaguid: id, provider };
  if (allow.size > 0 && !allow.has(id)) return { outcome: 'blocked', reason: 'popup.aaguid.notOnAllowList', aaguid: id, provider };
  if (provider && !policy.allowedPasskeyKinds.includes(provider.kind)) {
    return { outcome: 'blocked', reason: 'popup.aaguid.kindNotAllowed', aaguid: id, provider };
  }
  if (!provider && policy.allowedPasskeyKinds.length < 2 && !allow.has(id)) {
    return { outcome: 'unknown', reason: 'popup.aaguid.unknownKindRestricted', aaguid: id, provider };
  }
  if (allow.has(id)) return { outcome: 'allowed', reason: 'popup.aaguid.allowedList', aaguid: id, provider };
  return { outcome: 'allowed', reason: 'popup.aaguid.allowed', aaguid: id, provider };
}
