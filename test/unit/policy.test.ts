import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeValue, flattenPolicy, parsePolicy, POLICY_KEYS } from '@/core/policy';
import { FLAT_PROFILE_KEYS } from '@/core/settings';
import { DEFAULT_POLICY } from '@/core/types';

const root = resolve(import.meta.dirname, '../..');
const GUID = '2fc0579f-8113-47ea-b116-555a8db9202a';

describe('parsePolicy', () => {
  it('gives the defaults and nothing ignored for no policy', () => {
    for (const raw of [undefined, null, {}]) {
      const { policy, ignored, applied } = parsePolicy(raw);
      expect(policy).toEqual(DEFAULT_POLICY);
      expect(ignored).toEqual([]);
      expect(applied).toEqual([]);
    }
  });

  it('applies a complete valid policy', () => {
    const { policy, ignored, applied } = parsePolicy({
      organizationName: '  Contoso Ltd ',
      organizationLogoText: 'CONTOSO',
      tenant: 'Contoso.OnMicrosoft.com',
      allowedPasskeyKinds: ['device-bound'],
      attestationEnforced: true,
      aaguidAllowList: [GUID.toUpperCase(), GUID],
      aaguidBlockList: [],
      preferredGuide: 'security-key',
      tapOffered: true,
      helpDeskName: 'IT Service Desk',
      helpDeskUrl: 'https://help.contoso.com/passkeys',
      helpDeskPhone: '+31 20 123 4567',
      helpDeskEmail: 'help@contoso.com',
      companionSiteUrl: 'https://passkeys.contoso.com/',
      defaultLanguage: 'nl',
      testPasskeyAllowed: false,
      overlayEnabled: false,
      selfServiceSetupAllowed: false,
      registrationDeadline: '2027-03-31',
      signInPromptOverlay: false,
    });
    expect(ignored).toEqual([]);
    expect(applied.sort()).toEqual([...POLICY_KEYS].filter((k) => k !== 'passkeyProfiles').sort());
    expect(policy).toEqual({
      organizationName: 'Contoso Ltd',
      organizationLogoText: 'CONTOSO',
      tenant: 'contoso.onmicrosoft.com',
      preferredGuide: 'security-key',
      tapOffered: true,
      helpDesk: { name: 'IT Service Desk', url: 'https://help.contoso.com/passkeys', phone: '+31 20 123 4567', email: 'help@contoso.com' },
      companionSiteUrl: 'https://passkeys.contoso.com/',
      defaultLanguage: 'nl',
      testPasskeyAllowed: false,
      overlayEnabled: false,
      passkeyProfiles: [{ name: null, passkeyTypes: ['device-bound'], attestationEnforced: true, targetAaguids: { mode: 'allow', aaguids: [GUID] } }],
      selfServiceSetupAllowed: false,
      registrationDeadline: '2027-03-31',
      signInPromptOverlay: false,
    });
  });

  it('falls back per setting and says why', () => {
    const { policy, ignored } = parsePolicy({
      organizationName: 'Fabrikam',
      tenant: 'not a tenant!',
      overlayEnabled: 'false',
      helpDeskUrl: 'javascript:alert(1)',
      companionSiteUrl: 'http://passkeys.fabrikam.com',
      helpDeskEmail: 'nobody',
      helpDeskPhone: 'call us',
      allowedPasskeyKinds: [],
      aaguidBlockList: ['not-a-guid'],
      preferredGuide: 'magic',
      defaultLanguage: 'xx',
      organizationLogoText: 'FAR TOO LONG LOGO TEXT',
      surprise: 1,
    });
    expect(policy.organizationName).toBe('Fabrikam');
    // Every other setting keeps its default, except the passkey restriction: an empty kind list fails closed.
    expect({ ...policy, organizationName: null, passkeyProfiles: DEFAULT_POLICY.passkeyProfiles }).toEqual(DEFAULT_POLICY);
    expect(policy.passkeyProfiles).toEqual([{ name: null, passkeyTypes: [], attestationEnforced: false, targetAaguids: null }]);
    const reasons = Object.fromEntries(ignored.map((i) => [i.key, i.reason]));
    expect(reasons).toEqual({
      tenant: 'admin.reason.badTenant',
      overlayEnabled: 'admin.reason.wrongType',
      helpDeskUrl: 'admin.reason.notHttps',
      companionSiteUrl: 'admin.reason.notHttps',
      helpDeskEmail: 'admin.reason.badEmail',
      helpDeskPhone: 'admin.reason.badPhone',
      allowedPasskeyKinds: 'admin.reason.empty',
      'aaguidBlockList[0]': 'admin.reason.badAaguid',
      preferredGuide: 'admin.reason.notAllowed',
      defaultLanguage: 'admin.reason.notAllowed',
      organizationLogoText: 'admin.reason.tooLong',
      surprise: 'admin.reason.unknownKey',
    });
    expect(ignored.find((i) => i.key === 'overlayEnabled')?.value).toBe('"false"');
  });

  it('refuses non-objects as a whole', () => {
    for (const raw of ['x', 42, true, [1, 2]]) {
      const { policy, ignored } = parsePolicy(raw);
      expect(policy).toEqual(DEFAULT_POLICY);
      expect(ignored).toEqual([expect.objectContaining({ key: '*', reason: 'admin.reason.notAnObject' })]);
    }
  });

  it('never shares state with DEFAULT_POLICY', () => {
    const { policy } = parsePolicy({});
    policy.passkeyProfiles[0]!.passkeyTypes.pop();
    policy.passkeyProfiles.push(policy.passkeyProfiles[0]!);
    policy.helpDesk.name = 'x';
    expect(DEFAULT_POLICY.passkeyProfiles).toEqual([{ name: null, passkeyTypes: ['device-bound', 'synced'], attestationEnforced: false, targetAaguids: null }]);
    expect(DEFAULT_POLICY.helpDesk.name).toBeNull();
  });

  it('strips control and bidi characters from texts and shown values', () => {
    expect(parsePolicy({ organizationName: 'Con\u202etoso\u0000' }).policy.organizationName).toBe('Contoso');
    expect(describeValue('a\u202eb')).toBe('"ab"');
    expect(describeValue('x'.repeat(500)).length).toBeLessThanOrEqual(80);
  });

  it('flattens back to managed keys', () => {
    expect(Object.keys(flattenPolicy(DEFAULT_POLICY)).sort()).toEqual([...POLICY_KEYS].sort());
  });
});

