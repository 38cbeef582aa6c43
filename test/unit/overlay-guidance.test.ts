/**
 * The engine's answer for the overlay, computed in the background (core/overlay/guidance.ts), and the check of
 * the capabilities a content script reports (an untrusted message).
 */
import { describe, expect, it } from 'vitest';
import { decide, type EngineInput } from '@/core/engine';
import { parsePlatform } from '@/core/platform';
import { fixKey, overlayGuidance, readCapabilities } from '@/core/overlay/guidance';
import { PAGE_ERRORS } from '@/core/page/securityInfoPage';
import { CAPABILITY_KEYS, DEFAULT_POLICY, GUIDE_IDS } from '@/core/types';

const input: EngineInput = {
  platform: parsePlatform({
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
  }),
  capabilities: readCapabilities({ webauthn: 'yes', hybridTransport: 'yes', platformAuthenticator: 'yes' }),
  policy: { ...DEFAULT_POLICY, organizationName: 'Contoso', registrationDeadline: '2026-12-31' },
  answers: {},
};

describe('overlayGuidance', () => {
  const g = overlayGuidance(input, 'security-key', { lang: 'en', today: '2026-12-06' });
  const d = decide(input);
  it('is the engine’s decision: guide first, then its fallbacks, its warnings', () => {
    expect(g.guide).toBe(d.guide);
    expect(g.guides).toEqual([d.guide, ...d.fallbacks.filter((x) => x !== d.guide)]);
    expect(g.warnings).toEqual(d.warnings);
    expect(g.steps[d.guide]).toEqual(d.steps);
    expect(g.guided).toBe('security-key');
  });
  it('carries every guide’s steps (a stored place or a link may name any)', () => {
    for (const id of GUIDE_IDS) expect(g.steps[id]?.length, id).toBeGreaterThan(0);
  });
  it('"why am I asked" names the organization and its deadline', () => {
    expect(g.whyAsked[0]).toEqual({ key: 'engine.whyAsked.who-org', params: { org: 'Contoso' } });
    expect(g.whyAsked.find((m) => m.key === 'engine.whyAsked.deadline')?.params?.date).toMatch(/2026/);
  });
  it('every page error has an employee-facing fix for every guide, never the admin-only one', () => {
    for (const id of GUIDE_IDS) for (const e of PAGE_ERRORS) expect(g.fixes[id]?.[e], `${id}/${e}`).toMatch(/^engine\.troubleshooting\.(?!ca-loop)/);
  });
  it('a fix written for another guide beats the generic one', () => {
    expect(fixKey('key-limit', 'authenticator-app')).toBe('engine.troubleshooting.key-limit');
    expect(fixKey('generic', 'authenticator-app')).not.toBe('engine.troubleshooting.ca-loop');
  });
});

describe('readCapabilities', () => {
  it('keeps yes/no, anything else is unknown, every key present', () => {
    const c = readCapabilities({ webauthn: 'yes', hybridTransport: 'no', signalApi: 'maybe', extra: 'yes', platformAuthenticator: 1 });
    expect(Object.keys(c).sort()).toEqual([...CAPABILITY_KEYS].sort());
    expect(c).toMatchObject({ webauthn: 'yes', hybridTransport: 'no', signalApi: 'unknown', platformAuthenticator: 'unknown' });
    expect(readCapabilities(null).webauthn).toBe('unknown');
    expect(readCapabilities('yes').webauthn).toBe('unknown');
  });
});
