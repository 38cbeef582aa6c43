/**
 * The scenario table: platform × browser × policy × answers → expected guide, warnings, fallbacks, with the public
 * source each row follows (ids in core/engine/sources.ts: Microsoft Learn pages with dates, Message Center ids,
 * passkeys.dev). docs/guides.md explains the rules these rows exercise.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../core/engine';
import { SOURCES, type SourceId } from '../../core/engine/sources';
import type { GuideId } from '../../core/types';
import { H, POL, UA, input, type Situation } from './engine-fixtures';

interface Row extends Situation {
  name: string;
  sources: SourceId[];
  guide: GuideId;
  warnings: string[];
  fallbacks: GuideId[];
  /** When given, the exact reasons (i18n keys without the engine.reasons. prefix). */
  reasons?: string[];
}

const PHONE = ['phone-requirements'];
const ROWS: Row[] = [
  // Windows: Authenticator app-first is the recommended path on a computer (REG26); QR only as fallback.
  { name: 'Windows 11 Edge, default policy', sources: ['REG26'], ua: UA.winEdge, hints: H.win11Edge, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key', 'cross-device'] },
  { name: 'Windows 11 Chrome, default policy', sources: ['REG26'], ua: UA.winChrome, hints: H.win11Chrome, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key', 'cross-device'] },
  { name: 'Windows 10 Chrome, default policy', sources: ['REG26', 'PKD'], ua: UA.winChrome, hints: H.win10Chrome, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key', 'cross-device'] },
  { name: 'Windows Firefox (version unknown): no QR fallback', sources: ['PKD'], ua: UA.winFirefox, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key'] },
  { name: 'Windows Edge, no Bluetooth (hybrid transport no)', sources: ['REG26', 'WEBAUTHN'], ua: UA.winEdge, hints: H.win11Edge, caps: { hybridTransport: 'no' }, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key'] },
  { name: 'Windows Edge, user says no Bluetooth on both', sources: ['REG26'], ua: UA.winEdge, hints: H.win11Edge, answers: { bluetoothBothDevices: 'no' }, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key'] },
  { name: 'Windows Edge 107: too old for the QR route', sources: ['PKD'], ua: UA.winEdge107, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key'] },
  { name: 'Windows Edge, has a security key', sources: ['KEY26'], ua: UA.winEdge, hints: H.win11Edge, answers: { hasSecurityKey: 'yes' }, guide: 'security-key', warnings: [], fallbacks: ['authenticator-app', 'platform', 'cross-device'], reasons: ['has-security-key'] },
  { name: 'Windows Edge, no security key', sources: ['KEY26'], ua: UA.winEdge, hints: H.win11Edge, answers: { hasSecurityKey: 'no' }, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'cross-device'] },
  { name: 'Windows Edge, org prefers Windows Hello', sources: ['WIN26', 'MC1282568'], ua: UA.winEdge, hints: H.win11Edge, policy: { preferredGuide: 'platform' }, guide: 'platform', warnings: ['whfb-conflict'], fallbacks: ['authenticator-app', 'security-key', 'cross-device'], reasons: ['policy-preferred'] },
  { name: 'Windows Edge, org prefers the QR route', sources: ['REG26'], ua: UA.winEdge, hints: H.win11Edge, policy: { preferredGuide: 'cross-device' }, guide: 'cross-device', warnings: ['phone-requirements', 'bluetooth-both'], fallbacks: ['authenticator-app', 'platform', 'security-key'], reasons: ['policy-preferred'] },
  { name: 'Windows Edge, browser without passkey support', sources: ['WEBAUTHN', 'REG26'], ua: UA.winEdge, hints: H.win11Edge, caps: { webauthn: 'no' }, guide: 'authenticator-app', warnings: PHONE, fallbacks: [] },
  { name: 'Windows Edge, no way to verify, TAP offered', sources: ['FIDO26'], ua: UA.winEdge, hints: H.win11Edge, policy: { tapOffered: true }, answers: { hasMfaMethod: 'no' }, guide: 'authenticator-app', warnings: [...PHONE, 'tap-route'], fallbacks: ['platform', 'security-key', 'cross-device'] },
  { name: 'Windows Chrome, no way to verify, no TAP', sources: ['FIDO26'], ua: UA.winChrome, hints: H.win10Chrome, answers: { hasMfaMethod: 'no' }, guide: 'authenticator-app', warnings: [...PHONE, 'no-mfa-method'], fallbacks: ['platform', 'security-key', 'cross-device'] },
  // Windows × passkey profiles (FIDO26: any one profile suffices; AAGUID lists constrain every path).
  { name: 'Windows 11 Edge, synced-only tenant: phone via QR', sources: ['FIDO26', 'REGSYNC26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.syncedOnly, guide: 'cross-device', warnings: ['bluetooth-both'], fallbacks: [], reasons: ['device-bound-not-allowed', 'platform-not-accepted'] },
  { name: 'Windows 11 Chrome, synced-only tenant: Google Password Manager', sources: ['FIDO26'], ua: UA.winChrome, hints: H.win11Chrome, policy: POL.syncedOnly, guide: 'platform', warnings: [], fallbacks: ['cross-device'] },
  { name: 'Windows 11 Edge 146, synced-only tenant: Edge password manager', sources: ['EDGEPM', 'FIDO26'], ua: UA.winEdge146, hints: H.win11Edge146, policy: POL.syncedOnly, guide: 'platform', warnings: [], fallbacks: ['cross-device'] },
  { name: 'Windows Firefox, synced-only tenant: nothing works here', sources: ['FIDO26', 'PKD'], ua: UA.winFirefox, policy: POL.syncedOnly, guide: 'unsupported', warnings: [], fallbacks: [], reasons: ['device-bound-not-allowed', 'platform-not-accepted', 'cross-device-windows10-firefox'] },
  { name: 'Windows Firefox, Bitwarden-only tenant: the extension', sources: ['FIDO26'], ua: UA.winFirefox, policy: POL.bitwardenOnly, guide: 'platform', warnings: ['aaguid-restricted'], fallbacks: [] },
  { name: 'Windows 11 Edge, device-bound with attestation', sources: ['EN26', 'FIDO26', 'WIN26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.attested, guide: 'authenticator-app', warnings: [...PHONE, 'attestation-enforced'], fallbacks: ['security-key'] },
  { name: 'Windows 11 Edge, Authenticator-only allow list', sources: ['FIDO26', 'EN26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.authenticatorOnly, guide: 'authenticator-app', warnings: [...PHONE, 'aaguid-restricted'], fallbacks: ['cross-device'] },
  { name: 'Windows 11 Edge, Windows Hello-only allow list', sources: ['WIN26', 'FIDO26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.windowsHelloOnly, guide: 'platform', warnings: ['whfb-conflict', 'aaguid-restricted'], fallbacks: [], reasons: ['authenticator-not-accepted'] },
  { name: 'Windows 11 Edge, Windows Hello allow list with attestation', sources: ['WIN26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.windowsHelloAttested, guide: 'unsupported', warnings: [], fallbacks: [], reasons: ['authenticator-not-accepted', 'attestation-blocks-platform', 'security-key-not-accepted', 'cross-device-not-accepted'] },
  { name: 'Windows 11 Edge, security-key models only', sources: ['FIDO26', 'KEY26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.keysOnly, guide: 'security-key', warnings: ['security-key-attestation', 'aaguid-restricted'], fallbacks: [] },
  { name: 'Windows 11 Edge, allow list with no valid entry allows nothing', sources: ['FIDO26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.allowsNothing, guide: 'unsupported', warnings: [], fallbacks: [], reasons: ['authenticator-not-accepted', 'platform-not-accepted', 'security-key-not-accepted', 'cross-device-not-accepted'] },
  { name: 'Windows 11 Edge, Windows Hello blocked', sources: ['FIDO26', 'WIN26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.blockWindowsHello, guide: 'authenticator-app', warnings: [...PHONE, 'aaguid-restricted'], fallbacks: ['security-key', 'cross-device'] },
  { name: 'Windows 11 Edge, two profiles (attested Authenticator + synced)', sources: ['FIDO26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.twoProfiles, guide: 'authenticator-app', warnings: [...PHONE, 'attestation-enforced', 'aaguid-restricted'], fallbacks: ['cross-device'] },
  { name: 'Windows 11 Chrome, two profiles: Google Password Manager as fallback', sources: ['FIDO26'], ua: UA.winChrome, hints: H.win11Chrome, policy: POL.twoProfiles, guide: 'authenticator-app', warnings: [...PHONE, 'attestation-enforced', 'aaguid-restricted'], fallbacks: ['platform', 'cross-device'] },
  { name: 'Windows 11 Chrome, both types targeting Authenticator: minimum app version', sources: ['FIDO26'], ua: UA.winChrome, hints: H.win11Chrome, policy: POL.bothTargetAuthenticator, guide: 'authenticator-app', warnings: [...PHONE, 'authenticator-min-version', 'aaguid-restricted'], fallbacks: ['platform', 'cross-device'] },
  { name: 'Windows Edge, no profiles at all: fail closed', sources: ['FIDO26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.noProfiles, guide: 'unsupported', warnings: [], fallbacks: [] },
  { name: 'Windows Edge, self-service set-up off', sources: ['FIDO26'], ua: UA.winEdge, hints: H.win11Edge, policy: POL.selfServiceOff, guide: 'unsupported', warnings: [], fallbacks: [], reasons: ['self-service-off'] },
  // macOS (MAT25: USB only; Safari/Firefox cannot set a new key PIN; REG26: Chrome asks to allow login.microsoft.com).
  { name: 'macOS Safari, default policy', sources: ['REG26', 'FIDO26'], ua: UA.macSafari, touch: 0, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key', 'cross-device'] },
  { name: 'macOS Firefox, default policy', sources: ['REG26'], ua: UA.macFirefox, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key', 'cross-device'] },
  { name: 'macOS Edge with client hints', sources: ['REG26'], ua: UA.macEdge, hints: H.macEdge, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key', 'cross-device'] },
  { name: 'macOS Safari, has a key: set PIN first or use Chrome/Edge', sources: ['MAT25', 'REG26'], ua: UA.macSafari, answers: { hasSecurityKey: 'yes' }, guide: 'security-key', warnings: ['security-key-usb-only', 'security-key-macos-pin'], fallbacks: ['authenticator-app', 'platform', 'cross-device'] },
  { name: 'macOS Chrome, has a key: USB only, allow login.microsoft.com', sources: ['MAT25', 'REG26'], ua: UA.macChrome, answers: { hasSecurityKey: 'yes' }, guide: 'security-key', warnings: ['chrome-macos-allow', 'security-key-usb-only'], fallbacks: ['authenticator-app', 'platform', 'cross-device'] },
  { name: 'macOS Chrome, synced-only tenant', sources: ['FIDO26'], ua: UA.macChrome, policy: POL.syncedOnly, guide: 'platform', warnings: [], fallbacks: ['cross-device'] },
  { name: 'macOS Safari, Apple Passwords-only allow list', sources: ['FIDO26'], ua: UA.macSafari, policy: POL.appleOnly, guide: 'platform', warnings: ['aaguid-restricted'], fallbacks: ['cross-device'] },
  { name: 'macOS Safari, device-bound with attestation', sources: ['EN26', 'FIDO26'], ua: UA.macSafari, policy: POL.attested, guide: 'authenticator-app', warnings: [...PHONE, 'attestation-enforced'], fallbacks: ['security-key'] },
  { name: 'macOS Safari, Windows Hello-only allow list: nothing works on a Mac', sources: ['FIDO26', 'WIN26'], ua: UA.macSafari, policy: POL.windowsHelloOnly, guide: 'unsupported', warnings: [], fallbacks: [], reasons: ['authenticator-not-accepted', 'platform-not-accepted', 'security-key-not-accepted', 'cross-device-not-accepted'] },
  { name: 'macOS 12 Chrome, synced-only: Google Password Manager (Apple needs macOS 13)', sources: ['FIDO26'], ua: UA.macChrome, hints: H.macChrome12, policy: POL.syncedOnly, guide: 'platform', warnings: [], fallbacks: ['cross-device'] },
  { name: 'macOS 12 Edge 146, Apple-only allow list', sources: ['FIDO26'], ua: UA.macEdge, hints: { ...H.macEdge146, platformVersion: '12.7.0' }, policy: POL.appleOnly, guide: 'cross-device', warnings: ['bluetooth-both', 'chrome-macos-allow', 'aaguid-restricted'], fallbacks: [] },
  // ChromeOS and Linux (MAT25: no key registration on ChromeOS; Firefox on Linux refused).
  { name: 'ChromeOS Chrome, default policy', sources: ['MAT25', 'REG26'], ua: UA.cros, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'cross-device'] },
  { name: 'ChromeOS, no Bluetooth', sources: ['MAT25', 'WEBAUTHN'], ua: UA.cros, caps: { hybridTransport: 'no' }, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform'] },
  { name: 'ChromeOS, has a key: still no key registration', sources: ['MAT25'], ua: UA.cros, answers: { hasSecurityKey: 'yes' }, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'cross-device'] },
  { name: 'Linux Chrome, default policy', sources: ['REG26', 'PKDSUPPORT'], ua: UA.linuxChrome, guide: 'authenticator-app', warnings: PHONE, fallbacks: ['platform', 'security-key', 'cross-device'] },
  { name: 'Linux Chrome, synced-only tenant', sources: ['FIDO26', 'PKDSUPPORT'], ua: UA.linuxChrome, policy: POL.syncedOnly, guide: 'platform', warnings: [], fallbacks: ['cross-device'] },
  { name: 'Linux Chrome, has a key (USB only)', sources: ['MAT25'], ua: UA.linuxChrome, answers: { hasSecurityKey: 'yes' }, guide: 'security-key', warnings: ['security-key-usb-only'], fallbacks: ['authenticator-app', 'platform', 'cross-device'] },
  { name: 'Ubuntu Firefox: honest "use Chrome or Edge, or your phone"', sources: ['MAT25', 'WEBCOMPAT'], ua: UA.ubuntuFirefox, guide: 'unsupported', warnings: ['linux-firefox'], fallbacks: [], reasons: ['linux-firefox', 'no-platform-provider'] },
  { name: 'Ubuntu Firefox, self-service off: only the IT message', sources: ['FIDO26'], ua: UA.ubuntuFirefox, policy: POL.selfServiceOff, guide: 'unsupported', warnings: [], fallbacks: [], reasons: ['self-service-off'] },
  // Android (REG26/EN26: Android 14+; FAQ26: Android 14 maker APIs; FIDO26: Google Password Manager 9+ except Samsung).
  { name: 'Pixel 9, Android 15, Chrome', sources: ['REG26', 'MAT25'], ua: UA.androidChrome, hints: H.pixel9, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'Pixel 8a, Android 14, Chrome', sources: ['FAQ26'], ua: UA.androidChrome, hints: H.pixel8a14, guide: 'authenticator-app', warnings: ['android-14-maker-apis'], fallbacks: ['platform'] },
  { name: 'Galaxy S23, Android 14, Samsung Internet: Samsung Pass fallback', sources: ['FAQ26', 'FIDO26'], ua: UA.samsung, hints: H.galaxyS23, guide: 'authenticator-app', warnings: ['android-14-maker-apis'], fallbacks: ['platform'] },
  { name: 'Galaxy A13, Android 13: no built-in provider on Samsung', sources: ['FIDO26', 'REG26'], ua: UA.androidChrome, hints: H.galaxyA13, guide: 'unsupported', warnings: [], fallbacks: [], reasons: ['android-below-14', 'no-platform-provider', 'security-key-android', 'cross-device-needs-computer'] },
  { name: 'Pixel 6a, Android 13: Google Password Manager', sources: ['FIDO26'], ua: UA.androidChrome, hints: H.pixel6a13, guide: 'platform', warnings: [], fallbacks: [] },
  { name: 'Pixel 6a, Android 13, device-bound only', sources: ['FIDO26', 'REG26'], ua: UA.androidChrome, hints: H.pixel6a13, policy: POL.deviceBoundOnly, guide: 'unsupported', warnings: [], fallbacks: [], reasons: ['android-below-14', 'platform-not-accepted', 'security-key-android', 'cross-device-needs-computer'] },
  { name: 'Frozen Android UA, no hints, no answer', sources: ['REG26'], ua: UA.androidChrome, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'Frozen Android UA, user answers 13', sources: ['FIDO26'], ua: UA.androidChrome, answers: { osVersionKnown: '13' }, guide: 'platform', warnings: [], fallbacks: [] },
  { name: 'Frozen Android UA, user answers 14', sources: ['FAQ26'], ua: UA.androidChrome, answers: { osVersionKnown: '14' }, guide: 'authenticator-app', warnings: ['android-14-maker-apis'], fallbacks: ['platform'] },
  { name: 'Edge on Android 15: no caveat any more', sources: ['REG26', 'MAT25'], ua: UA.androidEdge, hints: H.edgeAndroid15, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'Firefox on Android 14', sources: ['MAT25', 'FAQ26'], ua: UA.androidFirefox, guide: 'authenticator-app', warnings: ['android-14-maker-apis', 'firefox-android'], fallbacks: ['platform'] },
  { name: 'Android 15 with a work profile', sources: ['EN26', 'FAQ26'], ua: UA.androidChrome, hints: H.pixel9, answers: { workProfile: 'yes' }, guide: 'authenticator-app', warnings: ['work-profile'], fallbacks: ['platform'] },
  { name: 'Android 15, device-bound with attestation', sources: ['EN26'], ua: UA.androidChrome, hints: H.pixel9, policy: POL.attested, guide: 'authenticator-app', warnings: ['attestation-enforced'], fallbacks: [] },
  { name: 'Android 15, Google Password Manager-only allow list', sources: ['FIDO26'], ua: UA.androidChrome, hints: H.pixel9, policy: POL.gpmOnly, guide: 'platform', warnings: ['aaguid-restricted'], fallbacks: [], reasons: ['device-bound-not-allowed'] },
  { name: 'Android 15, both types targeting Authenticator', sources: ['FIDO26'], ua: UA.androidChrome, hints: H.pixel9, policy: POL.bothTargetAuthenticator, guide: 'authenticator-app', warnings: ['authenticator-min-version', 'aaguid-restricted'], fallbacks: ['platform'] },
  { name: 'Android 15, has a key: "may not work; use a computer"', sources: ['MAT25', 'MOB25'], ua: UA.androidChrome, hints: H.pixel9, policy: { preferredGuide: 'security-key' }, answers: { hasSecurityKey: 'yes' }, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'], reasons: ['security-key-android'] },
  // iPhone / iPad (REG26: iOS 17+; FIDO26: Apple Passwords iOS 16+, Chrome on iOS 17+; MOB25: key with a PIN).
  { name: 'iPhone iOS 17.4 Safari', sources: ['REG26'], ua: UA.iphone17, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'iPhone iOS 18.1 Safari', sources: ['REG26'], ua: UA.iphone18, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'iPhone iOS 16.7 Safari: Apple Passwords', sources: ['REG26', 'FIDO26'], ua: UA.iphone16, guide: 'platform', warnings: [], fallbacks: [] },
  { name: 'iPhone iOS 16.7, device-bound only', sources: ['REG26', 'FIDO26', 'MOB25'], ua: UA.iphone16, policy: POL.deviceBoundOnly, guide: 'unsupported', warnings: [], fallbacks: [], reasons: ['ios-below-17', 'platform-not-accepted', 'security-key-ios', 'cross-device-needs-computer'] },
  { name: 'Chrome on iPhone iOS 17.5, synced-only', sources: ['FIDO26'], ua: UA.iphoneChrome, policy: POL.syncedOnly, guide: 'platform', warnings: [], fallbacks: [] },
  { name: 'iPad desktop-mode Safari (Mac UA + touch)', sources: ['REG26'], ua: UA.macSafari, touch: 5, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'iPhone, has a key: fallback with a key that already has a PIN', sources: ['MOB25'], ua: UA.iphone17, answers: { hasSecurityKey: 'yes' }, guide: 'authenticator-app', warnings: [], fallbacks: ['platform', 'security-key'] },
  { name: 'iPhone, org prefers keys, no key answer', sources: ['MAT25', 'MOB25'], ua: UA.iphone17, policy: { preferredGuide: 'security-key' }, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'], reasons: ['security-key-ios'] },
  { name: 'iPhone, org prefers keys, has a key', sources: ['MOB25'], ua: UA.iphone17, policy: { preferredGuide: 'security-key' }, answers: { hasSecurityKey: 'yes' }, guide: 'security-key', warnings: ['security-key-ios-pin'], fallbacks: ['authenticator-app', 'platform'], reasons: ['policy-preferred'] },
  { name: 'iPhone, Android-only Authenticator allow list', sources: ['EN26', 'FIDO26'], ua: UA.iphone17, policy: { passkeyProfiles: [{ name: null, passkeyTypes: ['device-bound'], attestationEnforced: false, targetAaguids: { mode: 'allow', aaguids: ['de1e552d-db1d-4423-a619-566b625cdc84'] } }] }, guide: 'unsupported', warnings: [], fallbacks: [] },
];

describe('decide: scenario table', () => {
  it('has at least 60 rows, each citing known public sources', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
    for (const r of ROWS) {
      expect(r.sources.length, r.name).toBeGreaterThan(0);
      for (const s of r.sources) expect(SOURCES[s].url, `${r.name}: ${s}`).toMatch(/^https:\/\//);
    }
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const d = decide(input(row));
    expect({ guide: d.guide, warnings: d.warnings, fallbacks: d.fallbacks }).toEqual({ guide: row.guide, warnings: row.warnings, fallbacks: row.fallbacks });
    if (row.reasons) expect(d.reasons).toEqual(row.reasons.map((r) => `engine.reasons.${r}`));
    expect(d.fallbacks).not.toContain(d.guide);
    expect(d.steps.length).toBeGreaterThan(0);
  });
});
