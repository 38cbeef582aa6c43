import { describe, expect, it } from 'vitest';
import { AAGUID_PROVIDERS, normalizeAaguid, providerFor, ZERO_AAGUID } from '@/core/aaguids';
import { decideAaguid } from '@/core/aaguidDecision';
import { DEFAULT_POLICY, type OrgPolicy } from '@/core/types';

const GPM = 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4';
const AUTH_IOS = '90a3ccdf-635c-4729-a248-9b709135078f';
const AUTH_ANDROID = 'de1e552d-db1d-4423-a619-566b625cdc84';
const VIRTUAL = '01020304-0506-0708-0102-030405060708';
/** The flat one-profile settings as the policy parser turns them into a profile (a block list wins over an allow list). */
const policy = (p: {
  allowedPasskeyKinds?: OrgPolicy['passkeyProfiles'][number]['passkeyTypes'];
  aaguidAllowList?: string[];
  aaguidBlockList?: string[];
}): OrgPolicy => {
  const block = p.aaguidBlockList ?? [];
  const allow = p.aaguidAllowList ?? [];
  const targetAaguids = block.length ? { mode: 'block' as const, aaguids: block } : allow.length ? { mode: 'allow' as const, aaguids: allow } : null;
  return {
    ...DEFAULT_POLICY,
    passkeyProfiles: [{ name: null, passkeyTypes: p.allowedPasskeyKinds ?? ['device-bound', 'synced'], attestationEnforced: false, targetAaguids }],
  };
};

describe('AAGUID table', () => {
  it('names the providers the popup needs, with a kind and a source', () => {
    expect(providerFor(GPM)).toMatchObject({ name: 'Google Password Manager', kind: 'synced' });
    expect(providerFor(AUTH_IOS)).toMatchObject({ name: 'Microsoft Authenticator (iOS)', kind: 'device-bound', source: 'learn' });
    expect(providerFor(AUTH_ANDROID)?.name).toBe('Microsoft Authenticator (Android)');
    expect(providerFor('08987058-CADC-4B81-B6E1-30DE50DCBE96')?.name).toBe('Windows Hello');
    expect(providerFor(VIRTUAL)?.source).toBe('chromium');
  });
  it('every key is a lower-case AAGUID', () => {
    for (const key of Object.keys(AAGUID_PROVIDERS)) expect(normalizeAaguid(key)).toBe(key);
  });
  it('unknown, zero and malformed AAGUIDs have no provider', () => {
    expect(providerFor('11111111-2222-3333-4444-555555555555')).toBeNull();
    expect(providerFor(ZERO_AAGUID)).toBeNull();
    expect(providerFor('not-an-aaguid')).toBeNull();
  });
});

describe('decideAaguid', () => {
  it('no restrictions → allowed', () => {
    expect(decideAaguid(GPM, DEFAULT_POLICY)).toMatchObject({ outcome: 'allowed', reason: 'popup.aaguid.allowed' });
  });
  it('block list wins over everything', () => {
    const d = decideAaguid(VIRTUAL, policy({ aaguidBlockList: [VIRTUAL], aaguidAllowList: [VIRTUAL] }));
    expect(d).toMatchObject({ outcome: 'blocked', reason: 'popup.aaguid.blockedList' });
  });
  it('allow list: on it → allowed, off it → blocked', () => {
    const p = policy({ aaguidAllowList: [AUTH_IOS, AUTH_ANDROID] });
    expect(decideAaguid(AUTH_ANDROID, p)).toMatchObject({ outcome: 'allowed', reason: 'popup.aaguid.allowedList' });
    expect(decideAaguid(GPM, p)).toMatchObject({ outcome: 'blocked', reason: 'popup.aaguid.notOnAllowList' });
  });
  it('device-bound only blocks a synced provider (Google Password Manager)', () => {
    const d = decideAaguid(GPM, policy({ allowedPasskeyKinds: ['device-bound'] }));
    expect(d).toMatchObject({ outcome: 'blocked', reason: 'popup.aaguid.kindNotAllowed' });
    expect(d.provider?.name).toBe('Google Password Manager');
  });
  it('unknown provider under a kind restriction → unknown, not a guess', () => {
    const d = decideAaguid('11111111-2222-3333-4444-555555555555', policy({ allowedPasskeyKinds: ['device-bound'] }));
    expect(d).toMatchObject({ outcome: 'unknown', reason: 'popup.aaguid.unknownKindRestricted' });
  });
  it('the all-zero AAGUID under restrictions → unknown (hidden)', () => {
    expect(decideAaguid(ZERO_AAGUID, policy({ aaguidAllowList: [AUTH_IOS] }))).toMatchObject({ outcome: 'unknown', reason: 'popup.aaguid.hiddenAaguid' });
  });
  it('malformed input → unknown with the invalid reason', () => {
    expect(decideAaguid('<script>', DEFAULT_POLICY)).toMatchObject({ outcome: 'unknown', reason: 'popup.aaguid.invalid', aaguid: null });
  });
  it('list entries are compared case-insensitively', () => {
    expect(decideAaguid(VIRTUAL, policy({ aaguidBlockList: [VIRTUAL.toUpperCase()] })).outcome).toBe('blocked');
  });
});
