/**
 * The rule table. Each rule is data: an id (also its i18n key suffix), a condition over the
 * derived context, and the source in /work/shared/reference/entra-passkey-facts.md ("facts §n").
 * A reviewer can read each row against its source.
 */
import type { GuideId, PasskeyKind } from '../types';
import type { EngineInput, QuestionId, WarningId } from './index';

/** Facts the rules read, derived once from EngineInput. */
export interface Ctx {
  input: EngineInput;
  os: EngineInput['platform']['os'];
  /** Platform major, or the user's answer when detection could not tell. */
  major: number | null;
  browser: EngineInput['platform']['browser'];
  browserMajor: number | null;
  mobile: boolean;
  desktop: boolean;
}

export interface BlockRule {
  /** i18n key suffix: engine.reasons.<id> */
  id: string;
  guides: GuideId[];
  when: (c: Ctx) => boolean;
  source: string;
}

export const AUTHENTICATOR_AAGUIDS = {
  android: 'de1e552d-db1d-4423-a619-566b625cdc84',
  ios: '90a3ccdf-635c-4729-a248-9b709135078f',
} as const; // facts §2a

/** Built-in provider AAGUIDs per OS (facts §5 community list; Windows Hello per security-info-page F). */
export const PLATFORM_AAGUIDS: Record<string, string[]> = {
  windows: ['08987058-cadc-4b81-b6e1-30de50dcbe96', '9ddd1817-af5a-4672-a2b9-3e3dd95000a9', '6028b017-b1d4-4c02-b4b3-afcdafc96bb2'],
  macos: ['fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'dd4ec289-e01d-41c9-bb89-70fa845d4bf2', 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4'],
  ios: ['fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'dd4ec289-e01d-41c9-bb89-70fa845d4bf2'],
  ipados: ['fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'dd4ec289-e01d-41c9-bb89-70fa845d4bf2'],
  android: ['ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4'],
  chromeos: ['ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4'],
};

const isPhoneOs = (c: Ctx) => c.os === 'ios' || c.os === 'ipados' || c.os === 'android';
const isApple = (c: Ctx) => c.os === 'ios' || c.os === 'ipados';
const kindAllowed = (c: Ctx, kind: PasskeyKind) => c.input.policy.allowedPasskeyKinds.includes(kind);

/** True when the AAGUID lists leave none of `aaguids` usable. */
export function aaguidsExcluded(c: Ctx, aaguids: readonly string[]): boolean {
  const allow = c.input.policy.aaguidAllowList.map((a) => a.toLowerCase());
  const block = c.input.policy.aaguidBlockList.map((a) => a.toLowerCase());
  const usable = aaguids.filter((a) => (allow.length === 0 || allow.includes(a)) && !block.includes(a));
  return usable.length === 0;
}

function authenticatorAaguids(c: Ctx): string[] {
  if (c.os === 'android') return [AUTHENTICATOR_AAGUIDS.android];
  if (isApple(c)) return [AUTHENTICATOR_AAGUIDS.ios];
  return [AUTHENTICATOR_AAGUIDS.android, AUTHENTICATOR_AAGUIDS.ios];
}

/** A guide is blocked when any of its rules match. Order = order of reasons shown. */
export const BLOCK_RULES: BlockRule[] = [
  // Authenticator passkeys need iOS 17+ / Android 14+.
  { id: 'ios-below-17', guides: ['authenticator-app'], when: (c) => isApple(c) && c.major !== null && c.major < 17, source: 'facts §2a, §2b, §8' },
  { id: 'android-below-14', guides: ['authenticator-app'], when: (c) => c.os === 'android' && c.major !== null && c.major < 14, source: 'facts §2a, §8' },
  // Security key registration does not work in iOS/Android browsers, ChromeOS, or Firefox/Safari on macOS.
  { id: 'security-key-mobile', guides: ['security-key'], when: (c) => isPhoneOs(c), source: 'facts §1a (iOS, Android)' },
  { id: 'security-key-chromeos', guides: ['security-key'], when: (c) => c.os === 'chromeos', source: 'facts §1a (ChromeOS)' },
  { id: 'security-key-macos-browser', guides: ['security-key'], when: (c) => c.os === 'macos' && (c.browser === 'firefox' || c.browser === 'safari'), source: 'facts §1a (macOS)' },
  // Firefox on Linux: no Authenticator passkey (Entra hides it for Firefox on Linux).
  { id: 'linux-firefox', guides: ['authenticator-app', 'cross-device'], when: (c) => c.os === 'linux' && c.browser === 'firefox', source: 'facts §1a (Linux), §1f' },
  // Cross-device: the computer shows the QR code; a phone cannot be the client here.
  { id: 'cross-device-needs-computer', guides: ['cross-device'], when: (c) => !c.desktop, source: 'facts §2b (cross-device registration from a computer), §4' },
  // Enforced attestation: cross-device registration fails, only the in-app flow works.
  { id: 'attestation-blocks-cross-device', guides: ['cross-device'], when: (c) => c.input.policy.attestationEnforced, source: 'facts §2a' },
  // Synced providers (iCloud Keychain, Google Password Manager) do not support attestation.
  { id: 'attestation-blocks-platform', guides: ['platform'], when: (c) => c.input.policy.attestationEnforced, source: 'facts §3 (synced FAQ), security-info-page §4F' },
  { id: 'bluetooth-unavailable', guides: ['cross-device'], when: (c) => c.input.answers.bluetoothBothDevices === 'no' || c.input.capabilities.hybridTransport === 'no', source: 'facts §2a' },
  // Hybrid as a client: Chrome/Edge 108+ (OS-wide only from Windows 11 23H2).
  { id: 'browser-too-old-hybrid', guides: ['cross-device'], when: (c) => (c.browser === 'chrome' || c.browser === 'edge') && c.browserMajor !== null && c.browserMajor < 108, source: 'facts §1e, §4' },
  { id: 'webauthn-missing', guides: ['cross-device', 'security-key', 'platform'], when: (c) => c.input.capabilities.webauthn === 'no', source: 'facts §6' },
  // Passkey kinds and AAGUID restrictions: steer away from a provider that would fail at the end.
  { id: 'device-bound-not-allowed', guides: ['authenticator-app', 'cross-device', 'security-key'], when: (c) => !kindAllowed(c, 'device-bound'), source: 'facts §2a, §3 (passkey profiles)' },
  { id: 'authenticator-aaguid-not-allowed', guides: ['authenticator-app', 'cross-device'], when: (c) => aaguidsExcluded(c, authenticatorAaguids(c)), source: 'facts §2a (AAGUIDs)' },
  { id: 'platform-kind-not-allowed', guides: ['platform'], when: (c) => !kindAllowed(c, c.os === 'windows' ? 'device-bound' : 'synced'), source: 'facts §3, §4 (Windows Hello is device-bound)' },
  { id: 'platform-aaguid-not-allowed', guides: ['platform'], when: (c) => aaguidsExcluded(c, PLATFORM_AAGUIDS[c.os] ?? []), source: 'facts §5, security-info-page §4F' },
  { id: 'no-platform-authenticator', guides: ['platform'], when: (c) => c.input.capabilities.platformAuthenticator === 'no' || c.os === 'linux' || c.os === 'unknown', source: 'facts §4 (Ubuntu: extensions only), §6' },
];

export interface WarningRule {
  id: WarningId;
  guides: GuideId[];
  when: (c: Ctx) => boolean;
  source: string;
}

const ALL: GuideId[] = ['authenticator-app', 'cross-device', 'security-key', 'platform', 'unsupported'];
const PHONE_PASSKEY: GuideId[] = ['authenticator-app', 'cross-device'];

/** Warnings shown with the chosen guide (in this order). */
export const WARNING_RULES: WarningRule[] = [
  { id: 'android-14-maker-apis', guides: ['authenticator-app'], when: (c) => c.os === 'android' && c.major === 14, source: 'facts §2b (upgrade to Android 15), §4 (some OEMs)' },
  { id: 'work-profile', guides: PHONE_PASSKEY, when: (c) => c.input.answers.workProfile === 'yes', source: 'facts §2a (work and personal profiles)' },
  { id: 'edge-android-browser-flow', guides: ['authenticator-app'], when: (c) => c.os === 'android' && c.browser === 'edge', source: 'facts §1c' },
  { id: 'firefox-android', guides: ['authenticator-app', 'platform'], when: (c) => c.os === 'android' && c.browser === 'firefox', source: 'facts §1a (Android)' },
  { id: 'bluetooth-both', guides: ['cross-device'], when: () => true, source: 'facts §2a' },
  { id: 'phone-requirements', guides: ['cross-device'], when: () => true, source: 'facts §2a, §2b' },
  { id: 'attestation-enforced', guides: ['authenticator-app'], when: (c) => c.input.policy.attestationEnforced, source: 'facts §2a, §2b (alternate flow)' },
  { id: 'aaguid-restricted', guides: ['authenticator-app', 'cross-device', 'security-key', 'platform'], when: (c) => c.input.policy.aaguidAllowList.length > 0 || c.input.policy.aaguidBlockList.length > 0, source: 'facts §2a, §3' },
  { id: 'security-key-usb-only', guides: ['security-key'], when: (c) => c.os === 'macos' || c.os === 'linux', source: 'facts §1a (macOS), §1d (Linux: USB only)' },
  { id: 'linux-firefox', guides: ['security-key', 'unsupported'], when: (c) => c.os === 'linux' && c.browser === 'firefox', source: 'facts §1a (Linux), §1f' },
  { id: 'tap-route', guides: ALL, when: (c) => c.input.answers.hasMfaMethod === 'no' && c.input.policy.tapOffered, source: 'facts §3 (MFA within 5 minutes)' },
  { id: 'no-mfa-method', guides: ALL, when: (c) => c.input.answers.hasMfaMethod === 'no' && !c.input.policy.tapOffered, source: 'facts §3 (MFA within 5 minutes)' },
];

/** Known failures and their fixes, shown as troubleshooting notes for a guide. */
export const TROUBLESHOOTING: { id: WarningId; guides: GuideId[]; source: string }[] = [
  { id: 'passkey-already-exists', guides: PHONE_PASSKEY, source: 'facts §2d, security-info-page §4C' },
  { id: 'request-cancelled', guides: ['authenticator-app', 'cross-device', 'security-key', 'platform'], source: 'facts §2d (timeout); issue #3' },
  { id: 'passkey-invalidated-android', guides: PHONE_PASSKEY, source: 'issue #3 (UNCONFIRMED in facts §2d)' },
  { id: 'pin-instead-of-biometrics', guides: ['authenticator-app', 'cross-device', 'platform'], source: 'facts §2d, §4 (UV falls back to PIN)' },
];

export interface QuestionRule {
  id: QuestionId;
  when: (c: Ctx, guide: GuideId) => boolean;
}

/** Questions asked only when detection cannot tell and the answer would change the advice. */
export const QUESTION_RULES: QuestionRule[] = [
  { id: 'osVersionKnown', when: (c) => (c.os === 'android' || isApple(c)) && c.major === null },
  { id: 'workProfile', when: (c, g) => c.os === 'android' && (g === 'authenticator-app' || g === 'platform') },
  { id: 'authenticatorInstalled', when: (_c, g) => g === 'authenticator-app' || g === 'cross-device' },
  { id: 'bluetoothBothDevices', when: (_c, g) => g === 'cross-device' },
  { id: 'hasSecurityKey', when: (c) => c.desktop && c.os !== 'chromeos' },
  { id: 'hasMfaMethod', when: () => true },
];

/** Preference order before blocking (policy.preferredGuide is tried first). */
export function preferenceOrder(c: Ctx): GuideId[] {
  if (!c.desktop) return ['authenticator-app', 'platform', 'security-key', 'cross-device'];
  if (c.input.answers.hasSecurityKey === 'yes') return ['security-key', 'cross-device', 'authenticator-app', 'platform'];
  return ['cross-device', 'authenticator-app', 'security-key', 'platform'];
}
