/**
 * AAGUID → passkey provider, for the popup's test passkey. Written by us from public facts; one entry
 * per provider we need to name. Sources:
 * - [community] passkeydeveloper/passkey-authenticator-aaguids `aaguid.json` (snapshot 47b6f84, 2026-08-07),
 *   https://github.com/passkeydeveloper/passkey-authenticator-aaguids (names are facts; the list has no licence, so
 *   only the names we need are written here, not a copy of the file).
 * - [learn] Microsoft Learn "Enable passkeys in Authenticator" (how-to-enable-authenticator-passkey.md, 07/05/2026):
 *   Microsoft Authenticator for iOS and Android AAGUIDs.
 * - [yubico] Yubico "YubiKey hardware FIDO2 AAGUIDs" support article (YubiKey 5 series, firmware 5.1–5.7).
 *   Checked 2026-12-04: cb69481e, ee882879 ("YubiKey 5 Series") and 2fc0579f ("YubiKey 5 Series with NFC") match
 *   the FIDO MDS names in passkey-authenticator-aaguids `dist/<aaguid>/meta.json`; fa2b99dc (5 NFC, fw 5.1) and
 *   c5ef55ff (5Ci, fw 5.2–5.4) are not in that index and were matched against several independent public lists.
 * - [chromium] Chromium's CDP virtual authenticator AAGUID (observed in authData with the DevTools protocol's
 *   WebAuthn.addVirtualAuthenticator, https://chromedevtools.github.io/devtools-protocol/tot/WebAuthn/, 2026; the
 *   browser tests in test/browser/popup.spec.ts use it), tests only.
 * The kind says where the passkey lives: "synced" (copied to the provider's cloud) or "device-bound".
 * An AAGUID is a claim, not proof: without attestation it can be spoofed (Entra synced-passkey FAQ).
 */
import type { PasskeyKind } from './types';
import { normalizeGuid } from './validation';

export interface AaguidProvider {
  name: string;
  kind: PasskeyKind;
  source: 'community' | 'learn' | 'yubico' | 'chromium';
}

export const ZERO_AAGUID = '00000000-0000-0000-0000-000000000000';
export const VIRTUAL_AUTHENTICATOR_AAGUID = '01020304-0506-0708-0102-030405060708';

export const AAGUID_PROVIDERS: Readonly<Record<string, AaguidProvider>> = {
  '90a3ccdf-635c-4729-a248-9b709135078f': { name: 'Microsoft Authenticator (iOS)', kind: 'device-bound', source: 'learn' },
  'de1e552d-db1d-4423-a619-566b625cdc84': { name: 'Microsoft Authenticator (Android)', kind: 'device-bound', source: 'learn' },
  'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4': { name: 'Google Password Manager', kind: 'synced', source: 'community' },
  'adce0002-35bc-c60a-648b-0b25f1f05503': { name: 'Chrome on Mac', kind: 'device-bound', source: 'community' },
  'b5397666-4885-aa6b-cebf-e52262a439a2': { name: 'Chromium Browser', kind: 'device-bound', source: 'community' },
  '771b48fd-d3d4-4f74-9232-fc157ab0507a': { name: 'Edge on Mac', kind: 'device-bound', source: 'community' },
  '08987058-cadc-4b81-b6e1-30de50dcbe96': { name: 'Windows Hello', kind: 'device-bound', source: 'community' },
  '9ddd1817-af5a-4672-a2b9-3e3dd95000a9': { name: 'Windows Hello', kind: 'device-bound', source: 'community' },
  '6028b017-b1d4-4c02-b4b3-afcdafc96bb2': { name: 'Windows Hello', kind: 'device-bound', source: 'community' },
  'fbfc3007-154e-4ecc-8c0b-6e020557d7bd': { name: 'iCloud Keychain (Apple Passwords)', kind: 'synced', source: 'community' },
  'dd4ec289-e01d-41c9-bb89-70fa845d4bf2': { name: 'iCloud Keychain (Managed)', kind: 'synced', source: 'community' },
  'd3452668-01fd-4c12-926c-83a4204853aa': { name: 'Microsoft Password Manager', kind: 'synced', source: 'community' },
  'bada5566-a7aa-401f-bd96-45619a55120d': { name: '1Password', kind: 'synced', source: 'community' },
  'd548826e-79b4-db40-a3d8-11116f7e8349': { name: 'Bitwarden', kind: 'synced', source: 'community' },
  '531126d6-e717-415c-9320-3d9aa6981239': { name: 'Dashlane', kind: 'synced', source: 'community' },
  '53414d53-554e-4700-0000-000000000000': { name: 'Samsung Pass', kind: 'synced', source: 'community' },
  '50726f74-6f6e-5061-7373-50726f746f6e': { name: 'Proton Pass', kind: 'synced', source: 'community' },
  'b78a0a55-6ef8-d246-a042-ba0f6d55050c': { name: 'LastPass', kind: 'synced', source: 'community' },
  '0ea242b4-43c4-4a1b-8b17-dd6d0b6baec6': { name: 'Keeper', kind: 'synced', source: 'community' },
  'b84e4048-15dc-4dd0-8640-f4f60813c8af': { name: 'NordPass', kind: 'synced', source: 'community' },
  'cb69481e-8ff7-4039-93ec-0a2729a154a8': { name: 'YubiKey 5 Series', kind: 'device-bound', source: 'yubico' },
  'ee882879-721c-4913-9775-3dfcce97072a': { name: 'YubiKey 5 Series', kind: 'device-bound', source: 'yubico' },
  'fa2b99dc-9e39-4257-8f92-4a30d23c4118': { name: 'YubiKey 5 Series with NFC', kind: 'device-bound', source: 'yubico' },
  '2fc0579f-8113-47ea-b116-bb5a8db9202a': { name: 'YubiKey 5 Series with NFC', kind: 'device-bound', source: 'yubico' },
  'c5ef55ff-ad9a-4b9f-b580-adebafe026d0': { name: 'YubiKey 5Ci', kind: 'device-bound', source: 'yubico' },
  // Chromium's CDP virtual authenticator is recognized in unit tests only (Vitest's mode 'test'): in a
  // production build `import.meta.env.MODE === 'test'` is false at build time, so the entry and the AAGUID
  // string are left out of the bundle (scripts/scan-build.mjs checks). Anyone can claim this AAGUID.
  // (`import.meta.env` is undefined where this file runs unbundled, e.g. in Playwright's Node process.)
  ...(import.meta.env !== undefined && import.meta.env.MODE === 'test'
    ? { [VIRTUAL_AUTHENTICATOR_AAGUID]: { name: 'Chromium virtual authenticator (test)', kind: 'device-bound', source: 'chromium' } as AaguidProvider }
    : {}),
};

/** Trimmed, lower-case AAGUID, or null (the GUID rule lives in core/validation.ts). */
export function normalizeAaguid(value: string): string | null {
  return normalizeGuid(value);
}

/** The provider for an AAGUID, or null when unknown (including the all-zero AAGUID). */
export function providerFor(aaguid: string): AaguidProvider | null {
  const key = normalizeAaguid(aaguid);
  if (!key || key === ZERO_AAGUID) return null;
  return AAGUID_PROVIDERS[key] ?? null;
}
