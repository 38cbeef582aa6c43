/**
 * The rule table. Each rule is data: an id (also its i18n key suffix), a condition over the derived context, and the
 * public sources it follows (ids in ./sources.ts: Microsoft Learn pages with their dates, Message Center ids,
 * passkeys.dev). docs/guides.md is the readable version of this file.
 */
import { AAGUID_PROVIDERS, providerFor } from '../aaguids';
import type { GuideId, PasskeyKind } from '../types';
import { acceptedSecurityKeys, anyProfileAccepts, type PasskeyCandidate, type SecurityKeyAcceptance } from './profiles';
import type { SourceId } from './sources';
import type { EngineInput, QuestionId, WarningId } from './types';

export const AUTHENTICATOR_AAGUIDS = {
  android: 'de1e552d-db1d-4423-a619-566b625cdc84',
  ios: '90a3ccdf-635c-4729-a248-9b709135078f',
} as const; // EN26

/** Windows Hello (hardware TPM, VBS, software): WIN26. */
export const WINDOWS_HELLO_AAGUIDS = ['08987058-cadc-4b81-b6e1-30de50dcbe96', '9ddd1817-af5a-4672-a2b9-3e3dd95000a9', '6028b017-b1d4-4c02-b4b3-afcdafc96bb2'];
const APPLE_AAGUIDS = ['fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'dd4ec289-e01d-41c9-bb89-70fa845d4bf2'];
const GPM_AAGUIDS = ['ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4'];
const EDGE_AAGUIDS = ['d3452668-01fd-4c12-926c-83a4204853aa'];
const SAMSUNG_AAGUIDS = ['53414d53-554e-4700-0000-000000000000'];
const BUILT_IN = new Set([...WINDOWS_HELLO_AAGUIDS, ...APPLE_AAGUIDS, ...GPM_AAGUIDS, ...EDGE_AAGUIDS, ...SAMSUNG_AAGUIDS]);
/** Third-party password managers (1Password, Bitwarden, …) we can name: synced, not built in. */
const THIRD_PARTY = Object.entries(AAGUID_PROVIDERS)
  .filter(([a, p]) => p.kind === 'synced' && p.source === 'community' && !BUILT_IN.has(a))
  .map(([a]) => a);

export type ProviderId = 'windows-hello' | 'google-password-manager' | 'edge-password-manager' | 'apple-passwords' | 'samsung-pass' | 'third-party';

/** A place this device can save a passkey (FIDO26 synced-provider table; WIN26 for Windows Hello). */
export interface ProviderOption {
  id: ProviderId;
  /** Display name (a brand: not translated). */
  name: string;
  kind: PasskeyKind;
  aaguids: readonly string[];
}

const WINDOWS_HELLO: ProviderOption = { id: 'windows-hello', name: 'Windows Hello', kind: 'device-bound', aaguids: WINDOWS_HELLO_AAGUIDS };
const APPLE: ProviderOption = { id: 'apple-passwords', name: 'Apple Passwords (iCloud Keychain)', kind: 'synced', aaguids: APPLE_AAGUIDS };
const GPM: ProviderOption = { id: 'google-password-manager', name: 'Google Password Manager', kind: 'synced', aaguids: GPM_AAGUIDS };
const EDGE_PM: ProviderOption = { id: 'edge-password-manager', name: 'Microsoft Edge', kind: 'synced', aaguids: EDGE_AAGUIDS };
const SAMSUNG: ProviderOption = { id: 'samsung-pass', name: 'Samsung Pass', kind: 'synced', aaguids: SAMSUNG_AAGUIDS };

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
  /** A Samsung phone (model SM-…, or Samsung Internet): Google Password Manager is not built in there (FIDO26). */
  samsung: boolean;
  /** What the organization's passkey profiles accept on this device. */
  accept: Acceptance;
}

