/**
 * The help-desk diagnostic: a short, human-readable report to paste into a ticket (or scan as a QR code).
 * Pure. It never contains personal data: no user name, e-mail, URL, user-agent string, credential id,
 * free text from the page. Labels follow the user's language; values are stable tokens (yes/no/unknown,
 * guide ids, page states) so the help desk can read them in any language.
 */
import type { MessageKey, Translate } from './i18n';
import type { IgnoredSetting } from './policy';
import { CAPABILITY_KEYS, PAGE_STATES, type CapabilityFacts, type GuideId, type OrgPolicy, type PageState, type PlatformFacts } from './types';

export interface LastPageState {
  state: PageState;
  /** The guide step the overlay showed (a step id such as "scan-qr"), when it knew one. */
  step?: string | null;
  /** A stable error id from the page recognizer (e.g. "aaguid-not-allowed"), never page text. */
  error: string | null;
  /** Epoch ms. */
  at: number | null;
}

const ERROR_ID_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/** Validates what the overlay stored under `pg:last-page-state`; anything else is dropped (null). */
export function parseLastPageState(raw: unknown): LastPageState | null {
  if (!raw || typeof raw !== 'object') return null;
  const value = raw as Record<string, unknown>;
  if (typeof value.state !== 'string' || !(PAGE_STATES as readonly string[]).includes(value.state)) return null;
  const error = typeof value.error === 'string' && ERROR_ID_RE.test(value.error) ? value.error : null;
  const at = typeof value.at === 'number' && Number.isFinite(value.at) && value.at > 0 ? value.at : null;
  const step = typeof value.step === 'string' && ERROR_ID_RE.test(value.step) ? value.step : null;
  return { state: value.state as PageState, step, error, at };
}

export interface DiagnosticInput {
  t: Translate;
  version: string;
  language: string;
  platform: PlatformFacts | null;
  capabilities: CapabilityFacts;
  policy: OrgPolicy;
  /** Managed settings that were ignored as invalid: listed by name and reason for the help desk. */
  policyIgnored: readonly IgnoredSetting[];
  guide: GuideId | null;
  otherExtension: 'yes' | 'no' | 'unknown';
  lastPage: LastPageState | null;
  testPasskey?: { provider: string | null; aaguid: string | null; outcome: string } | null;
  now: Date;
}

function minuteIso(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'unknown' : `${date.toISOString().slice(0, 16)}Z`;
}

/**
 * The platform as stable English tokens ("windows 11; edge 140 (desktop, version source: client-hints)").
 * Deliberately NOT localized: this goes into the help-desk diagnostic, which help desks read and
 * search whatever language the employee uses. What the user sees in the popup is platformText().
 */
export function platformSummary(platform: PlatformFacts | null): string {
  if (!platform) return 'unknown';
  const os = `${platform.os}${platform.osVersion ? ` ${platform.osVersion}` : ''}`;
  const browser = `${platform.browser}${platform.browserMajor !== null ? ` ${platform.browserMajor}` : ''}`;
  const extras = [platform.formFactor, platform.model, `version source: ${platform.versionSource}`].filter(Boolean).join(', ');
  return `${os}; ${browser} (${extras})`;
}

/**
 * The popup's "Device and browser" row in the user's language: "Windows 11 · Microsoft Edge 140 · Computer".
 * Versions and the device model are data; everything else comes from locales/ (popup.device.*).
 */
export function platformText(t: Translate, platform: PlatformFacts | null): string {
  if (!platform) return t('common.checking');
  const named = (name: string, version: string | number | null) =>
    version === null || version === '' ? name : t('popup.device.withVersion', { name, version: String(version) });
  const os = named(t(`popup.device.os.${platform.os}`), platform.os === 'unknown' ? null : platform.osVersion);
  const browserName = platform.browser === 'other' ? t('popup.device.browserOther') : t(`popup.device.browser.${platform.browser}`);
  const browser = named(browserName, platform.browser === 'unknown' ? null : platform.browserMajor);
  const formFactor = t(`popup.device.formFactor.${platform.formFactor}`);
  const device = platform.model ? t('popup.device.withModel', { device: formFactor, model: platform.model }) : formFactor;
  // Each part is bidi-isolated (FSI…PDI), so "Windows 11" stays one unit and the parts keep their order in Arabic.
  const isolate = (text: string) => `\u2068${text}\u2069`;
  return t('popup.device.summary', { os: isolate(os), browser: isolate(browser), device: isolate(device) });
}

