/**
 * Guidance engine: table-driven scenarios with real UA strings and client-hint values.
 * Each row names its source in /work/shared/reference/entra-passkey-facts.md ("facts §n").
 */
import { describe, expect, it } from 'vitest';
import { decide, stepsFor, troubleshootingFor, type EngineInput } from '../../core/engine';
import { BLOCK_RULES, WARNING_RULES } from '../../core/engine/rules';
import { parsePlatform, type ClientHints } from '../../core/platform';
import { DEFAULT_POLICY, GUIDE_IDS, PAGE_TARGETS, type Answers, type CapabilityFacts, type GuideId, type OrgPolicy } from '../../core/types';

const UA = {
  winEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  winEdge107: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.0.0.0 Safari/537.36 Edg/107.0.1418.62',
  winChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  winFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  macFirefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0',
  macEdge: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  cros: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ubuntuFirefox: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  linuxChrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  androidChrome: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidEdge: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0',
  samsung: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
  iphone17: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  iphone18: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iphone16: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_10 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  iphoneChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
};
const edge = [{ brand: 'Microsoft Edge', version: '131.0.2903.86' }, { brand: 'Chromium', version: '131.0.6778.140' }, { brand: 'Not_A Brand', version: '24.0.0.0' }];
const chrome = [{ brand: 'Google Chrome', version: '131.0.6778.140' }, { brand: 'Chromium', version: '131.0.6778.140' }, { brand: 'Not_A Brand', version: '24.0.0.0' }];
const H = {
  win11Edge: { platform: 'Windows', platformVersion: '15.0.0', mobile: false, fullVersionList: edge },
  win10Chrome: { platform: 'Windows', platformVersion: '10.0.0', mobile: false, fullVersionList: chrome },
  macEdge: { platform: 'macOS', platformVersion: '14.5.0', mobile: false, fullVersionList: edge },
  pixel9: { platform: 'Android', platformVersion: '15.0.0', model: 'Pixel 9', mobile: true, fullVersionList: chrome },
  pixel8a14: { platform: 'Android', platformVersion: '14.0.0', model: 'Pixel 8a', mobile: true, fullVersionList: chrome },
  galaxyS23: { platform: 'Android', platformVersion: '14.0.0', model: 'SM-S911B', mobile: true, brands: [{ brand: 'Samsung Internet', version: '27' }, { brand: 'Chromium', version: '125' }] },
  galaxyA13: { platform: 'Android', platformVersion: '13.0.0', model: 'SM-A135F', mobile: true, fullVersionList: chrome },
  edgeAndroid15: { platform: 'Android', platformVersion: '15.0.0', model: 'Pixel 7', mobile: true, fullVersionList: edge },
} satisfies Record<string, ClientHints>;

const CAPS: CapabilityFacts = {
  webauthn: 'yes', secureContext: 'yes', platformAuthenticator: 'yes', conditionalMediation: 'yes', hybridTransport: 'yes',
  passkeyPlatformAuthenticator: 'yes', conditionalCreate: 'unknown', conditionalGet: 'yes', signalApi: 'unknown',
};
const AUTH_ANDROID = 'de1e552d-db1d-4423-a619-566b625cdc84';
const AUTH_IOS = '90a3ccdf-635c-4729-a248-9b709135078f';

interface Row {
  name: string;
  source: string;
  ua: string;
  hints?: ClientHints;
  touch?: number;
  caps?: Partial<CapabilityFacts>;
  policy?: Partial<OrgPolicy>;
  answers?: Answers;
  guide: GuideId;
  warnings: string[];
  fallbacks: GuideId[];
}

function input(r: Pick<Row, 'ua' | 'hints' | 'touch' | 'caps' | 'policy' | 'answers'>): EngineInput {
  return {
    platform: parsePlatform({ userAgent: r.ua, hints: r.hints, maxTouchPoints: r.touch }),
    capabilities: { ...CAPS, ...r.caps },
    policy: { ...DEFAULT_POLICY, ...r.policy },
    answers: r.answers ?? {},
  };
}

