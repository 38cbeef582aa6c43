/**
 * parsePlatform edge cases the engine depends on: client-hint platform names, frozen vs. real UA versions, form
 * factor and model. Sources: Chromium User-Agent Reduction (https://www.chromium.org/updates/ua-reduction/),
 * UA-CH Sec-CH-UA-Platform values (https://wicg.github.io/ua-client-hints/#sec-ch-ua-platform).
 */
import { describe, expect, it } from 'vitest';
import { parsePlatform, type ClientHints } from '../../core/platform';
import type { PlatformFacts } from '../../core/types';

const LINUX_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const WIN_EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const chrome = [{ brand: 'Google Chrome', version: '131.0.6778.140' }];

interface Row {
  name: string;
  ua: string;
  hints?: ClientHints;
  touch?: number;
  expect: Partial<PlatformFacts>;
}

const ROWS: Row[] = [
  // Client-hint platform names (case and spacing tolerant); an unknown name falls back to the UA.
  { name: 'hint iOS', ua: LINUX_CHROME, hints: { platform: 'iOS' }, expect: { os: 'ios' } },
  { name: 'hint Chrome OS', ua: LINUX_CHROME, hints: { platform: 'Chrome OS' }, expect: { os: 'chromeos' } },
  { name: 'hint ChromeOS', ua: LINUX_CHROME, hints: { platform: 'ChromeOS' }, expect: { os: 'chromeos' } },
  { name: 'hint Chromium OS', ua: LINUX_CHROME, hints: { platform: 'Chromium OS' }, expect: { os: 'chromeos' } },
  { name: 'hint Linux on a Windows UA', ua: WIN_EDGE, hints: { platform: 'Linux' }, expect: { os: 'linux' } },
  { name: 'hint " WINDOWS " (case, spaces)', ua: LINUX_CHROME, hints: { platform: ' WINDOWS ' }, expect: { os: 'windows' } },
  { name: 'hint macOS', ua: LINUX_CHROME, hints: { platform: 'macOS' }, expect: { os: 'macos' } },
  { name: 'hint Android', ua: LINUX_CHROME, hints: { platform: 'Android' }, expect: { os: 'android', formFactor: 'phone' } },
  { name: 'unknown hint platform falls back to the UA', ua: WIN_EDGE, hints: { platform: 'Fuchsia' }, expect: { os: 'windows' } },
  { name: 'empty hint platform falls back to the UA', ua: WIN_EDGE, hints: { platform: '' }, expect: { os: 'windows' } },
  // Versions: client hints first; Linux has no meaningful version; ChromeOS keeps the build, major null.
  {
    name: 'Linux hint version is ignored',
    ua: LINUX_CHROME,
    hints: { platform: 'Linux', platformVersion: '6.5.0' },
    expect: { os: 'linux', osVersion: null, osMajor: null, versionSource: 'none' },
  },
  {
    name: 'ChromeOS hint version is a build number',
    ua: LINUX_CHROME,
    hints: { platform: 'Chrome OS', platformVersion: '15917.0.0' },
    expect: { os: 'chromeos', osVersion: '15917.0.0', osMajor: null, versionSource: 'client-hints' },
  },
  {
    name: 'Android hint version with spaces',
    ua: LINUX_CHROME,
    hints: { platform: 'Android', platformVersion: ' 14.0.0 ' },
    expect: { osVersion: '14', osMajor: 14 },
  },
  {
    name: 'Windows hint 0.x is not 10 or 11',
    ua: WIN_EDGE,
    hints: { platform: 'Windows', platformVersion: '0.3.0' },
    expect: { osVersion: null, versionSource: 'none' },
  },
  // Real (not frozen) UA versions.
  {
    name: 'Android 10 on a real model is not frozen',
    ua: 'Mozilla/5.0 (Linux; Android 10; Pixel 3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.0.0 Mobile Safari/537.36',
    expect: { os: 'android', osVersion: '10', osMajor: 10, model: 'Pixel 3', versionSource: 'user-agent' },
  },
  {
    name: 'Android 14 with model K is not frozen',
    ua: 'Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    expect: { osVersion: '14', model: null },
  },
  {
    name: 'macOS 10.14 is a real version',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.2 Safari/605.1.15',
    touch: 0,
    expect: { os: 'macos', osVersion: '10.14', osMajor: 10 },
  },
  {
    name: 'macOS 10.15.6 is a real version',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.0 Safari/605.1.15',
    expect: { osVersion: '10.15' },
  },
  {
    name: 'macOS 10.15.7 is frozen',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    expect: { osVersion: null, versionSource: 'none', formFactor: 'desktop' },
  },
  {
    name: 'Windows 7 from the UA',
    ua: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
    expect: { os: 'windows', osVersion: '7', osMajor: 7 },
  },
  {
    name: 'Ubuntu UA version ignored',
    ua: 'Mozilla/5.0 (X11; Ubuntu 22.04; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0',
    expect: { os: 'linux', osVersion: null },
  },
  // iPad and iPhone.
  {
    name: 'iPad UA',
    ua: 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    expect: { os: 'ipados', osVersion: '17.4', formFactor: 'tablet', model: null },
  },
  {
    name: 'iPad as Mac, Safari Version/18',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18 Safari/605.1.15',
    touch: 5,
    expect: { os: 'ipados', osVersion: '18', osMajor: 18 },
  },
  {
    name: 'iPad as Mac, Safari Version/16.10',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.10 Safari/605.1.15',
    touch: 5,
    expect: { osVersion: '16.10', osMajor: 16 },
  },
  {
    name: 'iPad as Mac without a Safari version',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Safari/605.1.15',
    touch: 5,
    expect: { os: 'ipados', osVersion: null },
  },
  {
    name: 'Mac with one touch point is a Mac',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    touch: 1,
    expect: { os: 'macos' },
  },
  {
    name: 'Mac with touch but a platform hint is a Mac',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    touch: 5,
    hints: { platform: 'macOS' },
    expect: { os: 'macos' },
  },
  {
    name: 'iOS 26 Safari (frozen 18_6, Version/26.1)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1',
    expect: { osVersion: '26.1', osMajor: 26 },
  },
  {
    name: 'iOS 18.6 with Version/18.6 stays 18.6',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
    expect: { osVersion: '18.6' },
  },
  {
    name: 'iOS 17.4 never takes a later Safari version',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
    expect: { osVersion: '17.4', osMajor: 17, model: null, formFactor: 'phone' },
  },
  // Form factor and model.
  {
    name: 'Android tablet UA',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    expect: { formFactor: 'tablet' },
  },
  {
    name: 'Android tablet UA with mobile hint',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    hints: { platform: 'Android', mobile: true },
    expect: { formFactor: 'phone' },
  },
  { name: 'desktop UA with mobile hint', ua: LINUX_CHROME, hints: { mobile: true }, expect: { os: 'linux', formFactor: 'phone' } },
  {
    name: 'Android hint with a desktop UA is a phone',
    ua: LINUX_CHROME,
    hints: { platform: 'Android', mobile: false },
    expect: { os: 'android', formFactor: 'phone' },
  },
  {
    name: 'unknown OS',
    ua: 'curl/8.0',
    expect: { os: 'unknown', formFactor: 'unknown', browser: 'unknown', browserMajor: null, osVersion: null, model: null },
  },
  { name: 'hint model is trimmed', ua: LINUX_CHROME, hints: { platform: 'Android', model: '  Pixel 9 ' }, expect: { model: 'Pixel 9' } },
  {
    name: 'blank hint model is ignored',
    ua: 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.0.0 Mobile Safari/537.36',
    hints: { model: '  ' },
    expect: { model: 'Pixel 7' },
  },
  // Browsers.
  {
    name: 'an unlisted browser is "other"',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0',
    expect: { browser: 'other', browserMajor: 115 },
  },
  {
    name: 'brands when the full list is empty',
    ua: LINUX_CHROME,
    hints: { fullVersionList: [], brands: [{ brand: 'Microsoft Edge', version: '131' }] },
    expect: { browser: 'edge', browserMajor: 131 },
  },
  {
    name: 'unknown brands fall back to the UA',
    ua: WIN_EDGE,
    hints: { fullVersionList: [{ brand: 'Not_A Brand', version: '24' }] },
    expect: { browser: 'edge', browserMajor: 131 },
  },
  {
    name: 'Chromium brand is Chrome',
    ua: LINUX_CHROME,
    hints: { brands: [{ brand: 'Chromium', version: '130' }] },
    expect: { browser: 'chrome', browserMajor: 130 },
  },
  {
    name: 'brand version that is not a number',
    ua: LINUX_CHROME,
    hints: { fullVersionList: chrome.map((b) => ({ ...b, version: 'x' })) },
    expect: { browser: 'chrome', browserMajor: null },
  },
];

describe('parsePlatform edge cases', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expect(parsePlatform({ userAgent: row.ua, hints: row.hints, maxTouchPoints: row.touch })).toMatchObject(row.expect);
  });
  it('tolerates a missing or non-string user agent', () => {
    expect(parsePlatform({ userAgent: 42 as never })).toMatchObject({ os: 'unknown', browser: 'unknown' });
    expect(parsePlatform(undefined as never)).toMatchObject({ os: 'unknown', formFactor: 'unknown' });
    expect(parsePlatform({ userAgent: '' })).toMatchObject({ os: 'unknown' });
    expect(parsePlatform({ userAgent: WIN_EDGE, maxTouchPoints: 'x' as never })).toMatchObject({ os: 'windows' });
    expect(parsePlatform({ userAgent: LINUX_CHROME, hints: { platform: 'Android', platformVersion: 15 as never } })).toMatchObject({
      os: 'android',
      osVersion: null,
    });
  });
});
