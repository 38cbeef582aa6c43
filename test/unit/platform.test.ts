/**
 * parsePlatform: real UA strings and client-hint values. Sources: Chromium User-Agent Reduction
 * (https://www.chromium.org/updates/ua-reduction/, Android frozen from M110, 2023): frozen "Android 10; K",
 * "Windows NT 10.0", "10_15_7"; UA-CH platformVersion mapping (Windows 11 is platformVersion ≥ 13,
 * https://learn.microsoft.com/microsoft-edge/web-platform/how-to-detect-win11).
 */
import { describe, expect, it } from 'vitest';
import { parsePlatform } from '../../core/platform';

const UA = {
  androidChrome: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidTablet: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  samsung: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
  androidOld: 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.0.0 Mobile Safari/537.36',
  iphone17: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  iphone26: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  ipad16: 'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  macFirefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0',
  macEdge: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  winEdge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  winFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  win7: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
  cros: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ubuntuFirefox: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  linuxChrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
};
const edgeBrands = [
  { brand: 'Microsoft Edge', version: '131.0.2903.86' },
  { brand: 'Chromium', version: '131.0.6778.140' },
  { brand: 'Not_A Brand', version: '24.0.0.0' },
];
const chromeBrands = [
  { brand: 'Google Chrome', version: '131.0.6778.140' },
  { brand: 'Chromium', version: '131.0.6778.140' },
  { brand: 'Not_A Brand', version: '24.0.0.0' },
];