const XD = ['bluetooth-both', 'phone-requirements'];
const ROWS: Row[] = [
  // Windows (facts §1a Windows, §1e hybrid, §2a cross-device, §4 Windows)
  { name: 'Windows 11 Edge, default policy', source: 'facts §1a, §1e, §2a', ua: UA.winEdge, hints: H.win11Edge, guide: 'cross-device', warnings: XD, fallbacks: ['authenticator-app', 'security-key', 'platform'] },
  { name: 'Windows 10 Chrome', source: 'facts §1a, §4 (Chrome/Edge 108+ hybrid before 23H2)', ua: UA.winChrome, hints: H.win10Chrome, guide: 'cross-device', warnings: XD, fallbacks: ['authenticator-app', 'security-key', 'platform'] },
  { name: 'Windows Firefox (no client hints)', source: 'facts §1a (Firefox 66+)', ua: UA.winFirefox, guide: 'cross-device', warnings: XD, fallbacks: ['authenticator-app', 'security-key', 'platform'] },
  { name: 'Windows Edge, no hybrid transport (no Bluetooth)', source: 'facts §2a (Bluetooth both devices), §6 hybridTransport', ua: UA.winEdge, hints: H.win11Edge, caps: { hybridTransport: 'no' }, guide: 'authenticator-app', warnings: [], fallbacks: ['security-key', 'platform'] },
  { name: 'Windows Edge, user says no Bluetooth on both', source: 'facts §2a', ua: UA.winEdge, hints: H.win11Edge, answers: { bluetoothBothDevices: 'no' }, guide: 'authenticator-app', warnings: [], fallbacks: ['security-key', 'platform'] },
  { name: 'Windows Edge, has a security key', source: 'facts §1a, §1d (USB/NFC/BLE on Windows)', ua: UA.winEdge, hints: H.win11Edge, answers: { hasSecurityKey: 'yes' }, guide: 'security-key', warnings: [], fallbacks: ['cross-device', 'authenticator-app', 'platform'] },
  { name: 'Windows Edge, attestation enforced', source: 'facts §2a (no cross-device with attestation)', ua: UA.winEdge, hints: H.win11Edge, policy: { attestationEnforced: true }, guide: 'authenticator-app', warnings: ['attestation-enforced'], fallbacks: ['security-key'] },
  { name: 'Windows Edge, synced-only profile', source: 'facts §3 (passkey profiles)', ua: UA.winEdge, hints: H.win11Edge, policy: { allowedPasskeyKinds: ['synced'] }, guide: 'unsupported', warnings: [], fallbacks: [] },
  { name: 'Windows Edge, AAGUID allow list = Authenticator only', source: 'facts §2a (AAGUIDs)', ua: UA.winEdge, hints: H.win11Edge, policy: { aaguidAllowList: [AUTH_ANDROID, AUTH_IOS] }, guide: 'cross-device', warnings: [...XD, 'aaguid-restricted'], fallbacks: ['authenticator-app', 'security-key'] },
  { name: 'Windows Edge, org prefers security keys', source: 'facts §3 (device-bound for admins)', ua: UA.winEdge, hints: H.win11Edge, policy: { preferredGuide: 'security-key' }, guide: 'security-key', warnings: [], fallbacks: ['cross-device', 'authenticator-app', 'platform'] },
  { name: 'Windows Edge, org prefers platform (Windows Hello)', source: 'security-info-page §4F', ua: UA.winEdge, hints: H.win11Edge, policy: { preferredGuide: 'platform' }, guide: 'platform', warnings: [], fallbacks: ['cross-device', 'authenticator-app', 'security-key'] },
  { name: 'Windows Edge 107: too old for hybrid', source: 'facts §1e, §4 (Chrome/Edge 108+)', ua: UA.winEdge107, guide: 'authenticator-app', warnings: [], fallbacks: ['security-key', 'platform'] },
  { name: 'Windows browser without WebAuthn', source: 'facts §6', ua: UA.winEdge, hints: H.win11Edge, caps: { webauthn: 'no', platformAuthenticator: 'no', hybridTransport: 'unknown' }, guide: 'authenticator-app', warnings: [], fallbacks: [] },
  { name: 'Windows Edge, Windows Hello AAGUID blocked', source: 'facts §5, security-info-page §4F', ua: UA.winEdge, hints: H.win11Edge, policy: { aaguidBlockList: ['08987058-cadc-4b81-b6e1-30de50dcbe96', '9ddd1817-af5a-4672-a2b9-3e3dd95000a9', '6028b017-b1d4-4c02-b4b3-afcdafc96bb2'] }, guide: 'cross-device', warnings: [...XD, 'aaguid-restricted'], fallbacks: ['authenticator-app', 'security-key'] },
  { name: 'Windows, no MFA method, TAP offered', source: 'facts §3 (MFA within 5 minutes)', ua: UA.winEdge, hints: H.win11Edge, policy: { tapOffered: true }, answers: { hasMfaMethod: 'no' }, guide: 'cross-device', warnings: [...XD, 'tap-route'], fallbacks: ['authenticator-app', 'security-key', 'platform'] },
  { name: 'Windows, no MFA method, no TAP', source: 'facts §3 (MFA within 5 minutes)', ua: UA.winChrome, hints: H.win10Chrome, answers: { hasMfaMethod: 'no' }, guide: 'cross-device', warnings: [...XD, 'no-mfa-method'], fallbacks: ['authenticator-app', 'security-key', 'platform'] },
  // macOS (facts §1a macOS, §4)
  { name: 'macOS Safari', source: 'facts §1a (no new key registration in Safari), §4 (CDA v13+)', ua: UA.macSafari, touch: 0, guide: 'cross-device', warnings: XD, fallbacks: ['authenticator-app', 'platform'] },
  { name: 'macOS Firefox', source: 'facts §1a (no new key registration in Firefox)', ua: UA.macFirefox, guide: 'cross-device', warnings: XD, fallbacks: ['authenticator-app', 'platform'] },
  { name: 'macOS Edge with client hints', source: 'facts §1a, §7', ua: UA.macEdge, hints: H.macEdge, guide: 'cross-device', warnings: XD, fallbacks: ['authenticator-app', 'security-key', 'platform'] },
  { name: 'macOS Chrome, has a security key (USB only)', source: 'facts §1a (no NFC/BLE on macOS)', ua: UA.macChrome, answers: { hasSecurityKey: 'yes' }, guide: 'security-key', warnings: ['security-key-usb-only'], fallbacks: ['cross-device', 'authenticator-app', 'platform'] },
  { name: 'macOS Safari, has a key but Safari cannot register it', source: 'facts §1a (macOS)', ua: UA.macSafari, answers: { hasSecurityKey: 'yes' }, guide: 'cross-device', warnings: XD, fallbacks: ['authenticator-app', 'platform'] },
  { name: 'macOS Safari, device-bound only', source: 'facts §3 (synced only where allowed)', ua: UA.macSafari, policy: { allowedPasskeyKinds: ['device-bound'] }, guide: 'cross-device', warnings: XD, fallbacks: ['authenticator-app'] },
  { name: 'macOS Safari, attestation enforced', source: 'facts §2a, §3 (synced FAQ: no attestation)', ua: UA.macSafari, policy: { attestationEnforced: true }, guide: 'authenticator-app', warnings: ['attestation-enforced'], fallbacks: [] },
  // ChromeOS and Linux (facts §1a ChromeOS/Linux, §1d, §1f, §4)
  { name: 'ChromeOS Chrome', source: 'facts §1a (ChromeOS: no key registration), §4 (client v108+)', ua: UA.cros, guide: 'cross-device', warnings: XD, fallbacks: ['authenticator-app', 'platform'] },
  { name: 'ChromeOS, no hybrid transport', source: 'facts §1a, §6', ua: UA.cros, caps: { hybridTransport: 'no' }, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'Ubuntu Firefox', source: 'facts §1a (Linux: no Authenticator passkey in Firefox), §1f', ua: UA.ubuntuFirefox, guide: 'security-key', warnings: ['security-key-usb-only', 'linux-firefox'], fallbacks: [] },
  { name: 'Linux Chrome', source: 'facts §4 (Ubuntu client: Chrome, Edge)', ua: UA.linuxChrome, guide: 'cross-device', warnings: XD, fallbacks: ['authenticator-app', 'security-key'] },
  { name: 'Linux Chrome, has a security key', source: 'facts §1d (Linux Chrome USB)', ua: UA.linuxChrome, answers: { hasSecurityKey: 'yes' }, guide: 'security-key', warnings: ['security-key-usb-only'], fallbacks: ['cross-device', 'authenticator-app'] },
  { name: 'Ubuntu Firefox, device-bound not allowed', source: 'facts §1a, §3', ua: UA.ubuntuFirefox, policy: { allowedPasskeyKinds: ['synced'] }, guide: 'unsupported', warnings: ['linux-firefox'], fallbacks: [] },
  // Android (facts §2a prerequisites, §2b Android 14 note, §1a Android, §1c Edge)
  { name: 'Pixel 9, Android 15, Chrome', source: 'facts §2a (Android 14+)', ua: UA.androidChrome, hints: H.pixel9, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'Pixel 8a, Android 14, Chrome', source: 'facts §2b (upgrade to Android 15), §4', ua: UA.androidChrome, hints: H.pixel8a14, guide: 'authenticator-app', warnings: ['android-14-maker-apis'], fallbacks: ['platform'] },
  { name: 'Galaxy S23, Android 14, Samsung Internet', source: 'facts §2b, §4 (some OEMs)', ua: UA.samsung, hints: H.galaxyS23, guide: 'authenticator-app', warnings: ['android-14-maker-apis'], fallbacks: ['platform'] },
  { name: 'Galaxy A13, Android 13: Google Password Manager', source: 'facts §2a (Android 14+), §4 (synced Android 9+)', ua: UA.androidChrome, hints: H.galaxyA13, guide: 'platform', warnings: [], fallbacks: [] },
  { name: 'Android 13, synced passkeys not allowed', source: 'facts §2a, §3', ua: UA.androidChrome, hints: H.galaxyA13, policy: { allowedPasskeyKinds: ['device-bound'] }, guide: 'unsupported', warnings: [], fallbacks: [] },
  { name: 'Frozen Android UA, no hints, no answer', source: 'facts §7 (Android 10; K)', ua: UA.androidChrome, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'Frozen Android UA, user answers 13', source: 'facts §7, §2a', ua: UA.androidChrome, answers: { osVersionKnown: '13' }, guide: 'platform', warnings: [], fallbacks: [] },
  { name: 'Frozen Android UA, user answers 14', source: 'facts §7, §2b', ua: UA.androidChrome, answers: { osVersionKnown: '14' }, guide: 'authenticator-app', warnings: ['android-14-maker-apis'], fallbacks: ['platform'] },
  { name: 'Edge on Android 15', source: 'facts §1c (same-device Edge on Android coming soon)', ua: UA.androidEdge, hints: H.edgeAndroid15, guide: 'authenticator-app', warnings: ['edge-android-browser-flow'], fallbacks: ['platform'] },
  { name: 'Firefox on Android 14', source: 'facts §1a (Android Firefox ❌), §2b', ua: UA.androidFirefox, guide: 'authenticator-app', warnings: ['android-14-maker-apis', 'firefox-android'], fallbacks: ['platform'] },
  { name: 'Android 15 with a work profile', source: 'facts §2a (work and personal profiles)', ua: UA.androidChrome, hints: H.pixel9, answers: { workProfile: 'yes' }, guide: 'authenticator-app', warnings: ['work-profile'], fallbacks: ['platform'] },
  { name: 'Android 15, attestation enforced', source: 'facts §2a (attested passkeys only in the app)', ua: UA.androidChrome, hints: H.pixel9, policy: { attestationEnforced: true }, guide: 'authenticator-app', warnings: ['attestation-enforced'], fallbacks: [] },
  { name: 'Android 15, Authenticator AAGUIDs not allowed', source: 'facts §2a (AAGUIDs)', ua: UA.androidChrome, hints: H.pixel9, policy: { aaguidAllowList: ['ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4'] }, guide: 'platform', warnings: ['aaguid-restricted'], fallbacks: [] },
  // iOS / iPadOS (facts §2a iOS 17+, §2b provider paths, §1a iOS)
  { name: 'iPhone iOS 17.4 Safari', source: 'facts §2a, §2b', ua: UA.iphone17, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'iPhone iOS 18.1 Safari', source: 'facts §2b (iOS 18 path)', ua: UA.iphone18, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'iPhone iOS 16.7 Safari: iCloud Keychain', source: 'facts §2a (iOS 17+), §4 (synced iOS 16+)', ua: UA.iphone16, guide: 'platform', warnings: [], fallbacks: [] },
  { name: 'iPhone iOS 16.7, synced not allowed', source: 'facts §2a, §3', ua: UA.iphone16, policy: { allowedPasskeyKinds: ['device-bound'] }, guide: 'unsupported', warnings: [], fallbacks: [] },
  { name: 'Chrome on iPhone iOS 17.5', source: 'facts §1a (iOS all browsers)', ua: UA.iphoneChrome, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'iPad desktop-mode Safari (Mac UA + touch)', source: 'facts §7; iPadOS Mac UA', ua: UA.macSafari, touch: 5, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
  { name: 'iPhone, allow list has only Android Authenticator', source: 'facts §2a (per-platform AAGUIDs)', ua: UA.iphone17, policy: { aaguidAllowList: [AUTH_ANDROID] }, guide: 'unsupported', warnings: [], fallbacks: [] },
  { name: 'iPhone, org prefers security key (blocked on iOS)', source: 'facts §1a (iOS: no key registration)', ua: UA.iphone17, policy: { preferredGuide: 'security-key' }, guide: 'authenticator-app', warnings: [], fallbacks: ['platform'] },
];

describe('decide: scenario table', () => {
  it('has at least 40 scenarios, each naming a source', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    for (const r of ROWS) expect(r.source).toMatch(/facts §|security-info-page/);
  });
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const d = decide(input(row));
    expect({ guide: d.guide, warnings: d.warnings, fallbacks: d.fallbacks }).toEqual({ guide: row.guide, warnings: row.warnings, fallbacks: row.fallbacks });
    expect(d.fallbacks).not.toContain(d.guide);
    expect(d.steps.length).toBeGreaterThan(0);
  });
});