export interface Acceptance {
  /** Some profile allows device-bound passkeys at all. */
  deviceBound: boolean;
  /** Authenticator passkey created in the app (attestation possible). */
  authenticatorInApp: boolean;
  /** Authenticator passkey through the browser (Having trouble? / QR): never attested. */
  authenticatorWebAuthn: boolean;
  /** Synced providers a phone could save into through the QR code, accepted by some profile. */
  phoneSynced: ProviderOption[];
  /** Same, if attestation were not enforced (to explain why the QR route is off). */
  phoneSyncedIgnoringAttestation: ProviderOption[];
  /** Providers on this device and browser, before policy. */
  platformHere: ProviderOption[];
  /** Providers on this device the policy accepts. */
  platform: ProviderOption[];
  /** Providers on this device that only attestation rules out. */
  platformIgnoringAttestation: ProviderOption[];
  keys: SecurityKeyAcceptance;
  /** Some profile enforces attestation on device-bound passkeys. */
  deviceBoundAttested: boolean;
  /** Some profile has an AAGUID allow or block list. */
  restricted: boolean;
  /** Authenticator is named in an allow list of a profile that allows both kinds (minimum app versions apply). */
  authenticatorTargeted: boolean;
}

const isApple = (os: Ctx['os']) => os === 'ios' || os === 'ipados';
const isPhoneOs = (os: Ctx['os']) => isApple(os) || os === 'android';
const atLeast = (value: number | null, min: number) => value === null || value >= min;

function authenticatorAaguids(os: Ctx['os']): string[] {
  if (os === 'android') return [AUTHENTICATOR_AAGUIDS.android];
  if (isApple(os)) return [AUTHENTICATOR_AAGUIDS.ios];
  return [AUTHENTICATOR_AAGUIDS.android, AUTHENTICATOR_AAGUIDS.ios];
}

/** Third-party managers an allow list names explicitly (the organization then clearly uses one). */
function allowListedThirdParty(input: EngineInput): ProviderOption[] {
  const out: ProviderOption[] = [];
  for (const profile of input.policy.passkeyProfiles ?? []) {
    if (profile.targetAaguids?.mode !== 'allow') continue;
    for (const raw of profile.targetAaguids.aaguids) {
      const a = raw.toLowerCase();
      const p = providerFor(a);
      if (p && THIRD_PARTY.includes(a) && !out.some((o) => o.name === p.name)) out.push({ id: 'third-party', name: p.name, kind: 'synced', aaguids: [a] });
    }
  }
  return out;
}

/** Where this device and browser can save a passkey (FIDO26 provider table, WIN26, EDGEPM), before policy. */
export function providersHere(c: Omit<Ctx, 'accept'>): ProviderOption[] {
  const caps = c.input.capabilities;
  const uv = caps.platformAuthenticator !== 'no';
  const out: ProviderOption[] = [];
  const thirdParty = allowListedThirdParty(c.input);
  switch (c.os) {
    case 'windows':
      if (uv) out.push(WINDOWS_HELLO);
      if (c.browser === 'chrome') out.push(GPM);
      if (c.browser === 'edge' && atLeast(c.browserMajor, 145)) out.push(EDGE_PM);
      out.push(...thirdParty);
      break;
    case 'macos':
      if (uv && atLeast(c.major, 13)) out.push(APPLE);
      if (c.browser === 'chrome') out.push(GPM);
      if (c.browser === 'edge' && atLeast(c.browserMajor, 145)) out.push(EDGE_PM);
      out.push(...thirdParty);
      break;
    case 'ios':
    case 'ipados':
      if (atLeast(c.major, 16)) out.push(APPLE);
      if (c.browser === 'chrome' && atLeast(c.major, 17)) out.push(GPM);
      if (atLeast(c.major, 17)) out.push(...thirdParty);
      break;
    case 'android':
      if (c.samsung) {
        if (atLeast(c.major, 14)) out.push(SAMSUNG);
      } else if (uv && atLeast(c.major, 9)) out.push(GPM);
      if (atLeast(c.major, 14)) out.push(...thirdParty);
      break;
    case 'linux':
    case 'chromeos':
      if (c.browser === 'chrome') out.push(GPM);
      if (c.browser === 'chrome' || c.browser === 'edge') out.push(...thirdParty);
      break;
    default:
      break;
  }
  return out;
}

const candidate = (p: ProviderOption, attested: boolean): PasskeyCandidate => ({ kind: p.kind, aaguids: p.aaguids, attested });

