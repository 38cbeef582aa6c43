/**
 * Passkey profiles (shared with the test passkey and the admin preview), page-error fixes and the "why am I asked"
 * explainer. Semantics: https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-passkeys-fido2 (2026-03-08).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  TROUBLESHOOTING,
  acceptedSecurityKeys,
  anyProfileAccepts,
  decide,
  evaluateProfiles,
  fixesForPageError,
  profileAccepts,
  profileRejection,
  stepsFor,
  whyAsked,
  type PasskeyCandidate,
} from '../../core/engine';
import { BLOCK_RULES, WARNING_RULES } from '../../core/engine/rules';
import { STEP_TABLE } from '../../core/engine/steps';
import { DEFAULT_POLICY, GUIDE_IDS, LANGUAGES } from '../../core/types';
import { AAGUID, H, POL, UA, input, profile } from './engine-fixtures';

const AUTH: PasskeyCandidate = { kind: 'device-bound', aaguids: [AAGUID.authAndroid], attested: true };
const AUTH_QR: PasskeyCandidate = { ...AUTH, attested: false };
const GPM: PasskeyCandidate = { kind: 'synced', aaguids: [AAGUID.gpm], attested: false };
const WH: PasskeyCandidate = { kind: 'device-bound', aaguids: [AAGUID.whTpm, AAGUID.whVbs, AAGUID.whSoftware], attested: false };
const UNKNOWN: PasskeyCandidate = { kind: null, aaguids: [], attested: false };

describe('profileRejection / profileAccepts', () => {
  it('passkey types', () => {
    expect(profileRejection(profile(['synced']), AUTH)).toBe('kind');
    expect(profileRejection(profile(['device-bound']), GPM)).toBe('kind');
    expect(profileRejection(profile([]), GPM)).toBe('kind');
    expect(profileAccepts(profile(['device-bound', 'synced']), GPM)).toBe(true);
  });
  it('an unknown kind needs a profile that allows both kinds', () => {
    expect(profileRejection(profile(['device-bound']), UNKNOWN)).toBe('kind');
    expect(profileRejection(profile(['synced']), UNKNOWN)).toBe('kind');
    expect(profileAccepts(profile(['device-bound', 'synced']), UNKNOWN)).toBe(true);
  });
  it('enforced attestation rejects unattested passkeys only', () => {
    expect(profileRejection(profile(['device-bound'], true), AUTH_QR)).toBe('attestation');
    expect(profileAccepts(profile(['device-bound'], true), AUTH)).toBe(true);
    expect(profileRejection(profile(['device-bound', 'synced'], true), GPM)).toBe('attestation');
  });
  it('allow lists: any one of the candidate AAGUIDs, case-insensitive; empty allows nothing', () => {
    expect(profileAccepts(profile(['device-bound'], false, { mode: 'allow', aaguids: [AAGUID.whSoftware] }), WH)).toBe(true);
    expect(profileAccepts(profile(['device-bound'], false, { mode: 'allow', aaguids: [AAGUID.whVbs.toUpperCase()] }), WH)).toBe(true);
    expect(profileAccepts(profile(['device-bound'], false, { mode: 'allow', aaguids: [` ${AAGUID.authAndroid} `] }), AUTH)).toBe(true);
    expect(profileRejection(profile(['device-bound'], false, { mode: 'allow', aaguids: [AAGUID.authIos] }), AUTH)).toBe('aaguid-not-allowed');
    expect(profileRejection(profile(['device-bound', 'synced'], false, { mode: 'allow', aaguids: [] }), AUTH)).toBe('aaguid-not-allowed');
    expect(profileRejection(profile(['device-bound', 'synced'], false, { mode: 'allow', aaguids: [AAGUID.gpm] }), UNKNOWN)).toBe('aaguid-not-allowed');
  });
  it('block lists: rejected only when every candidate AAGUID is blocked; an unknown AAGUID passes', () => {
    expect(profileRejection(profile(['device-bound'], false, { mode: 'block', aaguids: [AAGUID.whTpm, AAGUID.whVbs, AAGUID.whSoftware] }), WH)).toBe(
      'aaguid-blocked',
    );
    expect(profileAccepts(profile(['device-bound'], false, { mode: 'block', aaguids: [AAGUID.whTpm] }), WH)).toBe(true);
    expect(profileAccepts(profile(['device-bound', 'synced'], false, { mode: 'block', aaguids: [AAGUID.gpm] }), UNKNOWN)).toBe(true);
    expect(profileAccepts(profile(['device-bound'], false, { mode: 'block', aaguids: [] }), AUTH)).toBe(true);
  });
  it('checks in order: kind, then attestation, then AAGUIDs', () => {
    expect(profileRejection(profile(['synced'], true, { mode: 'allow', aaguids: [] }), AUTH_QR)).toBe('kind');
    expect(profileRejection(profile(['device-bound'], true, { mode: 'allow', aaguids: [] }), AUTH_QR)).toBe('attestation');
  });
});

describe('evaluateProfiles / anyProfileAccepts', () => {
  it('accepted when ANY profile accepts; reports the accepting profile', () => {
    const policy = POL.twoProfiles;
    expect(anyProfileAccepts(policy, AUTH)).toBe(true);
    expect(anyProfileAccepts(policy, AUTH_QR)).toBe(false);
    expect(anyProfileAccepts(policy, GPM)).toBe(true);
    const v = evaluateProfiles(policy, GPM);
    expect(v).toEqual({ accepted: true, profile: policy.passkeyProfiles[1], rejections: ['kind'] });
    expect(evaluateProfiles(policy, AUTH_QR)).toEqual({ accepted: false, profile: null, rejections: ['attestation', 'kind'] });
  });
  it('no profiles (or a policy object without them) accepts nothing', () => {
    expect(evaluateProfiles({ passkeyProfiles: [] }, GPM)).toEqual({ accepted: false, profile: null, rejections: [] });
    expect(anyProfileAccepts({} as never, GPM)).toBe(false);
  });
  it('the default policy accepts every path', () => {
    for (const c of [AUTH, AUTH_QR, GPM, WH, UNKNOWN]) expect(anyProfileAccepts(DEFAULT_POLICY, c)).toBe(true);
  });
});

describe('acceptedSecurityKeys', () => {
  it('any model without an allow list, or with a block list', () => {
    expect(acceptedSecurityKeys(DEFAULT_POLICY)).toEqual({ accepted: true, anyModel: true, models: [], unnamed: 0 });
    expect(acceptedSecurityKeys(POL.blockWindowsHello)).toEqual({ accepted: true, anyModel: true, models: [], unnamed: 0 });
  });
  it('only named key models from allow lists; apps and platforms are not keys', () => {
    expect(acceptedSecurityKeys(POL.keysOnly)).toEqual({
      accepted: true,
      anyModel: false,
      models: ['YubiKey 5 Series', 'YubiKey 5 Series with NFC'],
      unnamed: 0,
    });
    expect(acceptedSecurityKeys(POL.authenticatorOnly).accepted).toBe(false);
    expect(acceptedSecurityKeys(POL.windowsHelloOnly).accepted).toBe(false);
    expect(acceptedSecurityKeys(POL.allowsNothing).accepted).toBe(false);
    expect(
      acceptedSecurityKeys({
        passkeyProfiles: [profile(['device-bound'], false, { mode: 'allow', aaguids: [AAGUID.unknownKey.toUpperCase(), AAGUID.unknownKey] })],
      }),
    ).toEqual({ accepted: true, anyModel: false, models: [], unnamed: 1 });
  });
  it('synced-only profiles accept no key', () => {
    expect(acceptedSecurityKeys(POL.syncedOnly)).toEqual({ accepted: false, anyModel: false, models: [], unnamed: 0 });
    expect(acceptedSecurityKeys({ passkeyProfiles: [profile(['synced']), ...POL.keysOnly.passkeyProfiles] }).models).toEqual([
      'YubiKey 5 Series',
      'YubiKey 5 Series with NFC',
    ]);
  });
});

describe('no guide ends at a key or provider the organization rejects', () => {
  const uas = [UA.winEdge, UA.winChrome, UA.macSafari, UA.macChrome, UA.linuxChrome, UA.cros, UA.iphone17, UA.androidChrome];
  for (const [name, policy] of Object.entries({
    authenticatorOnly: POL.authenticatorOnly,
    windowsHelloOnly: POL.windowsHelloOnly,
    gpmOnly: POL.gpmOnly,
    appleOnly: POL.appleOnly,
  })) {
    it(name, () => {
      for (const ua of uas) {
        const d = decide(input({ ua, policy }));
        expect([d.guide, ...d.fallbacks]).not.toContain('security-key');
        if (name === 'windowsHelloOnly') expect(d.guide === 'platform' || d.guide === 'unsupported').toBe(true);
        if (name === 'authenticatorOnly') expect([d.guide, ...d.fallbacks].filter((g) => g === 'platform')).toEqual([]);
      }
    });
  }
});

describe('fixesForPageError', () => {
  it('maps each page error id to its fix', () => {
    expect(fixesForPageError('not-registered')).toEqual(['not-registered', 'attestation-busy']);
    expect(fixesForPageError('not-accepted')).toEqual(['not-accepted']);
    expect(fixesForPageError('already-exists')).toEqual(['passkey-already-exists', 'already-registered-whfb']);
    expect(fixesForPageError('key-limit')).toEqual(['key-limit']);
    expect(fixesForPageError('mfa-required')).toEqual(['mfa-required']);
    expect(fixesForPageError('provider-not-allowed')).toEqual(['provider-not-allowed']);
    expect(fixesForPageError('couldnt-connect')).toEqual(['couldnt-connect']);
    expect(fixesForPageError('generic')).toEqual(['attestation-busy', 'ca-loop', 'generic']);
  });
  it('filters by guide: "already exists" is the Authenticator orphan in Authenticator, Windows Hello for Business on this PC', () => {
    expect(fixesForPageError('already-exists', 'authenticator-app')).toEqual(['passkey-already-exists']);
    expect(fixesForPageError('already-exists', 'platform')).toEqual(['already-registered-whfb']);
    expect(fixesForPageError('not-registered', 'security-key')).toEqual(['not-registered']);
    expect(fixesForPageError('generic', 'security-key')).toEqual(['generic']);
  });
  it('an unknown error id, or one that does not apply to the guide, falls back to generic', () => {
    expect(fixesForPageError('something-new')).toEqual(['generic']);
    expect(fixesForPageError('key-limit', 'authenticator-app')).toEqual(['generic']);
  });
  it('the Conditional Access loop fix is marked for IT', () => {
    expect(TROUBLESHOOTING.filter((r) => r.admin).map((r) => r.id)).toEqual(['ca-loop']);
  });
});

describe('whyAsked', () => {
  it('default explainer: who, passkeys by default, Skip for now, blocking from 1 Feb 2027, how long', () => {
    expect(whyAsked(DEFAULT_POLICY)).toEqual([
      { key: 'engine.whyAsked.who' },
      { key: 'engine.whyAsked.default' },
      { key: 'engine.whyAsked.skip' },
      { key: 'engine.whyAsked.blocking' },
      { key: 'engine.whyAsked.how-long' },
    ]);
  });
  it('names the organization and its deadline, formatted for the language', () => {
    const lines = whyAsked({ organizationName: '  Contoso ', registrationDeadline: '2027-01-15' }, { lang: 'en' });
    expect(lines[0]).toEqual({ key: 'engine.whyAsked.who-org', params: { org: 'Contoso' } });
    expect(lines[4]).toEqual({ key: 'engine.whyAsked.deadline', params: { date: 'January 15, 2027' } });
    expect(whyAsked({ organizationName: null, registrationDeadline: '2027-01-15' }, { lang: 'de' })[4]?.params?.date).toBe('15. Januar 2027');
    expect(whyAsked({ organizationName: '', registrationDeadline: '2027-01-15' })[0]).toEqual({ key: 'engine.whyAsked.who' });
  });
  it('says when the deadline has passed', () => {
    expect(whyAsked({ organizationName: null, registrationDeadline: '2027-01-15' }, { lang: 'en', today: '2027-01-16' })[4]?.key).toBe(
      'engine.whyAsked.deadline-passed',
    );
    expect(whyAsked({ organizationName: null, registrationDeadline: '2027-01-15' }, { lang: 'en', today: '2027-01-15' })[4]?.key).toBe(
      'engine.whyAsked.deadline',
    );
    expect(whyAsked({ organizationName: null, registrationDeadline: '2027-01-15' }, { lang: 'en', today: 'soon' })[4]?.key).toBe('engine.whyAsked.deadline');
  });
  it('ignores a deadline that is not a real date', () => {
    for (const bad of ['2027-02-30', '2027-13-01', '15/01/2027', '', null])
      expect(whyAsked({ organizationName: null, registrationDeadline: bad }).map((m) => m.key)).not.toContain('engine.whyAsked.deadline');
  });
  it('an unknown language tag still gives a date', () => {
    expect(whyAsked({ organizationName: null, registrationDeadline: '2027-01-15' }, { lang: 'not a tag!' })[4]?.params?.date).toBe('2027-01-15');
  });
});

describe('every key the engine produces exists in all 7 languages', () => {
  const locales = Object.fromEntries(LANGUAGES.map((l) => [l, JSON.parse(readFileSync(resolve(import.meta.dirname, `../../locales/${l}.json`), 'utf8'))]));
  const has = (obj: unknown, key: string) =>
    key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
  const keys = new Set<string>();
  for (const r of BLOCK_RULES) keys.add(`engine.reasons.${r.id}`);
  for (const r of WARNING_RULES) keys.add(`engine.warnings.${r.id}`);
  for (const r of TROUBLESHOOTING) keys.add(`engine.troubleshooting.${r.id}`);
  for (const k of [
    'engine.reasons.policy-preferred',
    'engine.reasons.has-security-key',
    'engine.troubleshooting.title',
    'engine.fallbacks.title',
    'engine.whyAsked.title',
    'engine.whyAsked.deadline-passed',
  ])
    keys.add(k);
  for (const m of whyAsked({ organizationName: 'X', registrationDeadline: '2027-01-01' })) keys.add(m.key);
  for (const g of GUIDE_IDS) keys.add(`guides.${g}.title`).add(`guides.${g}.summary`);
  const situations = [
    UA.winEdge,
    UA.winChrome,
    UA.macSafari,
    UA.macChrome,
    UA.iphone16,
    UA.iphone17,
    UA.iphone18,
    UA.androidChrome,
    UA.ubuntuFirefox,
    UA.cros,
  ].flatMap((ua) =>
    [
      {},
      POL.syncedOnly,
      POL.keysOnly,
      POL.windowsHelloOnly,
      POL.selfServiceOff,
      { tapOffered: true },
      { helpDesk: { name: 'Desk', phone: null, email: null, url: null } },
    ].map((policy) => input({ ua, policy, hints: ua === UA.androidChrome ? H.pixel9 : undefined })),
  );
  for (const s of situations) for (const g of GUIDE_IDS) for (const step of stepsFor(g, s)) keys.add(step.text);
  it('covers every step row', () => {
    const rows = Object.values(STEP_TABLE).flat().length;
    expect(keys.size).toBeGreaterThan(rows);
  });
  for (const lang of LANGUAGES) {
    it(lang, () => {
      const missing = [...keys].filter((k) => typeof has(locales[lang], k) !== 'string');
      expect(missing).toEqual([]);
    });
  }
  it('step params match the placeholders of the English text', () => {
    for (const s of situations) {
      for (const g of GUIDE_IDS) {
        for (const step of stepsFor(g, s)) {
          const text = has(locales.en, step.text) as string;
          const wanted = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          expect(Object.keys(step.params ?? {}).sort(), step.text).toEqual(wanted);
        }
      }
    }
  });
});
