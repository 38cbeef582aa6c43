import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePolicy, POLICY_KEYS, type PolicyReason } from '@/core/policy';
import { DEFAULT_POLICY, GUIDE_IDS, LANGUAGES } from '@/core/types';
import en from '@/locales/en.json';

const REASONS = new Set(Object.keys(en.admin.reason).map((k) => `admin.reason.${k}` as PolicyReason));
const policyKey = fc.constantFrom(...POLICY_KEYS);
const anyValue = fc.oneof(fc.anything(), fc.string(), fc.array(fc.string()), fc.boolean(), fc.constant(null));
const policyLike = fc.dictionary(fc.oneof(policyKey, fc.string()), anyValue);

function checkInvariants(raw: unknown) {
  const { policy, ignored, applied } = parsePolicy(raw);
  // Shape and safe values, whatever came in.
  expect(Object.keys(policy).sort()).toEqual(Object.keys(DEFAULT_POLICY).sort());
  for (const k of ['attestationEnforced', 'tapOffered', 'testPasskeyAllowed', 'overlayEnabled'] as const) expect(typeof policy[k]).toBe('boolean');
  expect(policy.allowedPasskeyKinds.length).toBeGreaterThan(0);
  expect(policy.preferredGuide === null || GUIDE_IDS.includes(policy.preferredGuide)).toBe(true);
  expect(policy.defaultLanguage === null || LANGUAGES.includes(policy.defaultLanguage)).toBe(true);
  for (const url of [policy.helpDesk.url, policy.companionSiteUrl]) if (url !== null) expect(url.startsWith('https://')).toBe(true);
  for (const text of [policy.organizationName, policy.helpDesk.name]) if (text !== null) expect(text).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  // Every ignored entry has a translatable reason and a short value.
  for (const item of ignored) {
    expect(REASONS.has(item.reason)).toBe(true);
    if (item.value !== undefined) expect(item.value.length).toBeLessThanOrEqual(80);
  }
  for (const key of applied) expect(POLICY_KEYS).toContain(key);
  return { policy, ignored, applied };
}

describe('fuzz: parsePolicy', () => {
  it('never throws and always gives a safe, complete policy (random values)', () => {
    fc.assert(fc.property(fc.anything(), (raw) => void checkInvariants(raw)), { numRuns: 500 });
  });

  it('never throws on policy-shaped objects; each key is applied or ignored, never both', () => {
    fc.assert(
      fc.property(policyLike, (raw) => {
        const { ignored, applied } = checkInvariants(raw);
        const ignoredKeys = new Set(ignored.map((i) => i.key));
        for (const key of applied) expect(ignoredKeys.has(key)).toBe(false);
        for (const key of Object.keys(raw)) if ((POLICY_KEYS as readonly string[]).includes(key)) expect(applied.includes(key as never) || ignoredKeys.has(key)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('survives hostile objects (throwing getters, proxies)', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(() => checkInvariants(hostile)).not.toThrow();
    const getter = Object.defineProperty({}, 'tenant', { enumerable: true, get: () => { throw new Error('boom'); } });
    const { ignored } = checkInvariants(getter);
    expect(ignored[0]?.key).toBe('tenant');
  });
});