export function acceptance(c: Omit<Ctx, 'accept'>): Acceptance {
  const policy = c.input.policy;
  const profiles = policy.passkeyProfiles ?? [];
  const auth = authenticatorAaguids(c.os);
  const accepts = (cand: PasskeyCandidate) => anyProfileAccepts(policy, cand);
  const phoneProviders = [APPLE, GPM, SAMSUNG, ...allowListedThirdParty(c.input)];
  const platformHere = providersHere(c);
  const allAuth = Object.values(AUTHENTICATOR_AAGUIDS) as string[];
  return {
    deviceBound: profiles.some((p) => p.passkeyTypes.includes('device-bound')),
    authenticatorInApp: accepts({ kind: 'device-bound', aaguids: auth, attested: true }),
    authenticatorWebAuthn: accepts({ kind: 'device-bound', aaguids: auth, attested: false }),
    phoneSynced: phoneProviders.filter((p) => accepts(candidate(p, false))),
    phoneSyncedIgnoringAttestation: phoneProviders.filter((p) => accepts(candidate(p, true))),
    platformHere,
    platform: platformHere.filter((p) => accepts(candidate(p, false))),
    platformIgnoringAttestation: platformHere.filter((p) => accepts(candidate(p, true))),
    keys: acceptedSecurityKeys(policy),
    deviceBoundAttested: profiles.some((p) => p.attestationEnforced && p.passkeyTypes.includes('device-bound')),
    restricted: profiles.some((p) => p.targetAaguids != null),
    authenticatorTargeted: profiles.some(
      (p) =>
        p.passkeyTypes.includes('device-bound') &&
        p.passkeyTypes.includes('synced') &&
        p.targetAaguids?.mode === 'allow' &&
        p.targetAaguids.aaguids.some((a) => allAuth.includes(a.toLowerCase())),
    ),
  };
}

export interface BlockRule {
  /** i18n key suffix: engine.reasons.<id> */
  id: string;
  guides: GuideId[];
  when: (c: Ctx) => boolean;
  sources: SourceId[];
}

const PASSKEY_GUIDES: GuideId[] = ['authenticator-app', 'cross-device', 'security-key', 'platform'];

