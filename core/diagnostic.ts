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
  return { state: value.state as PageState, error, at };
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
  const named = ignored
    .slice(0, MAX_IGNORED_LISTED)
    .map((item) => `${item.key.slice(0, 40)} (${item.reason.replace(/^admin\.reason\./, '')})`);
  if (ignored.length > MAX_IGNORED_LISTED) named.push(`+${ignored.length - MAX_IGNORED_LISTED} more`);
  return named.join(', ');
}

export function buildDiagnostic(input: DiagnosticInput): string {
  const { t, policy } = input;
  const lines: string[] = [];
  const row = (labelKey: MessageKey, value: string) => lines.push(`${t(labelKey)}: ${value}`);
  lines.push(`${t('diagnostic.title')} — ${t('common.appName')} ${input.version}`);
  row('diagnostic.generated', minuteIso(input.now));
  row('diagnostic.language', input.language);
  row('diagnostic.platform', platformSummary(input.platform));
  lines.push(`${t('diagnostic.capabilities')}:`);
  for (const key of CAPABILITY_KEYS) lines.push(`  ${key}: ${input.capabilities[key]}`);
  row('diagnostic.otherExtension', input.otherExtension);
  const policyParts = [
    `kinds=${policy.allowedPasskeyKinds.join('+') || 'none'}`,
    `attestation=${policy.attestationEnforced ? 'enforced' : 'off'}`,
    `allowList=${policy.aaguidAllowList.length}`,
    `blockList=${policy.aaguidBlockList.length}`,
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
    row('diagnostic.lastPage', `${input.lastPage.state}${input.lastPage.error ? `, error=${input.lastPage.error}` : ''}${when}`);
  } else {
    row('diagnostic.lastPage', 'none');
  }
  lines.push(t('diagnostic.noPersonalData'));
  return lines.join('\n');
}
