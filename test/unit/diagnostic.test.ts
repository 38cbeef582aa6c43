import { describe, expect, it } from 'vitest';
import {
  buildDiagnostic,
  ignoredSummary,
  parseDiagnostic,
  parseLastPageState,
  platformSummary,
  platformText as localizedPlatform,
  type DiagnosticInput,
} from '@/core/diagnostic';
import { parsePolicy } from '@/core/policy';
import ja from '@/locales/ja.json';
import ar from '@/locales/ar.json';
import { createTranslator } from '@/core/i18n';
import { DEFAULT_POLICY, type CapabilityFacts } from '@/core/types';
import en from '@/locales/en.json';
import de from '@/locales/de.json';

const caps: CapabilityFacts = {
  webauthn: 'yes',
  secureContext: 'yes',
  platformAuthenticator: 'no',
  conditionalMediation: 'yes',
  hybridTransport: 'unknown',
  passkeyPlatformAuthenticator: 'no',
  conditionalCreate: 'yes',
  conditionalGet: 'yes',
  signalApi: 'yes',
};
const base = (over: Partial<DiagnosticInput> = {}): DiagnosticInput => ({
  t: createTranslator(en, 'en'),
  version: '0.1.0',
  language: 'en',
  platform: {
    os: 'windows',
    osVersion: '11',
    osMajor: 11,
    browser: 'edge',
    browserMajor: 140,
    formFactor: 'desktop',
    model: null,
    versionSource: 'client-hints',
  },
  capabilities: caps,
  policy: {
    ...DEFAULT_POLICY,
    tenant: 'contoso.onmicrosoft.com',
    organizationName: 'Contoso',
    passkeyProfiles: [
      {
        name: null,
        passkeyTypes: ['device-bound'],
        attestationEnforced: true,
        targetAaguids: { mode: 'allow', aaguids: ['90a3ccdf-635c-4729-a248-9b709135078f'] },
      },
    ],
  },
  policyIgnored: [{ key: 'tenant', reason: 'admin.reason.badTenant', value: '"not a tenant"' }],
  guide: 'cross-device',
  otherExtension: 'unknown',
  lastPage: { state: 'error', error: 'aaguid-not-allowed', at: Date.UTC(2026, 11, 4, 10, 0) },
  now: new Date(Date.UTC(2026, 11, 4, 12, 34, 56)),
  ...over,
});

describe('the one-line English summary a help desk reads aloud', () => {
  it('comes first, in English whatever the language, with guide, platform, step, last error and policy', () => {
    for (const t of [createTranslator(en, 'en'), createTranslator(ja, 'ja'), createTranslator(ar, 'ar')]) {
      const first = buildDiagnostic(base({ t })).split('\n')[0];
      expect(first).toBe(
        'Summary: guide cross-device; platform windows 11, edge 140, desktop; step error; last error aaguid-not-allowed; ' +
          'policy 1 profile (device-bound, attestation enforced, allow list of 1), self-service on, tenant set',
      );
    }
  });
  it('says when the person has not reached Security info and when self-service is off', () => {
    const first = buildDiagnostic(base({ lastPage: null, platform: null, guide: null, policy: { ...DEFAULT_POLICY, selfServiceSetupAllowed: false } })).split(
      '\n',
    )[0];
    expect(first).toBe(
      'Summary: guide none; platform unknown; step not on Security info yet; last error none; policy 1 profile (device-bound+synced, attestation off, no key list), self-service off, tenant none',
    );
  });
  it('names the guide step the person was on when the overlay stored one', () => {
    const lastPage = parseLastPageState({ state: 'wizard', step: 'scan-qr', error: null, at: 1 });
    expect(buildDiagnostic(base({ lastPage })).split('\n')[0]).toContain('; step wizard (scan-qr); last error none;');
    expect(parseLastPageState({ state: 'wizard', step: 'jane@contoso.com' })?.step).toBeNull();
    expect(parseDiagnostic(buildDiagnostic(base({ lastPage })))!.step).toBe('wizard (scan-qr)');
  });
  it('parseDiagnostic reads it back (round trip) and refuses text without a summary line', () => {
    const parsed = parseDiagnostic(`some chat text\n${buildDiagnostic(base())}`)!;
    expect(parsed).toMatchObject({
      guide: 'cross-device',
      platform: 'windows 11, edge 140, desktop',
      step: 'error',
      error: 'aaguid-not-allowed',
      version: '0.1.0',
    });
    expect(parsed.policy).toContain('allow list of 1');
    expect(parseDiagnostic('Recommended guide: platform')).toBeNull();
    expect(parseDiagnostic('Summary: hello; world')).toBeNull();
  });
});

