import { describe, expect, it } from 'vitest';
import { handoffFor, nextAction } from '@/components/popup/verdict';
import { detectWebAuthnTakeover, isNativeFunction } from '@/probes/otherExtensions';
import type { Decision } from '@/core/engine';
import { DEFAULT_POLICY, GUIDE_IDS, type PlatformFacts } from '@/core/types';

const decision = (guide: Decision['guide']): Decision => ({ guide, steps: [], warnings: [], fallbacks: [], questions: [], reasons: [] });

const desktop = {
  os: 'windows',
  osVersion: '11',
  browser: 'edge',
  browserMajor: 140,
  formFactor: 'desktop',
  model: null,
  versionSource: 'client-hints',
} as unknown as PlatformFacts;
const phone = { ...desktop, os: 'android', formFactor: 'phone' } as PlatformFacts;

describe('nextAction (the popup says only what the engine decided)', () => {
  it('no claim before the engine has decided', () => {
    expect(nextAction(null, DEFAULT_POLICY, desktop, 'en')).toBeNull();
  });
  it('"this device can save a passkey" only when the engine chose the platform guide', () => {
    for (const g of GUIDE_IDS) {
      const next = nextAction(decision(g), DEFAULT_POLICY, desktop, 'en')!;
      expect(next.guide).toBe(g);
      expect(next.nextKey === 'popup.next.platform').toBe(g === 'platform');
    }
  });
  it('Security info carries the tenant', () => {
    expect(nextAction(decision('platform'), { ...DEFAULT_POLICY, tenant: 'contoso.com' }, desktop, 'en')!.securityInfo).toBe(
      'https://mysignins.microsoft.com/security-info?tenant=contoso.com',
    );
  });
  it('phone hand-off on computers for phone paths only; never on a phone', () => {
    expect(nextAction(decision('authenticator-app'), DEFAULT_POLICY, desktop, 'en')!.handoff).not.toBeNull();
    expect(nextAction(decision('unsupported'), DEFAULT_POLICY, desktop, 'en')!.handoff).not.toBeNull();
    expect(nextAction(decision('platform'), DEFAULT_POLICY, desktop, 'en')!.handoff).toBeNull();
    expect(nextAction(decision('authenticator-app'), DEFAULT_POLICY, phone, 'en')!.handoff).toBeNull();
  });
  it('hand-off: the https companion site with the guide and organization; without one, Security info (no dead end)', () => {
    const site = handoffFor({ ...DEFAULT_POLICY, companionSiteUrl: 'https://help.contoso.com/passkey', organizationName: 'Contoso' }, 'unsupported', 'de');
    expect(site.target).toBe('guide');
    const url = new URL(site.value);
    expect(url.origin + url.pathname).toBe('https://help.contoso.com/passkey');
    expect(url.searchParams.get('g')).toBe('authenticator-app');
    expect(url.searchParams.get('lang')).toBe('de');
    expect(url.searchParams.get('org')).toBe('Contoso');
    expect(handoffFor({ ...DEFAULT_POLICY, companionSiteUrl: 'http://help.contoso.com' }, 'platform', null)).toEqual({
      target: 'security-info',
      value: 'https://mysignins.microsoft.com/security-info',
    });
    expect(handoffFor({ ...DEFAULT_POLICY, tenant: 'contoso.com' }, 'authenticator-app', null).value).toBe(
      'https://mysignins.microsoft.com/security-info?tenant=contoso.com',
    );
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