describe('parsePlatform', () => {
  const rows: [string, Parameters<typeof parsePlatform>[0], Partial<ReturnType<typeof parsePlatform>>][] = [
    [
      'frozen Android UA without hints: version unknown',
      { userAgent: UA.androidChrome },
      { os: 'android', osVersion: null, osMajor: null, versionSource: 'none', browser: 'chrome', browserMajor: 131, formFactor: 'phone', model: null },
    ],
    [
      'frozen Android UA + hints (Pixel 9, Android 15)',
      { userAgent: UA.androidChrome, hints: { platform: 'Android', platformVersion: '15.0.0', model: 'Pixel 9', mobile: true, fullVersionList: chromeBrands } },
      { os: 'android', osVersion: '15', osMajor: 15, versionSource: 'client-hints', model: 'Pixel 9', formFactor: 'phone' },
    ],
    [
      'Samsung Internet, Android 14 hint',
      {
        userAgent: UA.samsung,
        hints: {
          platform: 'Android',
          platformVersion: '14.0.0',
          model: 'SM-S911B',
          mobile: true,
          brands: [
            { brand: 'Samsung Internet', version: '27' },
            { brand: 'Chromium', version: '125' },
          ],
        },
      },
      { os: 'android', osMajor: 14, browser: 'samsung', browserMajor: 27, model: 'SM-S911B' },
    ],
    ['Android tablet frozen UA without "Mobile"', { userAgent: UA.androidTablet }, { os: 'android', formFactor: 'tablet' }],
    [
      'Firefox on Android sends its real Android version',
      { userAgent: UA.androidFirefox },
      { os: 'android', osVersion: '14', osMajor: 14, versionSource: 'user-agent', browser: 'firefox' },
    ],
    ['pre-freeze Chrome 108 UA keeps version and model', { userAgent: UA.androidOld }, { os: 'android', osMajor: 13, model: 'Pixel 7', browserMajor: 108 }],
    [
      'iPhone iOS 17.4 Safari',
      { userAgent: UA.iphone17 },
      { os: 'ios', osVersion: '17.4', osMajor: 17, browser: 'safari', formFactor: 'phone', versionSource: 'user-agent' },
    ],
    ['iOS 26 Safari freezes 18_6, Version/26.0 is real', { userAgent: UA.iphone26 }, { os: 'ios', osVersion: '26.0', osMajor: 26 }],
    ['Chrome on iOS is Chrome on WebKit', { userAgent: UA.iphoneChrome }, { os: 'ios', osMajor: 17, browser: 'chrome' }],
    ['iPad UA', { userAgent: UA.ipad16 }, { os: 'ipados', osMajor: 16, formFactor: 'tablet' }],
    [
      'iPadOS desktop-mode Mac UA with touch points',
      { userAgent: UA.macSafari, maxTouchPoints: 5 },
      { os: 'ipados', osVersion: '17.4', osMajor: 17, formFactor: 'tablet' },
    ],
    [
      'macOS Safari: frozen 10_15_7 → unknown version',
      { userAgent: UA.macSafari, maxTouchPoints: 0 },
      { os: 'macos', osVersion: null, browser: 'safari', formFactor: 'desktop' },
    ],
    ['macOS Firefox frozen 10.15', { userAgent: UA.macFirefox }, { os: 'macos', osVersion: null, browser: 'firefox' }],
    [
      'macOS Edge + hints 14.5.0',
      { userAgent: UA.macEdge, hints: { platform: 'macOS', platformVersion: '14.5.0', fullVersionList: edgeBrands } },
      { os: 'macos', osVersion: '14.5', osMajor: 14, browser: 'edge' },
    ],
    ['Windows NT 10.0 without hints: 10 or 11 unknown', { userAgent: UA.winEdge }, { os: 'windows', osVersion: null, osMajor: null, browser: 'edge' }],
    [
      'Windows 11: platformVersion 15.0.0',
      { userAgent: UA.winEdge, hints: { platform: 'Windows', platformVersion: '15.0.0', fullVersionList: edgeBrands } },
      { os: 'windows', osVersion: '11', osMajor: 11, browser: 'edge', browserMajor: 131, versionSource: 'client-hints' },
    ],
    ['Windows 11: platformVersion 13.0.0 (21H2)', { userAgent: UA.winEdge, hints: { platform: 'Windows', platformVersion: '13.0.0' } }, { osMajor: 11 }],
    [
      'Windows 10: platformVersion 10.0.0',
      { userAgent: UA.winEdge, hints: { platform: 'Windows', platformVersion: '10.0.0', fullVersionList: chromeBrands } },
      { os: 'windows', osVersion: '10', osMajor: 10, browser: 'chrome' },
    ],
    ['Windows 10: platformVersion 1.0.0 boundary', { userAgent: UA.winEdge, hints: { platform: 'Windows', platformVersion: '1.0.0' } }, { osMajor: 10 }],
    ['Windows 12.x hint stays Windows 10', { userAgent: UA.winEdge, hints: { platform: 'Windows', platformVersion: '12.0.0' } }, { osMajor: 10 }],
    [
      'Windows 7/8: platformVersion 0.x.0 is not 10/11',
      { userAgent: UA.winEdge, hints: { platform: 'Windows', platformVersion: '0.3.0' } },
      { osVersion: null, versionSource: 'none' },
    ],
    ['Windows 7 UA (not frozen)', { userAgent: UA.win7 }, { os: 'windows', osVersion: '7', osMajor: 7, browserMajor: 109 }],
    ['Firefox on Windows (no UA-CH)', { userAgent: UA.winFirefox }, { os: 'windows', osVersion: null, browser: 'firefox', browserMajor: 133 }],
    ['ChromeOS frozen UA', { userAgent: UA.cros }, { os: 'chromeos', osVersion: null, osMajor: null, browser: 'chrome', formFactor: 'desktop' }],
    [
      'ChromeOS with hint platformVersion',
      { userAgent: UA.cros, hints: { platform: 'Chrome OS', platformVersion: '15917.71.0' } },
      { os: 'chromeos', osVersion: '15917.71.0', osMajor: null },
    ],
    ['Ubuntu Firefox', { userAgent: UA.ubuntuFirefox }, { os: 'linux', osVersion: null, browser: 'firefox', formFactor: 'desktop' }],
    [
      'Linux Chrome, hints platformVersion is always ""',
      { userAgent: UA.linuxChrome, hints: { platform: 'Linux', platformVersion: '', brands: [{ brand: 'Chromium', version: '156' }] } },
      { os: 'linux', osVersion: null, browser: 'chrome', browserMajor: 156 },
    ],
    ['garbage UA', { userAgent: 'garbage' }, { os: 'unknown', browser: 'unknown', formFactor: 'unknown', osVersion: null }],
    ['empty UA', { userAgent: '' }, { os: 'unknown', browser: 'unknown', browserMajor: null }],
  ];
  it.each(rows)('%s', (_name, input, expected) => {
    expect(parsePlatform(input)).toMatchObject(expected);
  });

  it('does not throw on a non-string user agent', () => {
    expect(parsePlatform({ userAgent: undefined as unknown as string }).os).toBe('unknown');
  });
  it('client hint model wins over nothing, blank model is null', () => {
    expect(parsePlatform({ userAgent: UA.androidChrome, hints: { model: '  ' } }).model).toBeNull();
  });
});

describe('detectPlatform (probe)', () => {
  const ua = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
  const fakeNav = (userAgentData?: unknown) => ({ userAgent: ua, maxTouchPoints: 5, userAgentData }) as unknown as Navigator;

  it('uses high-entropy client hints when the browser gives them', async () => {
    const { detectPlatform } = await import('../../probes/platform');
    const nav = fakeNav({ platform: 'Android', mobile: true, getHighEntropyValues: async () => ({ platformVersion: '14.0.0', model: 'Pixel 8a' }) });
    expect(await detectPlatform(nav)).toMatchObject({ os: 'android', osMajor: 14, model: 'Pixel 8a', versionSource: 'client-hints' });
  });
  it('falls back to the UA when getHighEntropyValues rejects', async () => {
    const { detectPlatform } = await import('../../probes/platform');
    const nav = fakeNav({ platform: 'Android', mobile: true, getHighEntropyValues: () => Promise.reject(new Error('NotAllowedError')) });
    expect(await detectPlatform(nav)).toMatchObject({ os: 'android', osVersion: null, versionSource: 'none', formFactor: 'phone' });
  });
  it('works without userAgentData (Firefox, Safari)', async () => {
    const { detectPlatform } = await import('../../probes/platform');
    expect(await detectPlatform(fakeNav(undefined))).toMatchObject({ os: 'android', osMajor: null });
  });
});