describe('managed_schema.json', () => {
  const schema = JSON.parse(readFileSync(resolve(root, 'public/managed_schema.json'), 'utf8'));

  it('is a valid Chrome schema shape: object at top, no additionalProperties, one type each', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    for (const [key, prop] of Object.entries<Record<string, unknown>>(schema.properties)) {
      expect(typeof prop.type, key).toBe('string');
      expect(String(prop.title).length, key).toBeGreaterThan(3);
      expect(String(prop.description).length, key).toBeGreaterThan(20);
    }
  });

  it('names exactly the keys the parser understands (the registry in core/settings.ts)', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('types agree with the parser: a value of the schema type for each key is not rejected as wrongType', () => {
    const sample: Record<string, unknown> = { string: 'contoso.com', boolean: true, array: [] };
    for (const [key, prop] of Object.entries<{ type: string }>(schema.properties)) {
      const { ignored } = parsePolicy({ [key]: sample[prop.type] });
      expect(
        ignored.filter((i) => i.reason === 'admin.reason.wrongType'),
        key,
      ).toEqual([]);
    }
  });
});

describe('deployment templates (docs/deploy)', () => {
  const read = (file: string) => JSON.parse(readFileSync(resolve(root, 'docs/deploy', file), 'utf8'));

  it('policy-3rdparty.json uses every setting (passkeyProfiles rather than its one-profile shorthands), all valid', () => {
    const values = read('policy-3rdparty.json')['3rdparty'].extensions.EXTENSION_ID;
    const { ignored, applied } = parsePolicy(values);
    expect(ignored).toEqual([]);
    const shorthands: readonly string[] = FLAT_PROFILE_KEYS;
    expect(applied.sort()).toEqual([...POLICY_KEYS].filter((k) => k !== 'companionSiteUrl' && !shorthands.includes(k)).sort());
  });

  it('firefox-policies.json settings are all valid', () => {
    const values = read('firefox-policies.json').policies['3rdparty'].Extensions['passkey-guide@passkey-guide.github.io'];
    expect(parsePolicy(values).ignored).toEqual([]);
  });

  it('the .reg template names only known settings', () => {
    const reg = readFileSync(resolve(root, 'docs/deploy/windows-edge-chrome.reg'), 'utf8');
    const names = [...reg.matchAll(/^"([A-Za-z]+)"=/gm)].map((m) => m[1]!).filter((n) => n !== 'ExtensionSettings');
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(POLICY_KEYS).toContain(name);
    for (const sub of reg.matchAll(/\\policy\\([A-Za-z]+)\]/g)) expect(POLICY_KEYS).toContain(sub[1]);
  });
});