/** A guide is blocked when any of its rules match. Order = order of reasons shown. */
export const BLOCK_RULES: BlockRule[] = [
  // "Allow self-service set up = No": nobody can register on Security info; IT does it (global, not per profile).
  { id: 'self-service-off', guides: PASSKEY_GUIDES, when: (c) => c.input.policy.selfServiceSetupAllowed === false, sources: ['FIDO26'] },
  // Authenticator passkeys need iOS 17+ / Android 14+.
  { id: 'ios-below-17', guides: ['authenticator-app'], when: (c) => isApple(c.os) && c.major !== null && c.major < 17, sources: ['REG26', 'EN26'] },
  { id: 'android-below-14', guides: ['authenticator-app'], when: (c) => c.os === 'android' && c.major !== null && c.major < 14, sources: ['REG26', 'EN26'] },
  // Firefox on Linux: Entra hides passkeys and Security info refuses FIDO2 keys. Honest answer: use Chrome/Edge or the phone.
  { id: 'linux-firefox', guides: PASSKEY_GUIDES, when: (c) => c.os === 'linux' && c.browser === 'firefox', sources: ['MAT25', 'WEBCOMPAT'] },
  // Security keys: none on ChromeOS; Android disputed ("may not work; use a computer"); iOS only a key that already has a PIN.
  { id: 'security-key-chromeos', guides: ['security-key'], when: (c) => c.os === 'chromeos', sources: ['MAT25'] },
  { id: 'security-key-android', guides: ['security-key'], when: (c) => c.os === 'android', sources: ['MAT25', 'MOB25'] },
  { id: 'security-key-ios', guides: ['security-key'], when: (c) => isApple(c.os) && c.input.answers.hasSecurityKey !== 'yes', sources: ['MAT25', 'MOB25'] },
  { id: 'no-security-key', guides: ['security-key'], when: (c) => c.input.answers.hasSecurityKey === 'no', sources: ['KEY26'] },
  // Cross-device (QR + Bluetooth) is started from a computer, and never offered where it cannot work.
  { id: 'cross-device-needs-computer', guides: ['cross-device'], when: (c) => !c.desktop, sources: ['REG26'] },
  {
    id: 'cross-device-windows10-firefox',
    guides: ['cross-device'],
    when: (c) => c.os === 'windows' && c.browser === 'firefox' && c.major !== 11,
    sources: ['PKD'],
  },
  {
    id: 'bluetooth-unavailable',
    guides: ['cross-device'],
    when: (c) => c.input.answers.bluetoothBothDevices === 'no' || c.input.capabilities.hybridTransport === 'no',
    sources: ['REG26', 'FAQ26', 'WEBAUTHN'],
  },
  {
    id: 'browser-too-old-hybrid',
    guides: ['cross-device'],
    when: (c) => (c.browser === 'chrome' || c.browser === 'edge') && c.browserMajor !== null && c.browserMajor < 108,
    sources: ['PKD'],
  },
  // The in-app Authenticator flow needs no WebAuthn in this browser; the others do.
  { id: 'webauthn-missing', guides: ['cross-device', 'security-key', 'platform'], when: (c) => c.input.capabilities.webauthn === 'no', sources: ['WEBAUTHN'] },
  // Passkey profiles: a path is usable when ANY profile accepts it (types, attestation, AAGUID allow/block lists).
  { id: 'device-bound-not-allowed', guides: ['authenticator-app', 'security-key'], when: (c) => !c.accept.deviceBound, sources: ['FIDO26'] },
  {
    id: 'authenticator-not-accepted',
    guides: ['authenticator-app'],
    when: (c) => c.accept.deviceBound && !c.accept.authenticatorInApp,
    sources: ['FIDO26', 'EN26'],
  },
  {
    id: 'attestation-blocks-cross-device',
    guides: ['cross-device'],
    when: (c) =>
      !c.accept.authenticatorWebAuthn &&
      c.accept.phoneSynced.length === 0 &&
      (c.accept.authenticatorInApp || c.accept.phoneSyncedIgnoringAttestation.length > 0),
    sources: ['EN26', 'REG26', 'FIDO26'],
  },
  {
    id: 'cross-device-not-accepted',
    guides: ['cross-device'],
    when: (c) =>
      !c.accept.authenticatorWebAuthn &&
      c.accept.phoneSynced.length === 0 &&
      !c.accept.authenticatorInApp &&
      c.accept.phoneSyncedIgnoringAttestation.length === 0,
    sources: ['FIDO26'],
  },
  { id: 'security-key-not-accepted', guides: ['security-key'], when: (c) => c.accept.deviceBound && !c.accept.keys.accepted, sources: ['FIDO26'] },
  { id: 'no-platform-provider', guides: ['platform'], when: (c) => c.accept.platformHere.length === 0, sources: ['FIDO26', 'WIN26', 'WEBAUTHN'] },
  {
    id: 'attestation-blocks-platform',
    guides: ['platform'],
    when: (c) => c.accept.platformHere.length > 0 && c.accept.platform.length === 0 && c.accept.platformIgnoringAttestation.length > 0,
    sources: ['FIDO26', 'WIN26'],
  },
  {
    id: 'platform-not-accepted',
    guides: ['platform'],
    when: (c) => c.accept.platformHere.length > 0 && c.accept.platformIgnoringAttestation.length === 0,
    sources: ['FIDO26', 'MC1282568'],
  },
];

export interface WarningRule {
  id: WarningId;
  guides: GuideId[];
  when: (c: Ctx) => boolean;
  sources: SourceId[];
}

const ALL: GuideId[] = ['authenticator-app', 'cross-device', 'security-key', 'platform', 'unsupported'];
/** The QR route saves into Authenticator (not a synced provider) when Authenticator is accepted that way. */
export const crossDeviceViaAuthenticator = (c: Ctx) => c.accept.authenticatorWebAuthn;
const macChromium = (c: Ctx) => c.os === 'macos' && (c.browser === 'chrome' || c.browser === 'edge');

