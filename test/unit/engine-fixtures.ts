/**
 * Shared fixtures for the engine tests: real user-agent strings and client-hint values, capabilities, and the
 * passkey profiles an organization can write (https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-passkeys-fido2).
 */
import type { EngineInput } from '../../core/engine';
import { parsePlatform, type ClientHints } from '../../core/platform';
import { DEFAULT_POLICY, type Answers, type CapabilityFacts, type OrgPolicy, type PasskeyKind, type PasskeyProfile } from '../../core/types';

export const UA = {
  winEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  winEdge146: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/146.0.0.0 Safari/537.36 Edg/146.0.0.0',
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
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
};
const edge = [
  { brand: 'Microsoft Edge', version: '131.0.2903.86' },
  { brand: 'Chromium', version: '131.0.6778.140' },
  { brand: 'Not_A Brand', version: '24.0.0.0' },
];
const edge146 = [
  { brand: 'Microsoft Edge', version: '146.0.3100.10' },
  { brand: 'Chromium', version: '146.0.7100.10' },
  { brand: 'Not_A Brand', version: '24.0.0.0' },
];
const chrome = [
  { brand: 'Google Chrome', version: '131.0.6778.140' },
  { brand: 'Chromium', version: '131.0.6778.140' },
  { brand: 'Not_A Brand', version: '24.0.0.0' },
];
export const H = {
  win11Edge: { platform: 'Windows', platformVersion: '15.0.0', mobile: false, fullVersionList: edge },
  win11Edge146: { platform: 'Windows', platformVersion: '15.0.0', mobile: false, fullVersionList: edge146 },
  win11Chrome: { platform: 'Windows', platformVersion: '15.0.0', mobile: false, fullVersionList: chrome },
  win10Chrome: { platform: 'Windows', platformVersion: '10.0.0', mobile: false, fullVersionList: chrome },
  macEdge: { platform: 'macOS', platformVersion: '14.5.0', mobile: false, fullVersionList: edge },
  macEdge146: { platform: 'macOS', platformVersion: '15.1.0', mobile: false, fullVersionList: edge146 },
  macChrome12: { platform: 'macOS', platformVersion: '12.7.0', mobile: false, fullVersionList: chrome },
  pixel9: { platform: 'Android', platformVersion: '15.0.0', model: 'Pixel 9', mobile: true, fullVersionList: chrome },
  pixel8a14: { platform: 'Android', platformVersion: '14.0.0', model: 'Pixel 8a', mobile: true, fullVersionList: chrome },
  pixel6a13: { platform: 'Android', platformVersion: '13.0.0', model: 'Pixel 6a', mobile: true, fullVersionList: chrome },
  galaxyS23: {
    platform: 'Android',
    platformVersion: '14.0.0',
    model: 'SM-S911B',
    mobile: true,
    brands: [
      { brand: 'Samsung Internet', version: '27' },
      { brand: 'Chromium', version: '125' },
    ],
  },
  galaxyA13: { platform: 'Android', platformVersion: '13.0.0', model: 'SM-A135F', mobile: true, fullVersionList: chrome },
  edgeAndroid15: { platform: 'Android', platformVersion: '15.0.0', model: 'Pixel 7', mobile: true, fullVersionList: edge },
} satisfies Record<string, ClientHints>;

export const CAPS: CapabilityFacts = {
  webauthn: 'yes',
  secureContext: 'yes',
  platformAuthenticator: 'yes',
  conditionalMediation: 'yes',
  hybridTransport: 'yes',
  passkeyPlatformAuthenticator: 'yes',
  conditionalCreate: 'unknown',
  conditionalGet: 'yes',
  signalApi: 'unknown',
};

