/**
 * Guidance engine: reasons, questions, steps, rule table. The platform × browser × policy table is in
 * engine-scenarios.test.ts; profiles, page-error fixes and the "why am I asked" explainer in engine-profiles.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { context, decide, stepsFor, troubleshootingFor } from '../../core/engine';
import { BLOCK_RULES, WARNING_RULES, providersHere } from '../../core/engine/rules';
import { SOURCES } from '../../core/engine/sources';
import { GUIDE_IDS, PAGE_TARGETS, type Answers, type GuideId, type OrgPolicy } from '../../core/types';
import type { ClientHints } from '../../core/platform';
import { H, POL, UA, input } from './engine-fixtures';

const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

describe('decide: reasons and questions', () => {
  it('explains a blocked preference with its rule id', () => {
    expect(decide(input({ ua: UA.iphone17, policy: { preferredGuide: 'security-key' } })).reasons).toEqual(['engine.reasons.security-key-ios']);
  });
  it('says the policy preference was followed', () => {
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: { preferredGuide: 'security-key' } })).reasons).toEqual([
      'engine.reasons.policy-preferred',
    ]);
  });
  it('an Authenticator passkey is the default on a computer: no reason needed', () => {
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge })).reasons).toEqual([]);
  });
  it('gives why the earlier guides were skipped', () => {
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: POL.windowsHelloOnly })).reasons).toEqual(['engine.reasons.authenticator-not-accepted']);
  });
  it('unsupported lists every blocking reason once', () => {
    expect(decide(input({ ua: UA.iphone16, policy: POL.deviceBoundOnly })).reasons).toEqual([
      'engine.reasons.ios-below-17',
      'engine.reasons.platform-not-accepted',
      'engine.reasons.security-key-ios',
      'engine.reasons.cross-device-needs-computer',
    ]);
  });
  it('self-service off: one reason, no warnings, no questions about the device', () => {
    const d = decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: { ...POL.selfServiceOff, tapOffered: true }, answers: { hasMfaMethod: 'no' } }));
    expect(d).toMatchObject({ guide: 'unsupported', reasons: ['engine.reasons.self-service-off'], warnings: [], fallbacks: [], questions: [] });
    expect(ids(d.steps)).toEqual(['it-registers', 'contact-help-desk']);
    // No Temporary Access Pass wording: the employee cannot use one on Security info either.
    expect(d.steps[1]).toEqual({
      id: 'contact-help-desk',
      text: 'guides.unsupported.steps.contact-help-desk',
      params: { contact: 'IT Service Desk, +31 20 123 4567' },
    });
  });
  it('attestation vs. AAGUID: different reasons for the QR route', () => {
    const r = (policy: Partial<OrgPolicy>) =>
      decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: { ...policy, preferredGuide: 'cross-device' } })).reasons;
    expect(r(POL.attested)).toContain('engine.reasons.attestation-blocks-cross-device');
    expect(r(POL.attested)).not.toContain('engine.reasons.cross-device-not-accepted');
    expect(r(POL.windowsHelloOnly)).toContain('engine.reasons.cross-device-not-accepted');
    expect(r(POL.windowsHelloOnly)).not.toContain('engine.reasons.attestation-blocks-cross-device');
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
  it('desktop questions for the recommended path; nothing already answered', () => {
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge })).questions).toEqual(['authenticatorInstalled', 'hasSecurityKey', 'hasMfaMethod']);
    const answered = decide(
      input({ ua: UA.winEdge, hints: H.win11Edge, answers: { authenticatorInstalled: 'yes', hasSecurityKey: 'no', hasMfaMethod: 'unknown' } }),
    );
    expect(answered.questions).toEqual([]);
  });
  it('asks about Bluetooth only for the QR route, and about Authenticator only when the QR route uses it', () => {
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: { preferredGuide: 'cross-device' } })).questions).toEqual([
      'authenticatorInstalled',
      'bluetoothBothDevices',
      'hasSecurityKey',
      'hasMfaMethod',
    ]);
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: POL.syncedOnly })).questions).toEqual(['bluetoothBothDevices', 'hasMfaMethod']);
  });
  it('does not ask about a security key on ChromeOS, a phone, or when no key is accepted', () => {
    expect(decide(input({ ua: UA.cros })).questions).not.toContain('hasSecurityKey');
    expect(decide(input({ ua: UA.iphone17 })).questions).toEqual(['authenticatorInstalled', 'hasMfaMethod']);
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: POL.authenticatorOnly })).questions).not.toContain('hasSecurityKey');
  });
});

describe('steps', () => {
  it('Authenticator is app-first: create in the app, come back, Next verifies, Passkey created, Done', () => {
    const steps = decide(input({ ua: UA.winEdge, hints: H.win11Edge })).steps;
    expect(ids(steps)).toEqual([
      'add-method',
      'choose-authenticator-passkey',
      'sign-in-mfa',
      'install-authenticator',
      'create-in-app',
      'app-create',
      'app-provider',
      'finish-in-app',
      'success',
    ]);
    expect(steps.map((s) => s.target)).toEqual([
      'add-method',
      'picker-authenticator-passkey',
      'wizard-next',
      'wizard-next',
      'wizard-next',
      undefined,
      undefined,
      'wizard-next',
      'wizard-done',
    ]);
    expect(steps[4]?.text).toBe('guides.authenticator-app.steps.create-in-app-computer');
    expect(decide(input({ ua: UA.iphone17 })).steps[4]?.text).toBe('guides.authenticator-app.steps.create-in-app-phone');
  });
  it('iOS 17 and iOS 18 get different provider paths, Android its own', () => {
    const text = (ua: string, hints?: ClientHints) => decide(input({ ua, hints })).steps.find((s) => s.id === 'app-provider')?.text;
    expect(text(UA.iphone17)).toBe('guides.shared.steps.enable-provider-ios17');
    expect(text(UA.iphone18)).toBe('guides.shared.steps.enable-provider-ios18');
    expect(text(UA.androidChrome, H.pixel9)).toBe('guides.shared.steps.enable-provider-android');
    expect(text(UA.winEdge, H.win11Edge)).toBe('guides.shared.steps.enable-provider-any');
    expect(text(UA.androidChrome, undefined)).toBe('guides.shared.steps.enable-provider-android');
  });
  it('skips the install step once Authenticator is installed', () => {
    const stepIds = (a: Answers) => ids(decide(input({ ua: UA.iphone17, answers: a })).steps);
    expect(stepIds({})).toContain('install-authenticator');
    expect(stepIds({ authenticatorInstalled: 'yes' })).not.toContain('install-authenticator');
    expect(stepIds({ authenticatorInstalled: 'no' })).toContain('install-authenticator');
  });
  it('QR fallback through Authenticator: Having trouble?, a different way, phone type, provider, I’m ready, Next', () => {
    const steps = stepsFor('cross-device', input({ ua: UA.winEdge, hints: H.win11Edge, answers: { authenticatorInstalled: 'yes' } }));
    expect(ids(steps)).toEqual([
      'add-method',
      'choose-authenticator-passkey',
      'sign-in-mfa',
      'having-trouble',
      'different-way',
      'choose-device',
      'enable-provider',
      'devices-ready',
      'setting-up',
      'scan-qr',
      'name',
      'success',
    ]);
    expect(steps.find((s) => s.id === 'having-trouble')?.target).toBe('wizard-having-trouble');
    expect(steps.find((s) => s.id === 'different-way')?.target).toBe('wizard-different-way');
    expect(steps.find((s) => s.id === 'enable-provider')?.target).toBe('wizard-continue');
    expect(steps.find((s) => s.id === 'devices-ready')?.target).toBe('wizard-ready');
    expect(steps.find((s) => s.id === 'scan-qr')).toEqual({ id: 'scan-qr', text: 'guides.cross-device.steps.scan-qr' });
  });
  it('QR route for a synced-only tenant: the Passkey method, the phone’s own providers by name', () => {
    const steps = stepsFor('cross-device', input({ ua: UA.winEdge, hints: H.win11Edge, policy: POL.syncedOnly }));
    expect(ids(steps)).toEqual(['add-method', 'choose-passkey', 'sign-in-mfa', 'passkey-intro', 'setting-up', 'scan-qr', 'name', 'success']);
    expect(steps[1]?.target).toBe('picker-passkey');
    expect(steps[5]).toEqual({
      id: 'scan-qr',
      text: 'guides.cross-device.steps.scan-qr-synced',
      params: { providers: 'Apple Passwords (iCloud Keychain), Google Password Manager, Samsung Pass' },
    });
    const apple = stepsFor('cross-device', input({ ua: UA.macSafari, policy: POL.appleOnly })).find((s) => s.id === 'scan-qr');
    expect(apple?.params).toEqual({ providers: 'Apple Passwords (iCloud Keychain)' });
  });
  it('security key: Passkey then Security key in the system dialog; the older USB/NFC screen too', () => {
    const win = stepsFor('security-key', input({ ua: UA.winEdge, hints: H.win11Edge }));
    expect(ids(win)).toEqual(['add-method', 'choose-passkey', 'sign-in-mfa', 'usb-nfc', 'setting-up', 'insert-key', 'key-pin', 'name', 'success']);
    expect(win.map((s) => s.text)).toContain('guides.security-key.steps.setting-up-windows');
    expect(win.find((s) => s.id === 'usb-nfc')).toEqual({ id: 'usb-nfc', text: 'guides.security-key.steps.usb-nfc', target: 'wizard-usb' });
    const mac = stepsFor('security-key', input({ ua: UA.macChrome }));
    expect(mac.find((s) => s.id === 'usb-nfc')?.text).toBe('guides.security-key.steps.usb');
    expect(mac.find((s) => s.id === 'insert-key')?.text).toBe('guides.security-key.steps.insert-key-usb');
    expect(mac.find((s) => s.id === 'setting-up')?.text).toBe('guides.security-key.steps.setting-up');
    expect(mac.find((s) => s.id === 'key-pin')?.text).toBe('guides.security-key.steps.key-pin');
  });
  it('a new key PIN cannot be set in Safari/Firefox on a Mac or on iOS', () => {
    const pin = (ua: string, touch?: number) => stepsFor('security-key', input({ ua, touch })).find((s) => s.id === 'key-pin')?.text;
    expect(pin(UA.macSafari)).toBe('guides.security-key.steps.key-pin-preset');
    expect(pin(UA.macFirefox)).toBe('guides.security-key.steps.key-pin-preset');
    expect(pin(UA.iphone17)).toBe('guides.security-key.steps.key-pin-preset');
    expect(pin(UA.macSafari, 5)).toBe('guides.security-key.steps.key-pin-preset');
    expect(pin(UA.linuxChrome)).toBe('guides.security-key.steps.key-pin');
  });
  it('names the key models an allow list accepts, and no model step without one', () => {
    const models = (policy: Partial<OrgPolicy>) => stepsFor('security-key', input({ ua: UA.winEdge, policy })).find((s) => s.id === 'key-models');
    expect(models(POL.keysOnly)).toEqual({
      id: 'key-models',
      text: 'guides.security-key.steps.key-models',
      params: { keys: 'YubiKey 5 Series, YubiKey 5 Series with NFC' },
    });
    expect(models({})).toBeUndefined();
    expect(models({ passkeyProfiles: [...POL.keysOnly.passkeyProfiles, ...POL.deviceBoundOnly.passkeyProfiles] })).toBeUndefined();
  });
  it('platform: Windows Hello on Windows, named providers elsewhere', () => {
    const setting = (ua: string, hints?: ClientHints, policy?: Partial<OrgPolicy>) =>
      stepsFor('platform', input({ ua, hints, policy })).find((s) => s.id === 'setting-up');
    expect(setting(UA.winEdge, H.win11Edge)).toEqual({ id: 'setting-up', text: 'guides.platform.steps.setting-up-windows-hello', target: 'wizard-next' });
    expect(setting(UA.winChrome, H.win11Chrome, POL.syncedOnly)?.params).toEqual({ providers: 'Google Password Manager' });
    expect(setting(UA.winEdge146, H.win11Edge146, POL.syncedOnly)?.params).toEqual({ providers: 'Microsoft Edge' });
    expect(setting(UA.macChrome)?.params).toEqual({ providers: 'Apple Passwords (iCloud Keychain), Google Password Manager' });
    expect(setting(UA.macSafari)?.params).toEqual({ providers: 'Apple Passwords (iCloud Keychain)' });
    expect(setting(UA.androidChrome, H.pixel9)?.params).toEqual({ providers: 'Google Password Manager' });
    expect(setting(UA.samsung, H.galaxyS23)?.params).toEqual({ providers: 'Samsung Pass' });
    expect(setting(UA.iphoneChrome)?.params).toEqual({ providers: 'Apple Passwords (iCloud Keychain), Google Password Manager' });
    expect(setting(UA.winFirefox, undefined, POL.bitwardenOnly)?.params).toEqual({ providers: 'Bitwarden' });
  });
  it('unsupported: why, another device or browser, what the organization accepts, the help desk', () => {
    const steps = (ua: string, policy: Partial<OrgPolicy> = {}) => stepsFor('unsupported', input({ ua, policy }));
    expect(ids(steps(UA.iphone16))).toEqual(['why', 'other-device', 'ask-security-key', 'contact-help-desk']);
    expect(steps(UA.ubuntuFirefox)[1]?.text).toBe('guides.unsupported.steps.other-browser');
    const wh = steps(UA.macSafari, POL.windowsHelloOnly);
    expect(ids(wh)).toEqual(['why', 'other-device', 'accepted-only', 'contact-help-desk']);
    expect(wh[2]?.params).toEqual({ providers: 'Windows Hello' });
    expect(steps(UA.macSafari, POL.keysOnly).find((s) => s.id === 'accepted-only')?.params).toEqual({
      providers: 'YubiKey 5 Series, YubiKey 5 Series with NFC',
    });
    expect(ids(steps(UA.macSafari, POL.allowsNothing))).toEqual(['why', 'other-device', 'contact-help-desk']);
  });
  it('unsupported: help desk contact and TAP variants', () => {
    const last = (policy: Partial<OrgPolicy>) => stepsFor('unsupported', input({ ua: UA.iphone16, policy })).at(-1);
    expect(last({})).toEqual({ id: 'contact-help-desk', text: 'guides.unsupported.steps.contact-it' });
    expect(last({ tapOffered: true })?.text).toBe('guides.unsupported.steps.contact-it-tap');
    const withDesk = last({ helpDesk: { name: 'IT Service Desk', phone: '+31 20 123 4567', email: null, url: null } });
    expect(withDesk).toEqual({
      id: 'contact-help-desk',
      text: 'guides.unsupported.steps.contact-help-desk',
      params: { contact: 'IT Service Desk, +31 20 123 4567' },
    });
    expect(last({ tapOffered: true, helpDesk: { name: null, url: null, phone: null, email: 'help@contoso.com' } })?.text).toBe(
      'guides.unsupported.steps.contact-help-desk-tap',
    );
    expect(last({ tapOffered: true, selfServiceSetupAllowed: false })?.text).toBe('guides.unsupported.steps.contact-it');
  });
  it('every guide has unique step ids and only known page targets', () => {
    for (const ua of [UA.winEdge, UA.macSafari, UA.iphone17, UA.androidChrome]) {
      for (const g of GUIDE_IDS) {
        for (const policy of [{}, POL.syncedOnly, POL.selfServiceOff]) {
          const steps = stepsFor(g, input({ ua, policy }));
          expect(new Set(ids(steps)).size).toBe(steps.length);
          for (const s of steps) if (s.target) expect(PAGE_TARGETS).toContain(s.target);
        }
      }
    }
  });
  it('stepsFor with an unknown guide id falls back to unsupported', () => {
    expect(stepsFor('nope' as GuideId, input({ ua: UA.winEdge }))[0]?.id).toBe('why');
  });
  it('an unknown or "unsupported" preferred guide from a bad policy is ignored', () => {
    expect(decide(input({ ua: UA.winEdge, policy: { preferredGuide: 'bogus' as GuideId } })).guide).toBe('authenticator-app');
    expect(decide(input({ ua: UA.winEdge, policy: { preferredGuide: 'unsupported' } }))).toMatchObject({ guide: 'authenticator-app', reasons: [] });
  });
});

describe('context and providers', () => {
  it('tells Samsung phones by model or browser', () => {
    expect(context(input({ ua: UA.androidChrome, hints: H.galaxyA13 })).samsung).toBe(true);
    expect(context(input({ ua: UA.samsung })).samsung).toBe(true);
    expect(context(input({ ua: UA.androidChrome, hints: H.pixel9 })).samsung).toBe(false);
    expect(context(input({ ua: UA.winEdge, hints: { ...H.win11Edge, model: 'SM-X' } })).samsung).toBe(false);
  });
  it('a computer is a desktop even when the form factor is unknown', () => {
    const base = input({ ua: UA.winEdge });
    expect(context({ ...base, platform: { ...base.platform, formFactor: 'unknown' } }).desktop).toBe(true);
    expect(context({ ...base, platform: { ...base.platform, formFactor: 'unknown', os: 'unknown' } }).desktop).toBe(false);
    expect(context({ ...base, platform: { ...base.platform, formFactor: 'tablet', os: 'windows' } }).desktop).toBe(false);
  });
  it('providers per OS and version (before policy)', () => {
    const names = (s: Parameters<typeof input>[0]) => providersHere(context(input(s))).map((p) => p.id);
    expect(names({ ua: UA.winEdge, hints: H.win11Edge })).toEqual(['windows-hello']);
    expect(names({ ua: UA.winEdge, hints: H.win11Edge, caps: { platformAuthenticator: 'no' } })).toEqual([]);
    expect(names({ ua: UA.winEdge146, hints: H.win11Edge146 })).toEqual(['windows-hello', 'edge-password-manager']);
    expect(names({ ua: UA.winChrome })).toEqual(['windows-hello', 'google-password-manager']);
    expect(names({ ua: UA.macEdge, hints: H.macEdge146 })).toEqual(['apple-passwords', 'edge-password-manager']);
    expect(names({ ua: UA.macEdge, hints: H.macEdge })).toEqual(['apple-passwords']);
    expect(names({ ua: UA.macChrome, hints: H.macChrome12 })).toEqual(['google-password-manager']);
    expect(names({ ua: UA.macSafari, caps: { platformAuthenticator: 'no' } })).toEqual([]);
    expect(names({ ua: UA.iphone16 })).toEqual(['apple-passwords']);
    expect(names({ ua: UA.iphoneChrome })).toEqual(['apple-passwords', 'google-password-manager']);
    expect(names({ ua: UA.androidChrome, hints: H.pixel6a13 })).toEqual(['google-password-manager']);
    expect(names({ ua: UA.androidChrome, hints: H.pixel6a13, caps: { platformAuthenticator: 'no' } })).toEqual([]);
    expect(names({ ua: UA.androidChrome, answers: { osVersionKnown: '8' } })).toEqual([]);
    expect(names({ ua: UA.samsung, hints: H.galaxyS23 })).toEqual(['samsung-pass']);
    expect(names({ ua: UA.androidChrome, hints: H.galaxyA13 })).toEqual([]);
    expect(names({ ua: UA.cros })).toEqual(['google-password-manager']);
    expect(names({ ua: UA.linuxChrome })).toEqual(['google-password-manager']);
    expect(names({ ua: UA.ubuntuFirefox })).toEqual([]);
    expect(names({ ua: 'curl/8.0' })).toEqual([]);
  });
  it('third-party managers only when an allow list names them', () => {
    const names = (ua: string, policy: Partial<OrgPolicy>, hints?: ClientHints) => providersHere(context(input({ ua, policy, hints }))).map((p) => p.name);
    expect(names(UA.winFirefox, POL.bitwardenOnly)).toEqual(['Windows Hello', 'Bitwarden']);
    expect(names(UA.winFirefox, {})).toEqual(['Windows Hello']);
    expect(names(UA.macFirefox, POL.bitwardenOnly)).toEqual(['Apple Passwords (iCloud Keychain)', 'Bitwarden']);
    expect(names(UA.linuxChrome, POL.bitwardenOnly)).toEqual(['Google Password Manager', 'Bitwarden']);
    expect(names(UA.ubuntuFirefox, POL.bitwardenOnly)).toEqual([]);
    expect(names(UA.iphone16, POL.bitwardenOnly)).toEqual(['Apple Passwords (iCloud Keychain)']);
    expect(names(UA.iphone17, POL.bitwardenOnly)).toEqual(['Apple Passwords (iCloud Keychain)', 'Bitwarden']);
    expect(names(UA.androidChrome, POL.bitwardenOnly, H.pixel6a13)).toEqual(['Google Password Manager']);
    expect(names(UA.androidChrome, POL.bitwardenOnly, H.pixel9)).toEqual(['Google Password Manager', 'Bitwarden']);
    // A block list never adds a provider; the same manager twice is named once.
    expect(
      names(UA.winFirefox, {
        passkeyProfiles: [
          {
            name: null,
            passkeyTypes: ['synced'],
            attestationEnforced: false,
            targetAaguids: { mode: 'block', aaguids: ['d548826e-79b4-db40-a3d8-11116f7e8349'] },
          },
        ],
      }),
    ).toEqual(['Windows Hello']);
    expect(names(UA.winFirefox, { passkeyProfiles: [...POL.bitwardenOnly.passkeyProfiles, ...POL.bitwardenOnly.passkeyProfiles] })).toEqual([
      'Windows Hello',
      'Bitwarden',
    ]);
  });
});

describe('troubleshooting and rule table', () => {
  it('known failures per guide', () => {
    expect(troubleshootingFor('authenticator-app')).toEqual([
      'not-registered',
      'not-accepted',
      'passkey-already-exists',
      'provider-not-allowed',
      'attestation-busy',
      'could-not-be-added',
      'mfa-required',
      'ca-loop',
      'passkey-invalidated',
      'pin-instead-of-biometrics',
      'generic',
    ]);
    expect(troubleshootingFor('platform')).toEqual([
      'not-registered',
      'already-registered-whfb',
      'provider-not-allowed',
      'mfa-required',
      'pin-instead-of-biometrics',
      'generic',
    ]);
    expect(troubleshootingFor('security-key')).toEqual(['not-registered', 'provider-not-allowed', 'mfa-required', 'key-limit', 'generic']);
    expect(troubleshootingFor('cross-device')).toContain('couldnt-connect');
    expect(troubleshootingFor('unsupported')).toEqual([]);
  });
  it('every rule cites public sources', () => {
    for (const r of [...BLOCK_RULES, ...WARNING_RULES]) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) expect(SOURCES[s].url).toMatch(/^https:\/\//);
    }
  });
  it('is pure and deterministic: the same input gives the same decision, and inputs are not mutated', () => {
    const inputs = [UA.winEdge, UA.macSafari, UA.iphone17, UA.androidChrome, UA.ubuntuFirefox].flatMap((ua) =>
      [{}, POL.syncedOnly, POL.twoProfiles].map((policy) => input({ ua, policy })),
    );
    const before = JSON.stringify(inputs);
    const first = inputs.map((i) => JSON.stringify(decide(i)));
    for (let n = 0; n < 3; n++) expect(inputs.map((i) => JSON.stringify(decide(i)))).toEqual(first);
    expect(JSON.stringify(inputs)).toBe(before);
  });
});

describe('boundaries and edge cases', () => {
  /** A platform the UA cannot express (e.g. Firefox known to run on Windows 11, Edge on Linux). */
  const withPlatform = (ua: string, patch: Partial<ReturnType<typeof input>['platform']>, policy: Partial<OrgPolicy> = {}, answers: Answers = {}) => {
    const base = input({ ua, policy, answers });
    return { ...base, platform: { ...base.platform, ...patch } };
  };
  it('QR route in Firefox only when Windows 11 is known', () => {
    expect(decide(withPlatform(UA.winFirefox, { osMajor: 11, osVersion: '11' })).fallbacks).toContain('cross-device');
    expect(decide(withPlatform(UA.winFirefox, { osMajor: 10, osVersion: '10' })).fallbacks).not.toContain('cross-device');
    expect(decide(withPlatform(UA.macFirefox, {})).fallbacks).toContain('cross-device');
  });
  it('Chrome/Edge 108 is new enough for the QR route; 107 is not', () => {
    expect(decide(withPlatform(UA.winEdge, { browserMajor: 108 })).fallbacks).toContain('cross-device');
    expect(decide(withPlatform(UA.winEdge, { browserMajor: 107 })).fallbacks).not.toContain('cross-device');
    expect(decide(withPlatform(UA.winFirefox, { browserMajor: 100, osMajor: 11 })).fallbacks).toContain('cross-device');
  });
  it('version boundaries of the providers', () => {
    const names = (ua: string, patch: Partial<ReturnType<typeof input>['platform']>, policy: Partial<OrgPolicy> = {}) =>
      providersHere(context(withPlatform(ua, patch, policy))).map((p) => p.id);
    expect(names(UA.winEdge, { browserMajor: 145 })).toEqual(['windows-hello', 'edge-password-manager']);
    expect(names(UA.winEdge, { browserMajor: 144 })).toEqual(['windows-hello']);
    expect(names(UA.winEdge, { browserMajor: null })).toEqual(['windows-hello', 'edge-password-manager']);
    expect(names(UA.macSafari, { osMajor: 13 })).toEqual(['apple-passwords']);
    expect(names(UA.macSafari, { osMajor: 12 })).toEqual([]);
    expect(names(UA.iphone16, { osMajor: 15 })).toEqual([]);
    expect(names(UA.iphoneChrome, { osMajor: 16 })).toEqual(['apple-passwords']);
    expect(names(UA.androidChrome, { osMajor: 9 })).toEqual(['google-password-manager']);
    expect(names(UA.androidChrome, { osMajor: 14 }, POL.bitwardenOnly)).toEqual(['google-password-manager', 'third-party']);
    expect(names(UA.androidChrome, { osMajor: 13, model: 'SM-A135F' })).toEqual([]);
    expect(names(UA.androidChrome, { osMajor: 14, model: 'sm-s911b' })).toEqual(['samsung-pass']);
    expect(names(UA.linuxChrome, { browser: 'edge' }, POL.bitwardenOnly)).toEqual(['third-party']);
    expect(names(UA.cros, { browser: 'other' }, POL.bitwardenOnly)).toEqual([]);
  });
  it('asks about the phone’s Authenticator and MFA only where they matter', () => {
    expect(decide(input({ ua: UA.iphone16, policy: POL.deviceBoundOnly })).questions).toEqual(['hasMfaMethod']);
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: POL.windowsHelloAttested })).questions).toEqual(['hasMfaMethod']);
    expect(decide(input({ ua: UA.androidChrome, hints: H.pixel6a13 })).questions).toEqual(['workProfile', 'hasMfaMethod']);
  });
  it('only attestation in the way of a synced phone passkey: the attestation reason', () => {
    const policy = {
      passkeyProfiles: [{ name: null, passkeyTypes: ['synced' as const], attestationEnforced: true, targetAaguids: null }],
      preferredGuide: 'cross-device' as const,
    };
    const r = decide(input({ ua: UA.winChrome, hints: H.win11Chrome, policy })).reasons;
    expect(r).toContain('engine.reasons.attestation-blocks-cross-device');
    expect(r).not.toContain('engine.reasons.cross-device-not-accepted');
    expect(r).toContain('engine.reasons.attestation-blocks-platform');
  });
  it('minimum Authenticator versions only when an allow list for both types names Authenticator', () => {
    const warn = (aaguids: string[], mode: 'allow' | 'block' = 'allow', types: ('device-bound' | 'synced')[] = ['device-bound', 'synced']) =>
      decide(
        input({
          ua: UA.iphone17,
          policy: { passkeyProfiles: [{ name: null, passkeyTypes: types, attestationEnforced: false, targetAaguids: { mode, aaguids } }] },
        }),
      ).warnings;
    expect(warn(['90A3CCDF-635C-4729-A248-9B709135078F'])).toContain('authenticator-min-version');
    expect(warn(['90a3ccdf-635c-4729-a248-9b709135078f', 'de1e552d-db1d-4423-a619-566b625cdc84'], 'block')).not.toContain('authenticator-min-version');
    expect(warn(['90a3ccdf-635c-4729-a248-9b709135078f'], 'allow', ['device-bound'])).not.toContain('authenticator-min-version');
    expect(warn(['ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', '90a3ccdf-635c-4729-a248-9b709135078f'], 'allow', ['synced'])).not.toContain(
      'authenticator-min-version',
    );
  });
  it('security-key warnings: PIN set-up in Firefox on a Mac, attestation only for device-bound profiles', () => {
    expect(decide(input({ ua: UA.macFirefox, answers: { hasSecurityKey: 'yes' } })).warnings).toEqual(['security-key-usb-only', 'security-key-macos-pin']);
    const synced = {
      passkeyProfiles: [
        { name: null, passkeyTypes: ['synced' as const], attestationEnforced: true, targetAaguids: null },
        { name: null, passkeyTypes: ['device-bound' as const], attestationEnforced: false, targetAaguids: null },
      ],
    };
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: synced, answers: { hasSecurityKey: 'yes' } })).warnings).not.toContain(
      'security-key-attestation',
    );
  });
  it('a block list names nothing as "accepted only"; unnamed key models give no model step', () => {
    expect(ids(stepsFor('unsupported', input({ ua: UA.ubuntuFirefox, policy: POL.blockWindowsHello })))).not.toContain('accepted-only');
    const unnamed = {
      passkeyProfiles: [
        {
          name: null,
          passkeyTypes: ['device-bound' as const],
          attestationEnforced: false,
          targetAaguids: { mode: 'allow' as const, aaguids: ['12345678-1234-1234-1234-123456789abc'] },
        },
      ],
    };
    const d = decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: unnamed }));
    expect(d.guide).toBe('security-key');
    expect(ids(d.steps)).not.toContain('key-models');
    expect(d.warnings).toEqual(['aaguid-restricted']);
  });
  it('a profile list that is not an array accepts nothing (no crash)', () => {
    const d = decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: { passkeyProfiles: undefined as never } }));
    expect(d.guide).toBe('unsupported');
    expect(d.warnings).toEqual([]);
  });
});