const MAX_IGNORED_LISTED = 10;

/**
 * Ignored settings as stable tokens for the help desk: "tenant (badTenant), helpDeskUrl (notHttps)".
 * At most 10 are named (a policy full of junk must not swell the report or its QR code); the rest are counted.
 */
export function ignoredSummary(ignored: readonly IgnoredSetting[]): string {
  if (ignored.length === 0) return 'none';
  const named = ignored.slice(0, MAX_IGNORED_LISTED).map((item) => `${item.key.slice(0, 40)} (${item.reason.replace(/^admin\.reason\./, '')})`);
  if (ignored.length > MAX_IGNORED_LISTED) named.push(`+${ignored.length - MAX_IGNORED_LISTED} more`);
  return named.join(', ');
}

/** The platform in a few English words for the summary line: "windows 11, edge 140, desktop". No ';' ever. */
function platformShort(platform: PlatformFacts | null): string {
  if (!platform) return 'unknown';
  const os = `${platform.os}${platform.osVersion ? ` ${platform.osVersion}` : ''}`;
  const browser = `${platform.browser}${platform.browserMajor !== null ? ` ${platform.browserMajor}` : ''}`;
  return [os, browser, platform.formFactor].join(', ').replace(/;/g, ',');
}

/** The policy in effect, in a few English words: "1 profile (synced+device-bound, attestation off, no key list), self-service on, tenant set". */
export function policySummary(policy: OrgPolicy): string {
  const profiles = policy.passkeyProfiles ?? [];
  const describe = (p: OrgPolicy['passkeyProfiles'][number]) => {
    const list = p.targetAaguids ? `${p.targetAaguids.mode} list of ${p.targetAaguids.aaguids.length}` : 'no key list';
    return `${p.passkeyTypes.join('+') || 'no types'}, attestation ${p.attestationEnforced ? 'enforced' : 'off'}, ${list}`;
  };
  const shown = profiles.slice(0, 3).map(describe).join(' | ');
  const more = profiles.length > 3 ? ` | +${profiles.length - 3} more` : '';
  return [
    `${profiles.length} profile${profiles.length === 1 ? '' : 's'} (${shown}${more})`,
    `self-service ${policy.selfServiceSetupAllowed === false ? 'off' : 'on'}`,
    `tenant ${policy.tenant ? 'set' : 'none'}`,
    ...(policy.preferredGuide ? [`preferred ${policy.preferredGuide}`] : []),
  ].join(', ');
}

export const SUMMARY_PREFIX = 'Summary: ';

/**
 * The first line of every diagnostic, always English, short enough for a help-desk agent to read aloud:
 * "Summary: guide authenticator-app; platform windows 11, edge 140, desktop; step wizard; last error none; policy 1 profile (...)".
 * Fields are separated by "; " and never contain one; parseDiagnostic() reads them back.
 */
export function diagnosticSummary(input: Pick<DiagnosticInput, 'guide' | 'platform' | 'lastPage' | 'policy'>): string {
  const step = input.lastPage ? `${input.lastPage.state}${input.lastPage.step ? ` (${input.lastPage.step})` : ''}` : 'not on Security info yet';
  const error = input.lastPage?.error ?? 'none';
  return `${SUMMARY_PREFIX}guide ${input.guide ?? 'none'}; platform ${platformShort(input.platform)}; step ${step}; last error ${error}; policy ${policySummary(input.policy).replace(/;/g, ',')}`;
}