export const AAGUID = {
  authAndroid: 'de1e552d-db1d-4423-a619-566b625cdc84',
  authIos: '90a3ccdf-635c-4729-a248-9b709135078f',
  whTpm: '08987058-cadc-4b81-b6e1-30de50dcbe96',
  whVbs: '9ddd1817-af5a-4672-a2b9-3e3dd95000a9',
  whSoftware: '6028b017-b1d4-4c02-b4b3-afcdafc96bb2',
  gpm: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4',
  apple: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd',
  edge: 'd3452668-01fd-4c12-926c-83a4204853aa',
  samsungPass: '53414d53-554e-4700-0000-000000000000',
  bitwarden: 'd548826e-79b4-db40-a3d8-11116f7e8349',
  yubikey5: 'cb69481e-8ff7-4039-93ec-0a2729a154a8',
  yubikey5Nfc: '2fc0579f-8113-47ea-b116-bb5a8db9202a',
  unknownKey: '12345678-1234-1234-1234-123456789abc',
};
const WH = [AAGUID.whTpm, AAGUID.whVbs, AAGUID.whSoftware];

export function profile(types: PasskeyKind[], attestationEnforced = false, targetAaguids: PasskeyProfile['targetAaguids'] = null): PasskeyProfile {
  return { name: null, passkeyTypes: types, attestationEnforced, targetAaguids };
}
const allow = (...aaguids: string[]) => ({ mode: 'allow' as const, aaguids });
const block = (...aaguids: string[]) => ({ mode: 'block' as const, aaguids });

/** Organization policies as passkey profiles (FIDO26 "Profiles support advanced controls"). */
export const POL = {
  syncedOnly: { passkeyProfiles: [profile(['synced'])] },
  deviceBoundOnly: { passkeyProfiles: [profile(['device-bound'])] },
  attested: { passkeyProfiles: [profile(['device-bound'], true)] },
  authenticatorOnly: { passkeyProfiles: [profile(['device-bound'], false, allow(AAGUID.authAndroid, AAGUID.authIos))] },
  windowsHelloOnly: { passkeyProfiles: [profile(['device-bound'], false, allow(...WH))] },
  windowsHelloAttested: { passkeyProfiles: [profile(['device-bound'], true, allow(...WH))] },
  keysOnly: { passkeyProfiles: [profile(['device-bound'], true, allow(AAGUID.yubikey5, AAGUID.yubikey5Nfc))] },
  allowsNothing: { passkeyProfiles: [profile(['device-bound', 'synced'], false, allow())] },
  blockWindowsHello: { passkeyProfiles: [profile(['device-bound', 'synced'], false, block(...WH))] },
  twoProfiles: { passkeyProfiles: [profile(['device-bound'], true, allow(AAGUID.authAndroid, AAGUID.authIos)), profile(['synced'])] },
  bothTargetAuthenticator: {
    passkeyProfiles: [profile(['device-bound', 'synced'], false, allow(AAGUID.authAndroid, AAGUID.authIos, AAGUID.gpm, AAGUID.apple))],
  },
  gpmOnly: { passkeyProfiles: [profile(['synced'], false, allow(AAGUID.gpm))] },
  appleOnly: { passkeyProfiles: [profile(['synced'], false, allow(AAGUID.apple))] },
  bitwardenOnly: { passkeyProfiles: [profile(['synced'], false, allow(AAGUID.bitwarden))] },
  noProfiles: { passkeyProfiles: [] },
  selfServiceOff: { selfServiceSetupAllowed: false, helpDesk: { name: 'IT Service Desk', phone: '+31 20 123 4567', email: null, url: null } },
} satisfies Record<string, Partial<OrgPolicy>>;

export interface Situation {
  ua: string;
  hints?: ClientHints;
  touch?: number;
  caps?: Partial<CapabilityFacts>;
  policy?: Partial<OrgPolicy>;
  answers?: Answers;
}

export function input(r: Situation): EngineInput {
  return {
    platform: parsePlatform({ userAgent: r.ua, hints: r.hints, maxTouchPoints: r.touch }),
    capabilities: { ...CAPS, ...r.caps },
    policy: { ...DEFAULT_POLICY, ...r.policy },
    answers: r.answers ?? {},
  };
}
