/**
 * Passkey restrictions fail closed: bad AAGUIDs and profile entries are dropped and reported one by one,
 * and what is left is never wider than what the organization wrote. (Before: one malformed AAGUID discarded
 * the whole list and an empty list meant "no restriction", so the engine and the test passkey approved
 * providers Entra rejects.)
 */
import { describe, expect, it } from 'vitest';
import { anyProfileAccepts } from '@/core/engine';
import { parsePolicy } from '@/core/policy';

const AUTH_IOS = '90a3ccdf-635c-4729-a248-9b709135078f';
const AUTH_ANDROID = 'de1e552d-db1d-4423-a619-566b625cdc84';
const YUBIKEY = '2fc0579f-8113-47ea-b116-bb5a8db9202a';
const GPM = 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4';
const yubikey = { kind: 'device-bound' as const, aaguids: [YUBIKEY], attested: true };
const authenticator = { kind: 'device-bound' as const, aaguids: [AUTH_IOS], attested: true };

describe('AAGUID lists fail closed', () => {
  it('keeps the valid entries of an allow list with a malformed one, and reports the bad entry by position', () => {
    const { policy, ignored, applied } = parsePolicy({ aaguidAllowList: [AUTH_IOS, 'not-a-guid', AUTH_ANDROID.toUpperCase()] });
    expect(policy.passkeyProfiles).toEqual([
      { name: null, passkeyTypes: ['device-bound', 'synced'], attestationEnforced: false, targetAaguids: { mode: 'allow', aaguids: [AUTH_IOS, AUTH_ANDROID] } },
    ]);
    expect(ignored).toEqual([{ key: 'aaguidAllowList[1]', reason: 'admin.reason.badAaguid', value: '"not-a-guid"' }]);
    expect(applied).toContain('aaguidAllowList');
    expect(anyProfileAccepts(policy, authenticator)).toBe(true);
    expect(anyProfileAccepts(policy, yubikey)).toBe(false);
  });

  it('an allow list whose entries are all malformed allows nothing (never "no restriction")', () => {
    const { policy, ignored } = parsePolicy({ aaguidAllowList: ['x', 42, '90a3ccdf-635c-4729-a248'] });
    expect(policy.passkeyProfiles[0]!.targetAaguids).toEqual({ mode: 'allow', aaguids: [] });
    expect(anyProfileAccepts(policy, authenticator)).toBe(false);
    expect(anyProfileAccepts(policy, yubikey)).toBe(false);
    expect(ignored.map((i) => i.key)).toEqual(['aaguidAllowList[0]', 'aaguidAllowList[1]', 'aaguidAllowList[2]']);
  });

  it('an allow list of the wrong type restricts to nothing; an explicitly empty list means no restriction', () => {
    expect(parsePolicy({ aaguidAllowList: AUTH_IOS }).policy.passkeyProfiles[0]!.targetAaguids).toEqual({ mode: 'allow', aaguids: [] });
    expect(parsePolicy({ aaguidAllowList: [] }).policy.passkeyProfiles[0]!.targetAaguids).toBeNull();
  });

  it('keeps the valid entries of a block list with a malformed one', () => {
    const { policy, ignored } = parsePolicy({ aaguidBlockList: [GPM, '{bad}'] });
    expect(policy.passkeyProfiles[0]!.targetAaguids).toEqual({ mode: 'block', aaguids: [GPM] });
    expect(ignored).toEqual([{ key: 'aaguidBlockList[1]', reason: 'admin.reason.badAaguid', value: '"{bad}"' }]);
    expect(anyProfileAccepts(policy, { kind: 'synced', aaguids: [GPM], attested: false })).toBe(false);
  });

  it('with both lists, blocked entries are taken out of the allow list', () => {
    const { policy } = parsePolicy({ aaguidAllowList: [AUTH_IOS, YUBIKEY], aaguidBlockList: [YUBIKEY] });
    expect(policy.passkeyProfiles[0]!.targetAaguids).toEqual({ mode: 'allow', aaguids: [AUTH_IOS] });
  });

  it('a long allow list is cut (narrower), a long block list is kept whole', () => {
    const many = Array.from({ length: 250 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const allow = parsePolicy({ aaguidAllowList: many });
    expect(allow.policy.passkeyProfiles[0]!.targetAaguids!.aaguids).toHaveLength(200);
    expect(allow.ignored).toEqual([{ key: 'aaguidAllowList', reason: 'admin.reason.tooMany', value: '[array of 250]' }]);
    expect(parsePolicy({ aaguidBlockList: many }).policy.passkeyProfiles[0]!.targetAaguids!.aaguids).toHaveLength(250);
  });

  it('rejected values are shown short and without control or bidi characters', () => {
    const { ignored } = parsePolicy({ aaguidAllowList: [`\u202e${'x'.repeat(500)}`] });
    expect(ignored[0]!.value!.length).toBeLessThanOrEqual(80);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting that control characters are gone
    expect(ignored[0]!.value).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  });

  it('passkey kinds: bad entries dropped and reported; nothing valid left accepts no kind', () => {
    const some = parsePolicy({ allowedPasskeyKinds: ['device-bound', 'hardware'] });
    expect(some.policy.passkeyProfiles[0]!.passkeyTypes).toEqual(['device-bound']);
    expect(some.ignored).toEqual([{ key: 'allowedPasskeyKinds[1]', reason: 'admin.reason.notAllowed', value: '"hardware"' }]);
    const none = parsePolicy({ allowedPasskeyKinds: ['hardware'] });
    expect(none.policy.passkeyProfiles[0]!.passkeyTypes).toEqual([]);
    expect(anyProfileAccepts(none.policy, authenticator)).toBe(false);
  });

  it('an unreadable attestationEnforced reads as enforced (stricter)', () => {
    const { policy, ignored } = parsePolicy({ attestationEnforced: 'no' });
    expect(policy.passkeyProfiles[0]!.attestationEnforced).toBe(true);
    expect(ignored).toEqual([{ key: 'attestationEnforced', reason: 'admin.reason.wrongType', value: '"no"' }]);
  });
});

describe('passkeyProfiles', () => {
  const twoProfiles = [
    { name: 'Keys', passkeyTypes: ['device-bound'], attestationEnforced: true, aaguidMode: 'allow', aaguids: [YUBIKEY, AUTH_IOS] },
    { name: 'Synced', passkeyTypes: ['synced'], attestationEnforced: false },
  ];

  it('parses several profiles; a passkey is accepted when any one accepts it', () => {
    const { policy, ignored, applied, profileSource } = parsePolicy({ passkeyProfiles: twoProfiles });
    expect(ignored).toEqual([]);
    expect(applied).toEqual(['passkeyProfiles']);
    expect(profileSource).toBe('profiles');
    expect(policy.passkeyProfiles).toEqual([
      { name: 'Keys', passkeyTypes: ['device-bound'], attestationEnforced: true, targetAaguids: { mode: 'allow', aaguids: [YUBIKEY, AUTH_IOS] } },
      { name: 'Synced', passkeyTypes: ['synced'], attestationEnforced: false, targetAaguids: null },
    ]);
    expect(anyProfileAccepts(policy, yubikey)).toBe(true);
    expect(anyProfileAccepts(policy, { kind: 'synced', aaguids: [GPM], attested: false })).toBe(true);
    expect(anyProfileAccepts(policy, { kind: 'device-bound', aaguids: [AUTH_ANDROID], attested: true })).toBe(false);
  });

  it('wins over the flat keys, which are reported as overridden', () => {
    const { policy, ignored, applied } = parsePolicy({ passkeyProfiles: twoProfiles, allowedPasskeyKinds: ['synced'], aaguidBlockList: ['bad'] });
    expect(policy.passkeyProfiles).toHaveLength(2);
    expect(ignored).toEqual([
      { key: 'allowedPasskeyKinds', reason: 'admin.reason.overridden' },
      { key: 'aaguidBlockList', reason: 'admin.reason.overridden' },
    ]);
    expect(applied).toEqual(['passkeyProfiles']);
  });

  it('drops a malformed entry and keeps the others (narrower), reporting where', () => {
    const { policy, ignored } = parsePolicy({ passkeyProfiles: ['nonsense', twoProfiles[0]] });
    expect(policy.passkeyProfiles).toHaveLength(1);
    expect(policy.passkeyProfiles[0]!.name).toBe('Keys');
    expect(ignored).toEqual([{ key: 'passkeyProfiles[0]', reason: 'admin.reason.wrongType', value: '"nonsense"' }]);
  });

  it('a malformed value never becomes "no restriction": no usable profile accepts nothing', () => {
    for (const value of ['x', [], [null, 3], {}, [{ name: 'No types' }]]) {
      const { policy, ignored } = parsePolicy({ passkeyProfiles: value, allowedPasskeyKinds: ['device-bound', 'synced'] });
      expect(anyProfileAccepts(policy, authenticator), JSON.stringify(value)).toBe(false);
      expect(anyProfileAccepts(policy, { kind: 'synced', aaguids: [], attested: false }), JSON.stringify(value)).toBe(false);
      expect(ignored.length, JSON.stringify(value)).toBeGreaterThan(0);
      expect(policy.passkeyProfiles.length).toBeGreaterThan(0);
    }
  });

  it('a list without a readable mode is read as an allow list; an allow list with only bad entries allows nothing', () => {
    const noMode = parsePolicy({ passkeyProfiles: [{ passkeyTypes: ['device-bound'], aaguids: [YUBIKEY] }] });
    expect(noMode.policy.passkeyProfiles[0]!.targetAaguids).toEqual({ mode: 'allow', aaguids: [YUBIKEY] });
    expect(noMode.ignored).toEqual([{ key: 'passkeyProfiles[0].aaguidMode', reason: 'admin.reason.empty' }]);
    const bad = parsePolicy({ passkeyProfiles: [{ passkeyTypes: ['device-bound'], aaguidMode: 'allow', aaguids: ['nope'] }] });
    expect(bad.policy.passkeyProfiles[0]!.targetAaguids).toEqual({ mode: 'allow', aaguids: [] });
    expect(anyProfileAccepts(bad.policy, yubikey)).toBe(false);
    expect(bad.ignored).toEqual([{ key: 'passkeyProfiles[0].aaguids[0]', reason: 'admin.reason.badAaguid', value: '"nope"' }]);
  });

  it('null one-profile keys mean not set, like every other setting', () => {
    const { policy, ignored } = parsePolicy({ allowedPasskeyKinds: null, attestationEnforced: null, aaguidAllowList: null, aaguidBlockList: null });
    expect(ignored).toEqual([]);
    expect(policy.passkeyProfiles).toEqual([{ name: null, passkeyTypes: ['device-bound', 'synced'], attestationEnforced: false, targetAaguids: null }]);
  });

  it('null means not set: the flat keys apply', () => {
    const { policy, profileSource } = parsePolicy({ passkeyProfiles: null, allowedPasskeyKinds: ['synced'] });
    expect(profileSource).toBe('flat');
    expect(policy.passkeyProfiles[0]!.passkeyTypes).toEqual(['synced']);
  });
});

describe('new settings', () => {
  it('selfServiceSetupAllowed, registrationDeadline and signInPromptOverlay', () => {
    expect(parsePolicy({}).policy).toMatchObject({ selfServiceSetupAllowed: true, registrationDeadline: null, signInPromptOverlay: true });
    const { policy, ignored } = parsePolicy({ selfServiceSetupAllowed: false, registrationDeadline: ' 2027-03-31 ', signInPromptOverlay: false });
    expect(ignored).toEqual([]);
    expect(policy).toMatchObject({ selfServiceSetupAllowed: false, registrationDeadline: '2027-03-31', signInPromptOverlay: false });
    for (const bad of ['2027-02-30', '31/03/2027', '2027-3-1', '2027-03-31T00:00']) {
      expect(parsePolicy({ registrationDeadline: bad }).ignored, bad).toEqual([
        expect.objectContaining({ key: 'registrationDeadline', reason: 'admin.reason.badDate' }),
      ]);
    }
  });
});