export interface ParsedDiagnostic {
  summary: string;
  guide: string;
  platform: string;
  step: string;
  error: string;
  policy: string;
  version: string | null;
}

/**
 * Reads a pasted diagnostic back (the help-desk builder's "paste a diagnostic" box). Only the English summary line
 * and the version in the title line are read; anything else is ignored. null when there is no summary line.
 * Input is capped (a paste of a whole mailbox must not hang the page).
 */
export function parseDiagnostic(text: string): ParsedDiagnostic | null {
  const lines = text
    .slice(0, 20_000)
    .split(/\r?\n/)
    .map((l) => l.trim());
  const summary = lines.find((l) => l.startsWith(SUMMARY_PREFIX));
  if (!summary) return null;
  const fields = new Map<string, string>();
  for (const part of summary.slice(SUMMARY_PREFIX.length).split('; ')) {
    const m = /^(guide|platform|step|last error|policy) (.+)$/.exec(part);
    const [, name, value] = m ?? [];
    if (name && value && !fields.has(name)) fields.set(name, value.slice(0, 300));
  }
  if (!fields.has('guide') || !fields.has('platform')) return null;
  const version = lines.map((l) => /Passkey Guide (\d+\.\d+\.\d+)\b/.exec(l)?.[1]).find(Boolean) ?? null;
  return {
    summary: summary.slice(0, 600),
    guide: fields.get('guide')!,
    platform: fields.get('platform')!,
    step: fields.get('step') ?? 'unknown',
    error: fields.get('last error') ?? 'none',
    policy: fields.get('policy') ?? 'unknown',
    version,
  };
}

export function buildDiagnostic(input: DiagnosticInput): string {
  const { t, policy } = input;
  const lines: string[] = [];
  const row = (labelKey: MessageKey, value: string) => lines.push(`${t(labelKey)}: ${value}`);
  lines.push(diagnosticSummary(input));
  lines.push(`${t('diagnostic.title')} — ${t('common.appName')} ${input.version}`);
  row('diagnostic.generated', minuteIso(input.now));
  row('diagnostic.language', input.language);
  row('diagnostic.platform', platformSummary(input.platform));
  lines.push(`${t('diagnostic.capabilities')}:`);
  for (const key of CAPABILITY_KEYS) lines.push(`  ${key}: ${input.capabilities[key]}`);
  row('diagnostic.otherExtension', input.otherExtension);
  const policyParts = [
    `profiles=${(policy.passkeyProfiles ?? []).length}`,
    `selfService=${policy.selfServiceSetupAllowed === false ? 'off' : 'on'}`,
    `tenant=${policy.tenant ? 'set' : 'none'}`,
    `preferredGuide=${policy.preferredGuide ?? 'none'}`,
    `testPasskey=${policy.testPasskeyAllowed ? 'allowed' : 'off'}`,
    `ignored=${input.policyIgnored.length}`,
  ];
  row('diagnostic.policy', policyParts.join(', '));
  row('diagnostic.policyIgnored', ignoredSummary(input.policyIgnored));
  row('diagnostic.guide', input.guide ?? 'none');
  if (input.testPasskey) {
    const tp = input.testPasskey;
    row('diagnostic.testPasskey', `${tp.outcome}; ${tp.provider ?? 'unknown provider'}${tp.aaguid ? ` (${tp.aaguid})` : ''}`);
  }
  if (input.lastPage) {
    const when = input.lastPage.at ? ` (${minuteIso(new Date(input.lastPage.at))})` : '';
    const step = input.lastPage.step ? `, step=${input.lastPage.step}` : '';
    row('diagnostic.lastPage', `${input.lastPage.state}${step}${input.lastPage.error ? `, error=${input.lastPage.error}` : ''}${when}`);
  } else {
    row('diagnostic.lastPage', 'none');
  }
  lines.push(t('diagnostic.noPersonalData'));
  return lines.join('\n');
}