/** Warnings shown with the chosen guide (in this order). */
export const WARNING_RULES: WarningRule[] = [
  { id: 'android-14-maker-apis', guides: ['authenticator-app'], when: (c) => c.os === 'android' && c.major === 14, sources: ['FAQ26'] },
  { id: 'work-profile', guides: ['authenticator-app', 'cross-device'], when: (c) => c.input.answers.workProfile === 'yes', sources: ['EN26', 'FAQ26'] },
  { id: 'firefox-android', guides: ['authenticator-app', 'platform'], when: (c) => c.os === 'android' && c.browser === 'firefox', sources: ['MAT25'] },
  // From a computer, the Authenticator passkey lives on a phone with iOS 17+ / Android 14+ (app-first or QR).
  { id: 'phone-requirements', guides: ['authenticator-app'], when: (c) => c.desktop, sources: ['REG26'] },
  { id: 'phone-requirements', guides: ['cross-device'], when: crossDeviceViaAuthenticator, sources: ['REG26'] },
  {
    id: 'authenticator-min-version',
    guides: ['authenticator-app', 'cross-device'],
    when: (c) => c.accept.authenticatorTargeted && c.accept.authenticatorInApp,
    sources: ['FIDO26'],
  },
  {
    id: 'attestation-enforced',
    guides: ['authenticator-app'],
    when: (c) => c.accept.authenticatorInApp && !c.accept.authenticatorWebAuthn,
    sources: ['EN26', 'REG26'],
  },
  { id: 'bluetooth-both', guides: ['cross-device'], when: () => true, sources: ['REG26', 'FAQ26'] },
  { id: 'chrome-macos-allow', guides: ['cross-device', 'security-key'], when: macChromium, sources: ['REG26'] },
  { id: 'whfb-conflict', guides: ['platform'], when: (c) => c.accept.platform.some((p) => p.id === 'windows-hello'), sources: ['WIN26'] },
  { id: 'security-key-usb-only', guides: ['security-key'], when: (c) => c.os === 'macos' || c.os === 'linux', sources: ['MAT25'] },
  {
    id: 'security-key-macos-pin',
    guides: ['security-key'],
    when: (c) => c.os === 'macos' && (c.browser === 'safari' || c.browser === 'firefox'),
    sources: ['MAT25', 'REG26'],
  },
  { id: 'security-key-ios-pin', guides: ['security-key'], when: (c) => isApple(c.os), sources: ['MOB25', 'MAT25'] },
  { id: 'security-key-attestation', guides: ['security-key'], when: (c) => c.accept.deviceBoundAttested, sources: ['FIDO26'] },
  { id: 'aaguid-restricted', guides: PASSKEY_GUIDES, when: (c) => c.accept.restricted, sources: ['FIDO26'] },
  { id: 'linux-firefox', guides: ['unsupported'], when: (c) => c.os === 'linux' && c.browser === 'firefox', sources: ['MAT25', 'WEBCOMPAT'] },
  { id: 'tap-route', guides: ALL, when: (c) => c.input.answers.hasMfaMethod === 'no' && c.input.policy.tapOffered, sources: ['FIDO26'] },
  { id: 'no-mfa-method', guides: ALL, when: (c) => c.input.answers.hasMfaMethod === 'no' && !c.input.policy.tapOffered, sources: ['FIDO26'] },
];

export interface QuestionRule {
  id: QuestionId;
  when: (c: Ctx, guide: GuideId) => boolean;
}

/** Questions asked only when detection cannot tell and the answer would change the advice. */
export const QUESTION_RULES: QuestionRule[] = [
  { id: 'osVersionKnown', when: (c) => isPhoneOs(c.os) && c.major === null },
  { id: 'workProfile', when: (c, g) => c.os === 'android' && (g === 'authenticator-app' || g === 'platform') },
  { id: 'authenticatorInstalled', when: (c, g) => g === 'authenticator-app' || (g === 'cross-device' && crossDeviceViaAuthenticator(c)) },
  { id: 'bluetoothBothDevices', when: (_c, g) => g === 'cross-device' },
  { id: 'hasSecurityKey', when: (c, g) => g !== 'unsupported' && c.desktop && c.os !== 'chromeos' && c.accept.keys.accepted },
  { id: 'hasMfaMethod', when: (_c, g) => g !== 'unsupported' || _c.input.policy.selfServiceSetupAllowed !== false },
];

/**
 * Preference order before blocking (policy.preferredGuide is tried first). Microsoft's recommended path first:
 * create the passkey in the Authenticator app (REG26: "the recommended way"); the QR route last (fallback).
 */
export function preferenceOrder(c: Ctx): GuideId[] {
  if (c.desktop && c.input.answers.hasSecurityKey === 'yes') return ['security-key', 'authenticator-app', 'platform', 'cross-device'];
  return ['authenticator-app', 'platform', 'security-key', 'cross-device'];
}