describe('decide: reasons and questions', () => {
  it('explains a blocked preference with its rule id', () => {
    const d = decide(input({ ua: UA.iphone17, policy: { preferredGuide: 'security-key' } }));
    expect(d.reasons).toEqual(['engine.reasons.security-key-mobile']);
  });
  it('says the policy preference was followed', () => {
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: { preferredGuide: 'security-key' } })).reasons).toEqual(['engine.reasons.policy-preferred']);
  });
  it('gives why the earlier guides were skipped', () => {
    const d = decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: { attestationEnforced: true } }));
    expect(d.reasons).toEqual(['engine.reasons.attestation-blocks-cross-device']);
  });
  it('unsupported lists every blocking reason', () => {
    const d = decide(input({ ua: UA.iphone16, policy: { allowedPasskeyKinds: ['device-bound'] } }));
    expect(d.reasons).toEqual(['engine.reasons.ios-below-17', 'engine.reasons.platform-kind-not-allowed', 'engine.reasons.security-key-mobile', 'engine.reasons.cross-device-needs-computer']);
  });
  it('has-security-key reason', () => {
    expect(decide(input({ ua: UA.winEdge, answers: { hasSecurityKey: 'yes' } })).reasons).toEqual(['engine.reasons.has-security-key']);
  });
  it('asks the Android version when the UA is frozen and hints are missing', () => {
    expect(decide(input({ ua: UA.androidChrome })).questions).toEqual(['osVersionKnown', 'workProfile', 'authenticatorInstalled', 'hasMfaMethod']);
  });
  it('does not ask the version when client hints tell it', () => {
    expect(decide(input({ ua: UA.androidChrome, hints: H.pixel9 })).questions).not.toContain('osVersionKnown');
  });
  it('keeps asking when the typed answer is not a version (bad input)', () => {
    const d = decide(input({ ua: UA.androidChrome, answers: { osVersionKnown: 'Pie or so' } }));
    expect(d.guide).toBe('authenticator-app');
    expect(d.questions[0]).toBe('osVersionKnown');
  });
  it('asks desktop questions for cross-device, and nothing already answered', () => {
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge })).questions).toEqual(['authenticatorInstalled', 'bluetoothBothDevices', 'hasSecurityKey', 'hasMfaMethod']);
    const answered = decide(input({ ua: UA.winEdge, hints: H.win11Edge, answers: { authenticatorInstalled: 'yes', bluetoothBothDevices: 'yes', hasSecurityKey: 'no', hasMfaMethod: 'unknown' } }));
    expect(answered.questions).toEqual([]);
  });
  it('does not ask about a security key on ChromeOS or a phone', () => {
    expect(decide(input({ ua: UA.cros })).questions).not.toContain('hasSecurityKey');
    expect(decide(input({ ua: UA.iphone17 })).questions).toEqual(['authenticatorInstalled', 'hasMfaMethod']);
  });
});

