/**
 * Platform detection from the user agent plus User-Agent Client Hints. Pure: no browser globals.
 * The UA string is frozen on Chromium (Android "10; K", "Windows NT 10.0", macOS 10_15_7), so the
 * real version comes only from client hints; without them the version is null — never guessed.
 * Sources: Chromium user-agent reduction, https://www.chromium.org/updates/ua-reduction/ (2023); User-Agent Client Hints, https://wicg.github.io/ua-client-hints/ ; detecting Windows 11, https://learn.microsoft.com/microsoft-edge/web-platform/how-to-detect-win11 .
 */
import UAParser from 'ua-parser-js';
import type { BrowserName, FormFactor, OsName, PlatformFacts } from './types';

export interface BrandVersion {
  brand: string;
  version: string;
}

/** The subset of `UADataValues` we read (navigator.userAgentData.getHighEntropyValues). */
export interface ClientHints {
  platform?: string;
  platformVersion?: string;
  model?: string;
  mobile?: boolean;
  fullVersionList?: BrandVersion[];
  brands?: BrandVersion[];
}

export interface PlatformInput {
  userAgent: string;
  hints?: ClientHints;
  /** navigator.maxTouchPoints: tells iPadOS (which sends a Mac UA) from macOS. */
  maxTouchPoints?: number;
}

const OS_BY_UA_NAME: Record<string, OsName> = {
  windows: 'windows',
  'mac os': 'macos',
  macos: 'macos',
  ios: 'ios',
  android: 'android',
  'chromium os': 'chromeos',
  'chrome os': 'chromeos',
  linux: 'linux',
  ubuntu: 'linux',
  debian: 'linux',
  fedora: 'linux',
  'linux mint': 'linux',
  arch: 'linux',
  gentoo: 'linux',
  'red hat': 'linux',
  suse: 'linux',
};

const BROWSER_BY_UA_NAME: Record<string, BrowserName> = {
  edge: 'edge',
  chrome: 'chrome',
  'chrome headless': 'chrome',
  'chrome webview': 'chrome',
  'mobile chrome': 'chrome',
  chromium: 'chrome',
  firefox: 'firefox',
  'mobile firefox': 'firefox',
  safari: 'safari',
  'mobile safari': 'safari',
  'samsung internet': 'samsung',
  'samsung browser': 'samsung',
};

/** Client-hint brand → browser; Edge and Samsung also list "Chromium", so they come first. */
const BRAND_ORDER: [RegExp, BrowserName][] = [
  [/^microsoft edge$/i, 'edge'],
  [/^samsung internet$/i, 'samsung'],
  [/^google chrome$/i, 'chrome'],
  [/^chromium$/i, 'chrome'],
];

function toInt(value: string | undefined | null): number | null {
  if (!value) return null;
  const match = /^(\d+)/.exec(value.trim());
  return match ? Number(match[1]) : null;
}

function osFromHint(platform: string | undefined): OsName | null {
  if (!platform) return null;
  const p = platform.trim().toLowerCase();
  if (p === 'windows') return 'windows';
  if (p === 'macos') return 'macos';
  if (p === 'android') return 'android';
  if (p === 'chrome os' || p === 'chromeos' || p === 'chromium os') return 'chromeos';
  if (p === 'linux') return 'linux';
  if (p === 'ios') return 'ios';
  return null;
}

function browserFromHints(hints: ClientHints | undefined): { name: BrowserName; major: number | null } | null {
  const list = hints?.fullVersionList?.length ? hints.fullVersionList : hints?.brands;
  if (!list?.length) return null;
  for (const [pattern, name] of BRAND_ORDER) {
    const entry = list.find((b) => pattern.test(b.brand));
    if (entry) return { name, major: toInt(entry.version) };
  }
  return null;
}

/** Windows platformVersion: major >= 13 is Windows 11, 1..12 is Windows 10, 0 is 7/8/8.1. */
function windowsFromHint(platformVersion: string): string | null {
  const major = toInt(platformVersion);
  if (major === null) return null;
  if (major >= 13) return '11';
  if (major >= 1) return '10';
  return null;
}

/** Keeps at most major.minor of a dotted version, dropping a trailing ".0" minor. */
function shortVersion(version: string): string {
  const [major, minor] = version.split('.');
  return minor && minor !== '0' ? `${major}.${minor}` : `${major}`;
}

