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
  for (const k of ['tapOffered', 'testPasskeyAllowed', 'overlayEnabled', 'selfServiceSetupAllowed', 'signInPromptOverlay'] as const)
    expect(typeof policy[k]).toBe('boolean');
  for (const p of policy.passkeyProfiles) expect(typeof p.attestationEnforced).toBe('boolean');
  expect(policy.passkeyProfiles.length).toBeGreaterThan(0);
  for (const p of policy.passkeyProfiles) {
    for (const k of p.passkeyTypes) expect(['device-bound', 'synced']).toContain(k);
    if (p.targetAaguids) for (const a of p.targetAaguids.aaguids) expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  }
  expect(policy.preferredGuide === null || GUIDE_IDS.includes(policy.preferredGuide)).toBe(true);
  expect(policy.defaultLanguage === null || LANGUAGES.includes(policy.defaultLanguage)).toBe(true);
  for (const url of [policy.helpDesk.url, policy.companionSiteUrl]) if (url !== null) expect(url.startsWith('https://')).toBe(true);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting that control characters are gone
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
    fc.assert(
      fc.property(fc.anything(), (raw) => void checkInvariants(raw)),
      { numRuns: 500 },
    );
  });

  it('never throws on policy-shaped objects; each key is applied or ignored, never both', () => {
    fc.assert(
      fc.property(policyLike, (raw) => {
        const { ignored, applied } = checkInvariants(raw);
        const ignoredKeys = new Set(ignored.map((i) => i.key));
        // An entry inside a value (`aaguidAllowList[2]`) can be ignored while the rest of the value applies.
        const touched = (key: string) => ignored.some((i) => i.key === key || i.key.startsWith(`${key}[`) || i.key.startsWith(`${key}.`));
        for (const key of applied) expect(ignoredKeys.has(key)).toBe(false);
        for (const key of Object.keys(raw))
          if ((POLICY_KEYS as readonly string[]).includes(key)) expect(applied.includes(key as never) || touched(key)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('survives hostile objects (throwing getters, proxies)', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(() => checkInvariants(hostile)).not.toThrow();
    const getter = Object.defineProperty({}, 'tenant', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const { ignored } = checkInvariants(getter);
    expect(ignored[0]?.key).toBe('tenant');
  });

  it('never widens an AAGUID allow list: a non-empty allow list always restricts, to a subset of its valid entries', () => {
    const guid = fc.uuid().map((u) => u.toLowerCase());
    const entry = fc.oneof(guid, fc.string(), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 20 }), fc.array(entry, { maxLength: 5 }), (allow, block) => {
        const { policy } = checkInvariants({ aaguidAllowList: allow, aaguidBlockList: block });
        const target = policy.passkeyProfiles[0]!.targetAaguids;
        expect(target?.mode).toBe('allow');
        for (const a of target!.aaguids) expect(allow).toContain(a);
        for (const a of target!.aaguids) expect(block).not.toContain(a);
      }),
      { numRuns: 300 },
    );
  });

  it('never turns a malformed passkeyProfiles value into "no restriction"', () => {
    const profileLike = fc.record(
      {
        name: anyValue,
        passkeyTypes: anyValue,
        attestationEnforced: anyValue,
        aaguidMode: fc.oneof(fc.constantFrom('allow', 'block'), anyValue),
        aaguids: anyValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.oneof(profileLike, anyValue), { maxLength: 4 }), anyValue), (profiles) => {
        const { policy } = checkInvariants({ passkeyProfiles: profiles, allowedPasskeyKinds: ['device-bound', 'synced'] });
        // Only an entry that really says "both kinds, no attestation, no list" may accept everything.
        const wide = policy.passkeyProfiles.filter((p) => p.passkeyTypes.length === 2 && !p.attestationEnforced && p.targetAaguids === null);
        const writtenWide = Array.isArray(profiles)
          ? profiles.some(
              (p) =>
                p !== null &&
                typeof p === 'object' &&
                Array.isArray((p as { passkeyTypes?: unknown }).passkeyTypes) &&
                (p as { passkeyTypes: unknown[] }).passkeyTypes.some((k) => typeof k === 'string' && k.trim() === 'synced') &&
                (p as { passkeyTypes: unknown[] }).passkeyTypes.some((k) => typeof k === 'string' && k.trim() === 'device-bound'),
            )
          : profiles === null; // null = not set: the flat keys apply
        if (!writtenWide) expect(wide).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