describe('buildDiagnostic', () => {
  it('contains platform, every capability, policy summary, guide, last page state, version, language', () => {
    const text = buildDiagnostic(base());
    expect(text).toContain('Passkey Guide 0.1.0');
    expect(text).toContain('windows 11; edge 140');
    for (const [key, value] of Object.entries(caps)) expect(text).toContain(`  ${key}: ${value}`);
    expect(text).toContain('profiles=1');
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
    expect(parseLastPageState({ state: 'wizard', error: null, at: 5 })).toEqual({ state: 'wizard', step: null, error: null, at: 5 });
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

describe('ignored policy settings in the diagnostic', () => {
  it('names each ignored setting with its reason as stable tokens, in any UI language', () => {
    const { ignored } = parsePolicy({ tenant: 'not a tenant!', helpDeskUrl: 'javascript:alert(1)', bogusKey: 1, organizationName: 'Contoso' });
    for (const t of [createTranslator(en, 'en'), createTranslator(de, 'de')]) {
      const text = buildDiagnostic(base({ t, policyIgnored: ignored }));
      expect(text).toMatch(/: bogusKey \(unknownKey\), helpDeskUrl \(notHttps\), tenant \(badTenant\)$/m);
      expect(text).toContain('ignored=3');
      // The rejected values are not copied into the report.
      expect(text).not.toContain('javascript');
    }
    expect(buildDiagnostic(base({ policyIgnored: ignored }))).toContain('Ignored policy settings: bogusKey (unknownKey)');
  });
  it('says none when nothing was ignored, and caps a policy full of junk', () => {
    expect(buildDiagnostic(base({ policyIgnored: [] }))).toContain('Ignored policy settings: none');
    const junk = parsePolicy(Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`junk${String(i).padStart(2, '0')}`, i]))).ignored;
    const summary = ignoredSummary(junk);
    expect(summary.split(', ')).toHaveLength(11);
    expect(summary).toMatch(/junk09 \(unknownKey\), \+15 more$/);
  });
});

describe('platformText (the popup row) vs platformSummary (the help-desk report)', () => {
  const platformText = (...args: Parameters<typeof localizedPlatform>) => {
    const text = localizedPlatform(...args);
    // Three bidi-isolated parts (FSI…PDI) keep their order in right-to-left text.
    if (args[1]) expect(text.match(/\u2068[^\u2069]+\u2069/g)).toHaveLength(3);
    return text.replace(/[\u2068\u2069]/g, '');
  };
  const platform = {
    os: 'windows',
    osVersion: '11',
    osMajor: 11,
    browser: 'edge',
    browserMajor: 140,
    formFactor: 'desktop',
    model: null,
    versionSource: 'client-hints',
  } as const;
  it('is localized for the user', () => {
    expect(platformText(createTranslator(en, 'en'), platform)).toBe('Windows 11 · Microsoft Edge 140 · Computer');
    expect(
      platformText(createTranslator(ja, 'ja'), { ...platform, formFactor: 'phone', os: 'android', osVersion: '15', browser: 'chrome', model: 'Pixel 9' }),
    ).toBe('Android 15 · Google Chrome 140 · スマートフォン (Pixel 9)');
    expect(
      platformText(createTranslator(ar, 'ar'), { ...platform, os: 'unknown', osVersion: null, browser: 'other', browserMajor: null, formFactor: 'unknown' }),
    ).toBe('نظام تشغيل غير معروف · مستعرض آخر · نوع جهاز غير معروف');
    expect(platformText(createTranslator(de, 'de'), null)).toBe('Wird geprüft…');
  });
  it('the diagnostic keeps English tokens whatever the UI language', () => {
    expect(platformSummary(platform)).toBe('windows 11; edge 140 (desktop, version source: client-hints)');
    expect(buildDiagnostic(base({ t: createTranslator(ja, 'ja'), language: 'ja' }))).toContain('windows 11; edge 140');
  });
});