describe('steps', () => {
  it('iOS 17 and iOS 18 get different provider paths, Android its own', () => {
    const text = (ua: string, hints?: ClientHints) => decide(input({ ua, hints })).steps.find((s) => s.id === 'enable-provider')?.text;
    expect(text(UA.iphone17)).toBe('guides.shared.steps.enable-provider-ios17');
    expect(text(UA.iphone18)).toBe('guides.shared.steps.enable-provider-ios18');
    expect(text(UA.androidChrome, H.pixel9)).toBe('guides.shared.steps.enable-provider-android');
    expect(text(UA.winEdge, H.win11Edge)).toBe('guides.shared.steps.enable-provider-any');
  });
  it('skips the install step once Authenticator is installed', () => {
    const ids = (a: Answers) => decide(input({ ua: UA.iphone17, answers: a })).steps.map((s) => s.id);
    expect(ids({})).toContain('install-authenticator');
    expect(ids({ authenticatorInstalled: 'yes' })).not.toContain('install-authenticator');
    expect(ids({ authenticatorInstalled: 'no' })).toContain('install-authenticator');
  });
  it('cross-device steps point at the page controls in order', () => {
    const steps = decide(input({ ua: UA.winEdge, hints: H.win11Edge })).steps;
    expect(steps.map((s) => s.id)).toEqual(['add-method', 'choose-authenticator-passkey', 'sign-in-mfa', 'install-authenticator', 'choose-phone-type', 'enable-provider', 'show-qr', 'scan-qr', 'save-in-authenticator', 'done']);
    expect(steps[0]?.target).toBe('add-method');
    expect(steps[1]?.target).toBe('picker-authenticator-passkey');
    expect(steps.find((s) => s.id === 'show-qr')?.target).toBe('wizard-qr');
  });
  it('security key on a Mac offers USB only; on Windows USB or NFC', () => {
    const key = (ua: string) => stepsFor('security-key', input({ ua })).find((s) => s.id === 'choose-usb-nfc')?.text;
    expect(key(UA.macChrome)).toBe('guides.security-key.steps.choose-usb');
    expect(key(UA.winEdge)).toBe('guides.security-key.steps.choose-usb-nfc');
  });
  it('platform step names the provider for the OS', () => {
    const provider = (ua: string, hints?: ClientHints) => stepsFor('platform', input({ ua, hints })).find((s) => s.id === 'save-on-device')?.params?.provider;
    expect(provider(UA.winEdge)).toBe('Windows Hello');
    expect(provider(UA.macSafari)).toMatch(/Apple Passwords/);
    expect(provider(UA.androidChrome, H.pixel9)).toBe('Google Password Manager');
  });
  it('unsupported: help desk contact and TAP variants', () => {
    const last = (policy: Partial<OrgPolicy>) => stepsFor('unsupported', input({ ua: UA.iphone16, policy })).at(-1);
    expect(last({})).toEqual({ id: 'contact-help-desk', text: 'guides.unsupported.steps.contact-it' });
    expect(last({ tapOffered: true })?.text).toBe('guides.unsupported.steps.contact-it-tap');
    const withDesk = last({ helpDesk: { name: 'IT Service Desk', phone: '+31 20 123 4567', email: null, url: null } });
    expect(withDesk).toEqual({ id: 'contact-help-desk', text: 'guides.unsupported.steps.contact-help-desk', params: { contact: 'IT Service Desk, +31 20 123 4567' } });
    expect(last({ tapOffered: true, helpDesk: { name: null, url: null, phone: null, email: 'help@contoso.com' } })?.text).toBe('guides.unsupported.steps.contact-help-desk-tap');
  });
  it('every guide has unique step ids and only known page targets', () => {
    for (const g of GUIDE_IDS) {
      const steps = stepsFor(g, input({ ua: UA.winEdge }));
      expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
      for (const s of steps) if (s.target) expect(PAGE_TARGETS).toContain(s.target);
    }
  });
  it('stepsFor with an unknown guide id falls back to unsupported', () => {
    expect(stepsFor('nope' as GuideId, input({ ua: UA.winEdge }))[0]?.id).toBe('why');
  });
  it('an unknown preferred guide from a bad policy is ignored', () => {
    expect(decide(input({ ua: UA.winEdge, policy: { preferredGuide: 'bogus' as GuideId } })).guide).toBe('cross-device');
  });
});

describe('troubleshooting and rule table', () => {
  it('known failures per guide', () => {
    expect(troubleshootingFor('authenticator-app')).toEqual(['passkey-already-exists', 'request-cancelled', 'passkey-invalidated-android', 'pin-instead-of-biometrics']);
    expect(troubleshootingFor('security-key')).toEqual(['request-cancelled']);
    expect(troubleshootingFor('unsupported')).toEqual([]);
  });
  it('every rule cites a source', () => {
    for (const r of [...BLOCK_RULES, ...WARNING_RULES]) expect(r.source.length).toBeGreaterThan(5);
  });
  it('is pure and deterministic: the same input gives the same decision, and inputs are not mutated', () => {
    const inputs = ROWS.map(input);
    const before = JSON.stringify(inputs);
    const first = inputs.map((i) => JSON.stringify(decide(i)));
    for (let n = 0; n < 3; n++) expect(inputs.map((i) => JSON.stringify(decide(i)))).toEqual(first);
    expect(JSON.stringify(inputs)).toBe(before);
  });
});