export function parsePlatform(input: PlatformInput): PlatformFacts {
  const userAgent = typeof input?.userAgent === 'string' ? input.userAgent : '';
  const hints = input?.hints;
  // ua-parser-js reads navigator.userAgent when given '', so an empty UA is passed as ' '.
  const ua = new UAParser(userAgent || ' ').getResult();
  const uaOsName = (ua.os.name ?? '').toLowerCase();
  const uaOsVersion = ua.os.version ?? '';

  let os: OsName = osFromHint(hints?.platform) ?? OS_BY_UA_NAME[uaOsName] ?? 'unknown';
  let osVersion: string | null = null;
  let versionSource: PlatformFacts['versionSource'] = 'none';
  const hintVersion = typeof hints?.platformVersion === 'string' ? hints.platformVersion.trim() : '';

  // iPadOS 13+ Safari sends a Mac UA; only touch support tells it apart.
  const maxTouch = typeof input?.maxTouchPoints === 'number' ? input.maxTouchPoints : 0;
  const ipadAsMac = os === 'macos' && maxTouch > 1 && !hints?.platform;
  if (ipadAsMac) os = 'ipados';
  if (os === 'ios' && /\biPad\b/.test(userAgent)) os = 'ipados';

  if (hintVersion && os === 'windows') {
    osVersion = windowsFromHint(hintVersion);
  } else if (hintVersion && os !== 'linux') {
    osVersion = os === 'chromeos' ? hintVersion : shortVersion(hintVersion);
  }
  if (osVersion !== null) versionSource = 'client-hints';

  if (osVersion === null) {
    const frozenAndroid = os === 'android' && uaOsVersion === '10' && ua.device.model === 'K';
    const frozenMac = os === 'macos' && /^10\.15(\.7)?$/.test(uaOsVersion);
    const frozenWindows = os === 'windows' && /Windows NT 10\.0/.test(userAgent);
    const frozenCrOS = os === 'chromeos';
    if (os === 'ipados' && ipadAsMac) {
      // Safari's Version/x.y equals the iPadOS version (WebKit ships with the OS).
      const safari = /Version\/(\d+(?:\.\d+)?)/.exec(userAgent);
      if (safari?.[1]) osVersion = safari[1];
    } else if (os === 'ios' || os === 'ipados') {
      // iOS 26 Safari freezes "iPhone OS 18_6" but reports the real Version/26.x.
      const safari = /Version\/(\d+(?:\.\d+)?)/.exec(userAgent);
      const fromUa = uaOsVersion ? shortVersion(uaOsVersion) : null;
      osVersion = fromUa;
      if (safari?.[1] && fromUa === '18.6' && (toInt(safari[1]) ?? 0) > 18) osVersion = safari[1];
    } else if (!frozenAndroid && !frozenMac && !frozenWindows && !frozenCrOS && uaOsVersion && os !== 'linux') {
      osVersion = os === 'windows' ? uaOsVersion : shortVersion(uaOsVersion);
    }
    if (osVersion !== null) versionSource = 'user-agent';
  }

  const hinted = browserFromHints(hints);
  const uaBrowser = BROWSER_BY_UA_NAME[(ua.browser.name ?? '').toLowerCase()];
  let browser: BrowserName;
  let browserMajor: number | null;
  if (hinted) {
    browser = hinted.name;
    browserMajor = hinted.major;
  } else {
    browser = uaBrowser ?? (ua.browser.name ? 'other' : 'unknown');
    browserMajor = toInt(ua.browser.major ?? ua.browser.version);
  }

  let formFactor: FormFactor;
  if (os === 'ipados' || ua.device.type === 'tablet') formFactor = 'tablet';
  else if (hints?.mobile === true || ua.device.type === 'mobile') formFactor = 'phone';
  else if (os === 'android' || os === 'ios') formFactor = 'phone';
  else if (os === 'unknown') formFactor = 'unknown';
  else formFactor = 'desktop';
  // Android tablets' frozen UA lacks "Mobile"; a client hint saying mobile wins.
  if (os === 'android' && hints?.mobile === true) formFactor = 'phone';

  const hintModel = typeof hints?.model === 'string' && hints.model.trim() ? hints.model.trim() : null;
  const uaModel = os === 'android' && ua.device.model && ua.device.model !== 'K' ? ua.device.model : null;

  return {
    os,
    osVersion,
    // ChromeOS platformVersion is a build number (e.g. 15917), not a meaningful major.
    osMajor: os === 'chromeos' ? null : toInt(osVersion),
    browser,
    browserMajor,
    formFactor,
    model: hintModel ?? uaModel,
    versionSource,
  };
}
