/**
 * Known failures and the action that fixes each one (text: engine.troubleshooting.<id>), and the map from the page's
 * error ids (core/page PAGE_ERRORS, `data-step` when `data-state="error"`) to these fixes. Pure data.
 */
import type { GuideId } from '../types';
import type { SourceId } from './sources';

export type TroubleshootingId =
  | 'not-registered'
  | 'not-accepted'
  | 'passkey-already-exists'
  | 'already-registered-whfb'
  | 'provider-not-allowed'
  | 'couldnt-connect'
  | 'attestation-busy'
  | 'could-not-be-added'
  | 'mfa-required'
  | 'key-limit'
  | 'ca-loop'
  | 'passkey-invalidated'
  | 'pin-instead-of-biometrics'
  | 'generic';

export interface TroubleshootingRow {
  id: TroubleshootingId;
  guides: GuideId[];
  /** Page error ids this fix answers. */
  pageErrors: string[];
  /** Admin-facing (the employee forwards it to IT). */
  admin?: boolean;
  sources: SourceId[];
}

const PASSKEY: GuideId[] = ['authenticator-app', 'cross-device', 'security-key', 'platform'];
const PHONE: GuideId[] = ['authenticator-app', 'cross-device'];

/** Order = order shown. */
export const TROUBLESHOOTING: TroubleshootingRow[] = [
  // "Passkey not registered. This might be due to a timeout, a canceled request or a private browsing window."
  { id: 'not-registered', guides: PASSKEY, pageErrors: ['not-registered'], sources: ['FIDODG', 'REG26'] },
  // "Passkey not accepted": attestation rejected a passkey made through the browser → delete it in Authenticator, create it in the app.
  { id: 'not-accepted', guides: PHONE, pageErrors: ['not-accepted'], sources: ['EN26', 'REG26'] },
  // Authenticator saved a passkey Entra never registered → delete only the local passkey in Authenticator, retry.
  { id: 'passkey-already-exists', guides: PHONE, pageErrors: ['already-exists'], sources: ['REG26'] },
  // Windows Hello for Business already holds a credential for the account → "already registered": use the phone or a key.
  { id: 'already-registered-whfb', guides: ['platform'], pageErrors: ['already-exists'], sources: ['WIN26'] },
  { id: 'provider-not-allowed', guides: PASSKEY, pageErrors: ['provider-not-allowed'], sources: ['FIDO26'] },
  // "Device couldn't connect": Bluetooth and internet on both devices.
  { id: 'couldnt-connect', guides: ['cross-device'], pageErrors: ['couldnt-connect'], sources: ['FAQ26', 'REG26'] },
  // Heavy service usage (Play Integrity / App Attest) can make registration fail → try again later.
  { id: 'attestation-busy', guides: PHONE, pageErrors: ['generic', 'not-registered'], sources: ['EN26'] },
  // "Passkey could not be added" inside Authenticator → Send feedback > Having trouble, give the feedback ID to IT.
  { id: 'could-not-be-added', guides: PHONE, pageErrors: [], sources: ['FAQ26'] },
  { id: 'mfa-required', guides: PASSKEY, pageErrors: ['mfa-required'], sources: ['FIDO26'] },
  { id: 'key-limit', guides: ['security-key'], pageErrors: ['key-limit'], sources: ['CONNECT26'] },
  // Sign-in loop between Authenticator and Security info under Conditional Access → admins exclude app 6aa00308-….
  { id: 'ca-loop', guides: ['authenticator-app'], pageErrors: ['generic'], admin: true, sources: ['CALOOP'] },
  { id: 'passkey-invalidated', guides: PHONE, pageErrors: [], sources: ['FAQ26'] },
  { id: 'pin-instead-of-biometrics', guides: ['authenticator-app', 'cross-device', 'platform'], pageErrors: [], sources: ['FAQ26'] },
  { id: 'generic', guides: PASSKEY, pageErrors: ['generic'], sources: ['REG26'] },
];

/**
 * The fixes for a page error id (e.g. 'already-exists'), most specific first. With a guide, only the fixes that apply
 * to that guide; an id nobody maps falls back to 'generic'.
 */
export function fixesForPageError(errorId: string, guide?: GuideId): TroubleshootingId[] {
  const rows = TROUBLESHOOTING.filter((r) => r.pageErrors.includes(errorId) && (guide === undefined || r.guides.includes(guide)));
  return rows.length > 0 ? rows.map((r) => r.id) : ['generic'];
}