describe('typed answers and context details', () => {
  it('reads a typed OS version only when it is a plain version number', () => {
    const guide = (v: string) => decide(input({ ua: UA.androidChrome, answers: { osVersionKnown: v } })).guide;
    expect(guide('13')).toBe('platform');
    expect(guide(' 13 ')).toBe('platform');
    expect(guide('13.10')).toBe('platform');
    expect(guide('13.1.2')).toBe('platform');
    expect(guide('13 or so')).toBe('authenticator-app');
    expect(guide('v13')).toBe('authenticator-app');
    expect(guide('13.x')).toBe('authenticator-app');
    expect(guide('13.1000')).toBe('authenticator-app');
  });
  it('keeps the version question only on a phone whose version is still unknown', () => {
    expect(decide(input({ ua: UA.androidChrome, hints: H.pixel9, answers: { osVersionKnown: 'soon' } })).questions).not.toContain('osVersionKnown');
    expect(decide(input({ ua: UA.winEdge, answers: { osVersionKnown: 'soon' } })).questions).not.toContain('osVersionKnown');
    expect(decide(input({ ua: UA.androidChrome })).questions.filter((q) => q === 'osVersionKnown')).toEqual(['osVersionKnown']);
    expect(decide(input({ ua: UA.androidChrome, answers: { osVersionKnown: 'soon' } })).questions.filter((q) => q === 'osVersionKnown')).toEqual([
      'osVersionKnown',
    ]);
    expect(decide(input({ ua: UA.iphone17, answers: { osVersionKnown: 'soon' } })).questions).not.toContain('osVersionKnown');
    const ipad = input({ ua: UA.iphone17, answers: { osVersionKnown: 'soon' } });
    expect(decide({ ...ipad, platform: { ...ipad.platform, os: 'ipados', osMajor: null, osVersion: null } }).questions[0]).toBe('osVersionKnown');
  });
  it('every computer OS counts as a computer when the form factor is unknown', () => {
    const base = input({ ua: UA.winEdge });
    for (const os of ['windows', 'macos', 'linux', 'chromeos'] as const)
      expect(context({ ...base, platform: { ...base.platform, os, formFactor: 'unknown' } }).desktop).toBe(true);
    expect(context(base)).toMatchObject({ desktop: true, mobile: false });
    expect(context(input({ ua: UA.iphone17 }))).toMatchObject({ desktop: false, mobile: true });
  });
  it('the reason for a preferred guide is given only when it was followed', () => {
    expect(decide(input({ ua: UA.iphone16, policy: { ...POL.deviceBoundOnly, preferredGuide: 'unsupported' } })).reasons).not.toContain(
      'engine.reasons.policy-preferred',
    );
    const d = decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: POL.keysOnly }));
    expect(d.guide).toBe('security-key');
    expect(d.reasons).toEqual(['engine.reasons.authenticator-not-accepted', 'engine.reasons.platform-not-accepted']);
    expect(decide(input({ ua: UA.winEdge, hints: H.win11Edge, policy: { preferredGuide: 'platform' } })).fallbacks).toEqual([
      'authenticator-app',
      'security-key',
      'cross-device',
    ]);
  });
});

