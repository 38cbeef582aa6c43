import { describe, expect, it } from 'vitest';
import { buildDiagnostic, parseLastPageState, type DiagnosticInput } from '@/core/diagnostic';
import { createTranslator } from '@/core/i18n';
import { DEFAULT_POLICY, type CapabilityFacts } from '@/core/types';
import en from '@/locales/en.json';
import de from '@/locales/de.json';

const caps: CapabilityFacts = {
  webauthn: 'yes', secureContext: 'yes', platformAuthenticator: 'no', conditionalMediation: 'yes', hybridTransport: 'unknown',
  passkeyPlatformAuthenticator: 'no', conditionalCreate: 'yes', conditionalGet: 'yes', signalApi: 'yes',
};
const base = (over: Partial<DiagnosticInput> = {}): DiagnosticInput => ({
  t: createTranslator(en, 'en'),
  version: '0.1.0',
  language: 'en',
  platform: { os: 'windows', osVersion: '11', osMajor: 11, browser: 'edge', browserMajor: 140, formFactor: 'desktop', model: null, versionSource: 'client-hints' },
  capabilities: caps,
  policy: { ...DEFAULT_POLICY, tenant: 'contoso.onmicrosoft.com', organizationName: 'Contoso', aaguidAllowList: ['90a3ccdf-635c-4729-a248-9b709135078f'] },
  policyIgnored: 1,
  guide: 'cross-device',
  otherExtension: 'unknown',
  lastPage: { state: 'error', error: 'aaguid-not-allowed', at: Date.UTC(2026, 11, 4, 10, 0) },
  now: new Date(Date.UTC(2026, 11, 4, 12, 34, 56)),
  ...over,
});

describe('buildDiagnostic', () => {
  it('contains platform, every capability, policy summary, guide, last page state, version, language', () => {
    const text = buildDiagnostic(base());
    expect(text).toContain('Passkey Guide 0.1.0');
    expect(text).toContain('windows 11; edge 140');
    for (const [key, value] of Object.entries(caps)) expect(text).toContain(`  ${key}: ${value}`);
    expect(text).toContain('allowList=1');
    expect(text).toContain('ignored=1');
    expect(text).toContain('Recommended guide: cross-device');
    expect(text).toContain('error, error=aaguid-not-allowed (2026-12-04T10:00Z)');
    expect(text).toContain('Language: en');
    expect(text).toContain('2026-12-04T12:34Z');
  });
  it('leaks no organization tenant value and no seconds-precise timestamp', () => {
    const text = buildDiagnostic(base());
    expect(text).not.toContain('contoso');
    expect(text).toContain('tenant=set');
    expect(text).not.toContain(':56');
  });
  it('labels follow the language, values stay stable tokens', () => {
    const text = buildDiagnostic(base({ t: createTranslator(de, 'de'), language: 'de' }));
    expect(text).toContain('Empfohlene Anleitung: cross-device');
    expect(text).toContain('  platformAuthenticator: no');
  });
  it('no last page state and no platform', () => {
    const text = buildDiagnostic(base({ lastPage: null, platform: null }));
    expect(text).toContain('Last Security info state: none');
    expect(text).toContain('Device and browser: unknown');
  });
});

describe('parseLastPageState keeps only safe fields', () => {
  it('accepts a valid state', () => {
    expect(parseLastPageState({ state: 'wizard', error: null, at: 5 })).toEqual({ state: 'wizard', error: null, at: 5 });
  });
  it('rejects unknown states and non-objects', () => {
    expect(parseLastPageState({ state: 'hacked' })).toBeNull();
    expect(parseLastPageState('wizard')).toBeNull();
    expect(parseLastPageState(null)).toBeNull();
  });
  it('drops free-text errors that could carry personal data (e-mail, spaces)', () => {
    expect(parseLastPageState({ state: 'error', error: 'Sorry jane.doe@contoso.com, try again' })?.error).toBeNull();
    expect(parseLastPageState({ state: 'error', error: 'x'.repeat(200) })?.error).toBeNull();
  });
  it('no personal data reaches the report even when storage holds some', () => {
    const lastPage = parseLastPageState({ state: 'error', error: 'jane.doe@contoso.com', user: 'jane.doe@contoso.com' });
    expect(buildDiagnostic(base({ lastPage }))).not.toMatch(/jane|@/);
  });
});
