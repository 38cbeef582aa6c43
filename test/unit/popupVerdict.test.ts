import { describe, expect, it } from 'vitest';
import { computeVerdict, handoffUrl } from '@/components/popup/verdict';
import { detectWebAuthnTakeover, isNativeFunction } from '@/probes/otherExtensions';
import type { Decision } from '@/core/engine';
import { DEFAULT_POLICY, type CapabilityFacts } from '@/core/types';

const caps = (over: Partial<CapabilityFacts>): CapabilityFacts => ({
  webauthn: 'yes', secureContext: 'yes', platformAuthenticator: 'unknown', conditionalMediation: 'unknown', hybridTransport: 'unknown',
  passkeyPlatformAuthenticator: 'unknown', conditionalCreate: 'unknown', conditionalGet: 'unknown', signalApi: 'unknown', ...over,
});
const decision = (guide: Decision['guide']): Decision => ({ guide, steps: [], warnings: [], fallbacks: [], questions: [], reasons: [] });

describe('computeVerdict', () => {
  it('platform authenticator → ready, Security info with the tenant', () => {
    const v = computeVerdict(caps({ platformAuthenticator: 'yes' }), decision('platform'), { ...DEFAULT_POLICY, tenant: 'contoso.com' });
    expect(v.level).toBe('ready');
    expect(v.action).toEqual({ kind: 'security-info', href: 'https://mysignins.microsoft.com/security-info?tenant=contoso.com' });
  });
  it('no or unknown platform authenticator → other device (never "ready" on unknown)', () => {
    expect(computeVerdict(caps({ platformAuthenticator: 'no' }), decision('cross-device'), DEFAULT_POLICY).level).toBe('other-device');
    expect(computeVerdict(caps({}), decision('cross-device'), DEFAULT_POLICY).level).toBe('other-device');
  });
  it('no WebAuthn or an insecure context → unsupported with a QR hand-off', () => {
    const v = computeVerdict(caps({ webauthn: 'no' }), decision('cross-device'), DEFAULT_POLICY);
    expect(v.level).toBe('unsupported');
    expect(v.action).toEqual({ kind: 'qr', value: 'https://mysignins.microsoft.com/security-info' });
    expect(computeVerdict(caps({ secureContext: 'no' }), decision('platform'), DEFAULT_POLICY).level).toBe('unsupported');
  });
  it('hand-off uses the https companion site with the guide, ignores a non-https one', () => {
    const url = handoffUrl({ ...DEFAULT_POLICY, companionSiteUrl: 'https://help.contoso.com/passkey' }, decision('unsupported'));
    expect(url).toBe('https://help.contoso.com/passkey?v=1&g=authenticator-app');
    expect(handoffUrl({ ...DEFAULT_POLICY, companionSiteUrl: 'http://help.contoso.com' }, decision('platform'))).toBe('https://mysignins.microsoft.com/security-info');
  });
});

describe('other extension taking over WebAuthn', () => {
  it('native functions are recognised, wrappers are not', () => {
    expect(isNativeFunction(Math.max)).toBe(true);
    expect(isNativeFunction(() => 1)).toBe(false);
    expect(isNativeFunction(undefined)).toBe(false);
  });
  it('a wrapped navigator.credentials.create → "yes" (may take over); native or missing → "unknown", never "no"', () => {
    const native = { create: Math.max, get: Math.min };
    const wrapped = { create: async () => null, get: Math.min };
    expect(detectWebAuthnTakeover({ navigator: { credentials: wrapped } as unknown as Navigator })).toBe('yes');
    expect(detectWebAuthnTakeover({ navigator: { credentials: native } as unknown as Navigator })).toBe('unknown');
    expect(detectWebAuthnTakeover({})).toBe('unknown');
  });
});