describe('step variants', () => {
  const text = (g: GuideId, id: string, s: Parameters<typeof input>[0]) => stepsFor(g, input(s)).find((x) => x.id === id)?.text;
  it('unsupported: "another browser" only for Firefox on Linux', () => {
    expect(text('unsupported', 'other-device', { ua: UA.winFirefox })).toBe('guides.unsupported.steps.other-device');
    expect(text('unsupported', 'other-device', { ua: UA.linuxChrome })).toBe('guides.unsupported.steps.other-device');
    expect(text('unsupported', 'other-device', { ua: UA.ubuntuFirefox })).toBe('guides.unsupported.steps.other-browser');
  });
  it('self-service off never lists providers; unknown AAGUIDs are not named', () => {
    expect(ids(decide(input({ ua: UA.macSafari, policy: { ...POL.windowsHelloOnly, selfServiceSetupAllowed: false } })).steps)).toEqual([
      'it-registers',
      'contact-help-desk',
    ]);
    const policy = {
      passkeyProfiles: [
        {
          name: null,
          passkeyTypes: ['device-bound' as const],
          attestationEnforced: false,
          targetAaguids: { mode: 'allow' as const, aaguids: ['12345678-1234-1234-1234-123456789abc', '08987058-cadc-4b81-b6e1-30de50dcbe96'] },
        },
      ],
    };
    expect(stepsFor('unsupported', input({ ua: UA.iphone16, policy })).find((s) => s.id === 'accepted-only')?.params).toEqual({ providers: 'Windows Hello' });
  });
  it('QR route through Authenticator asks to install it when needed', () => {
    expect(ids(stepsFor('cross-device', input({ ua: UA.winEdge, hints: H.win11Edge })))).toContain('install-authenticator');
  });
  it('security key: NFC wording only on Windows; preset PIN only where the browser cannot set one', () => {
    expect(text('security-key', 'insert-key', { ua: UA.winEdge })).toBe('guides.security-key.steps.insert-key-usb-nfc');
    expect(text('security-key', 'insert-key', { ua: UA.linuxChrome })).toBe('guides.security-key.steps.insert-key-usb');
    expect(text('security-key', 'key-pin', { ua: UA.winFirefox })).toBe('guides.security-key.steps.key-pin');
    expect(text('security-key', 'key-pin', { ua: UA.macEdge })).toBe('guides.security-key.steps.key-pin');
  });
  it('Authenticator provider path per iOS/iPadOS version', () => {
    expect(text('authenticator-app', 'app-provider', { ua: UA.iphone16 })).toBe('guides.shared.steps.enable-provider-any');
    expect(text('authenticator-app', 'app-provider', { ua: UA.macSafari, touch: 5 })).toBe('guides.shared.steps.enable-provider-ios17');
    const ipad18 = input({ ua: UA.iphone18 });
    expect(stepsFor('authenticator-app', { ...ipad18, platform: { ...ipad18.platform, os: 'ipados' } }).find((s) => s.id === 'app-provider')?.text).toBe(
      'guides.shared.steps.enable-provider-ios18',
    );
    const unknown = input({ ua: UA.iphone17 });
    expect(stepsFor('authenticator-app', { ...unknown, platform: { ...unknown.platform, osMajor: null } }).find((s) => s.id === 'app-provider')?.text).toBe(
      'guides.shared.steps.enable-provider-any',
    );
  });
  it('help desk contact skips empty fields', () => {
    const last = stepsFor(
      'unsupported',
      input({ ua: UA.iphone16, policy: { helpDesk: { name: '', phone: '+31 20 123 4567', email: null, url: 'https://help.contoso.com' } } }),
    ).at(-1);
    expect(last?.params).toEqual({ contact: '+31 20 123 4567, https://help.contoso.com' });
  });
});
