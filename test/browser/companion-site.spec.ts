/**
 * The standalone companion site (site-dist/, `npm run build:site`) in Chromium WITHOUT the extension,
 * served from https://passkey-guide.example/ by a Playwright route. Devices are emulated through CDP
 * Emulation.setUserAgentOverride with userAgentMetadata (client hints).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchBrowser, ROOT } from '../harness/browser.mjs';
import { decide } from '../../core/engine';
import { DEFAULT_POLICY, type CapabilityFacts, type Language, type PlatformFacts } from '../../core/types';
import { createTranslator } from '../../core/i18n';

/** Expected texts come from the locale files, so wording fixes by translators don't break these tests. */
const tr = (lang: Language) => createTranslator(JSON.parse(readFileSync(resolve(ROOT, `locales/${lang}.json`), 'utf8')), lang);

const SITE = 'https://passkey-guide.example';
const DIST = resolve(ROOT, 'site-dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

interface SiteWorker {
  /** One browser per worker (launching is the slow part); each test uses fresh pages. */
  site: BrowserContext;
}
interface SiteFixtures {
  /** Requests that left the site origin, and console errors: both must stay empty. */
  leaks: { requests: string[]; errors: string[] };
  openSite: (search?: string, device?: Device) => Promise<Page>;
}

const test = base.extend<SiteFixtures, SiteWorker>({
  site: [
    async ({}, use) => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('No site build in site-dist/. Run `npm run build:site` first.');
    const context = await launchBrowser({ withExtension: false, viewport: { width: 1280, height: 800 } });
    await context.route(`${SITE}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/+/, '') || 'index.html';
      const file = resolve(DIST, path);
      const safe = file.startsWith(DIST) && existsSync(file) ? file : join(DIST, 'index.html');
      await route.fulfill({ status: 200, contentType: TYPES[extname(safe)] ?? 'application/octet-stream', body: readFileSync(safe) });
    });
    await use(context);
    await context.close();
    },
    { scope: 'worker' },
  ],
  leaks: async ({}, use) => {
    await use({ requests: [], errors: [] });
  },
  openSite: async ({ site: context, leaks }, use) => {
    const pages: Page[] = [];
    await use(async (search = '', device) => {
      const page = await context.newPage();
      pages.push(page);
      page.on('request', (r) => {
        if (!r.url().startsWith(`${SITE}/`)) leaks.requests.push(r.url());
      });
      page.on('console', (m) => {
        if (m.type() === 'error') leaks.errors.push(m.text());
      });
      page.on('pageerror', (e) => leaks.errors.push(String(e)));
      if (device) {
        const cdp = await context.newCDPSession(page);
        // Chrome sends both brand lists; fullVersionList carries full versions of the same brands.
        const metadata = device.metadata && {
          ...device.metadata,
          fullVersionList: device.metadata.brands.map((b) => ({ brand: b.brand, version: `${b.version}.0.0.0` })),
        };
        await cdp.send('Emulation.setUserAgentOverride', { userAgent: device.ua, ...(metadata ? { userAgentMetadata: metadata } : {}) });
        if (device.phone) {
          await page.setViewportSize({ width: 390, height: 844 });
          await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        }
      }
      await page.goto(`${SITE}/${search}`);
      await expect(page.locator('.pg-companion')).toBeVisible();
      return page;
    });
    for (const page of pages) await page.close();
  },
});

test.afterEach(async ({ leaks }) => {
  expect(leaks.requests, 'requests outside the site').toEqual([]);
  expect(leaks.errors, 'console errors').toEqual([]);
});

interface Device {
  name: string;
  ua: string;
  metadata?: {
    brands: { brand: string; version: string }[];
    fullVersionList?: { brand: string; version: string }[];
    platform: string;
    platformVersion: string;
    architecture: string;
    model: string;
    mobile: boolean;
  };
  phone: boolean;
  expect: Pick<PlatformFacts, 'os' | 'osMajor' | 'browser' | 'formFactor'>;
}

const chromeBrands = (v: string, extra?: string) => [
  { brand: 'Chromium', version: v },
  ...(extra ? [{ brand: extra, version: v }] : [{ brand: 'Google Chrome', version: v }]),
  { brand: 'Not_A Brand', version: '24' },
];

// UA strings as sent by the real devices (frozen where the browser freezes them); hints as Chrome reports them.
const DEVICES: Device[] = [
  {
    name: 'Pixel 9, Android 15, Chrome',
    ua: 'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    metadata: { brands: chromeBrands('131'), platform: 'Android', platformVersion: '15.0.0', architecture: '', model: 'Pixel 9', mobile: true },
    phone: true,
    expect: { os: 'android', osMajor: 15, browser: 'chrome', formFactor: 'phone' },
  },
  {
    name: 'Samsung Galaxy S23, Android 14, Samsung Internet (frozen "Android 10; K")',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
    metadata: {
      brands: [{ brand: 'Samsung Internet', version: '26' }, { brand: 'Chromium', version: '122' }, { brand: 'Not(A:Brand', version: '24' }],
      platform: 'Android',
      platformVersion: '14.0.0',
      architecture: '',
      model: 'SM-S911B',
      mobile: true,
    },
    phone: true,
    expect: { os: 'android', osMajor: 14, browser: 'samsung', formFactor: 'phone' },
  },
  {
    name: 'Galaxy A53, Android 13, Chrome',
    ua: 'Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    metadata: { brands: chromeBrands('120'), platform: 'Android', platformVersion: '13.0.0', architecture: '', model: 'SM-A536B', mobile: true },
    phone: true,
    expect: { os: 'android', osMajor: 13, browser: 'chrome', formFactor: 'phone' },
  },
  {
    name: 'iPhone, iOS 16, Safari',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_7_10 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    phone: true,
    expect: { os: 'ios', osMajor: 16, browser: 'safari', formFactor: 'phone' },
  },
  {
    name: 'iPhone, iOS 17, Safari',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    phone: true,
    expect: { os: 'ios', osMajor: 17, browser: 'safari', formFactor: 'phone' },
  },
  {
    name: 'Windows 11, Edge',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    metadata: { brands: chromeBrands('131', 'Microsoft Edge'), platform: 'Windows', platformVersion: '15.0.0', architecture: 'x86', model: '', mobile: false },
    phone: false,
    expect: { os: 'windows', osMajor: 11, browser: 'edge', formFactor: 'desktop' },
  },
  {
    name: 'macOS, Safari (no client hints)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    phone: false,
    expect: { os: 'macos', osMajor: null, browser: 'safari', formFactor: 'desktop' },
  },
  {
    name: 'macOS 14, Chrome',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    metadata: { brands: chromeBrands('131'), platform: 'macOS', platformVersion: '14.5.0', architecture: 'arm', model: '', mobile: false },
    phone: false,
    expect: { os: 'macos', osMajor: 14, browser: 'chrome', formFactor: 'desktop' },
  },
  {
    name: 'Ubuntu, Firefox',
    ua: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    phone: false,
    expect: { os: 'linux', osMajor: null, browser: 'firefox', formFactor: 'desktop' },
  },
];

async function detected(page: Page): Promise<{ platform: PlatformFacts; capabilities: CapabilityFacts }> {
  const root = page.locator('.pg-companion');
  return {
    platform: JSON.parse((await root.getAttribute('data-platform'))!),
    capabilities: JSON.parse((await root.getAttribute('data-capabilities'))!),
  };
}

for (const device of DEVICES) {
  test(`device: ${device.name} gets the engine's guide with its steps and warnings`, async ({ openSite }) => {
    const page = await openSite('', device);
    const { platform, capabilities } = await detected(page);
    expect(platform).toMatchObject(device.expect);
    const decision = decide({ platform, capabilities, policy: DEFAULT_POLICY, answers: {} });
    const guide = page.locator('[data-guide]');
    await expect(guide).toHaveAttribute('data-guide', decision.guide);
    await expect(guide.locator('[data-step]')).toHaveCount(decision.steps.length);
    expect(await guide.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(decision.steps.map((s) => s.id));
    expect(await page.locator('[data-warning]').evaluateAll((els) => els.map((e) => e.getAttribute('data-warning')))).toEqual(decision.warnings);
    // QR hand-off only on desktops; it encodes this guide on the site.
    const qr = page.locator('[data-action="continue-on-phone"] svg[role="img"]');
    if (device.phone) await expect(qr).toHaveCount(0);
    else await expect(qr).toHaveAttribute('data-qr-value', `${SITE}/?v=1&g=${decision.guide}&lang=en`);
    if (process.env.PG_SCREENSHOTS && (device.name.startsWith('Pixel') || device.name.startsWith('Windows'))) {
      await page.screenshot({ path: `${process.env.PG_SCREENSHOTS ?? '.cache/screenshots'}/companion-${device.phone ? 'phone' : 'desktop'}.png`, fullPage: true });
    }
  });
}

test('a guided link picks the guide, language and organization; hostile values are reported as text and ignored', async ({ openSite }) => {
  const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
  const page = await openSite(`?v=1&g=security-key&lang=de&org=Contoso&hd=${hostile}&tenant=a%E2%80%AEb.com&bogus=${'x'.repeat(50)}`);
  await expect(page.locator('[data-guide]')).toHaveAttribute('data-guide', 'security-key');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const de = tr('de');
  await expect(page.locator('.pg-org')).toHaveText(de('companion.orgNote', { org: 'Contoso' }));
  const problems = page.locator('[data-link-problems] li');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toHaveText(de('link.invalidChars', { param: 'hd' }));
  await expect(problems.nth(1)).toHaveAttribute('data-param', 'tenant');
  await expect(problems.nth(2)).toHaveAttribute('data-problem', 'unknown-param');
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // Print handout: every step, no controls, no link problems.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: de('companion.print') })).toBeHidden();
  await expect(page.locator('[data-link-problems]')).toBeHidden();
  for (const step of await page.locator('[data-step]').all()) await expect(step).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // The user can still switch guide by hand.
  await page.locator('.pg-chooser summary').click();
  await page.locator('[data-choose="platform"]').click();
  await expect(page.locator('[data-guide]')).toHaveAttribute('data-guide', 'platform');
});

test('a link of an unknown version falls back to detection, with a localized message', async ({ openSite }) => {
  const page = await openSite('?v=9&g=security-key&lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const { platform, capabilities } = await detected(page);
  await expect(page.locator('[data-guide]')).toHaveAttribute('data-guide', decide({ platform, capabilities, policy: DEFAULT_POLICY, answers: {} }).guide);
  await expect(page.locator('[data-problem="unsupported-version"]')).toHaveText(tr('en')('link.unsupportedVersion', { param: 'v' }));
});

test('the help-desk builder makes a link, a QR code and a message in the chosen language', async ({ openSite }) => {
  const page = await openSite('?view=builder');
  await expect(page.locator('[data-builder] h1')).toHaveText('Help-desk link builder');
  await page.getByLabel('Scenario').selectOption('authenticator-app');
  // The builder's own "Language" (of the link), not the page's language picker in the header.
  await page.locator('[data-builder]').getByLabel('Language').selectOption('nl');
  await page.getByLabel('Android work profile').selectOption('yes');
  await page.getByLabel('Organization name').fill('Contoso');
  await page.getByLabel('Help-desk contact', { exact: false }).fill('<b>bad</b>');
  await expect(page.locator('#b-helpDesk')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Help-desk contact', { exact: false }).fill('servicedesk@contoso.com');
  const link = `${SITE}/?v=1&g=authenticator-app&wp=1&lang=nl&org=Contoso&hd=servicedesk%40contoso.com`;
  await expect(page.locator('[data-output="link"]')).toHaveText(link);
  await expect(page.locator('[data-builder] svg[role="img"]')).toHaveAttribute('data-qr-value', link);
  const message = page.locator('[data-output="message"]');
  const nl = tr('nl');
  await expect(message).toHaveValue(new RegExp(`^${nl('builder.msg.subject')}\n\n${nl('builder.msg.greeting')}\n`));
  await expect(message).toHaveValue(new RegExp(link.replace(/[.?+]/g, '\\$&')));
  expect(await message.inputValue()).toContain(nl('builder.msg.help', { contact: 'servicedesk@contoso.com' }));
  // The link it made opens the chosen guide.
  const opened = await openSite(link.slice(SITE.length + 1));
  await expect(opened.locator('[data-guide]')).toHaveAttribute('data-guide', 'authenticator-app');
  await expect(opened.locator('html')).toHaveAttribute('lang', 'nl');
});

test('language picker: switches the page at run time (Arabic right to left) and remembers the choice; a guided link still wins', async ({ openSite }) => {
  const page = await openSite('');
  // The browser is shared by this file's tests: never leave a stored language behind.
  try {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const picker = page.locator('header [data-language-picker] select');
    await picker.selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1')).toHaveText(tr('ar')('companion.title'));
    await picker.selectOption('de');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('h1')).toHaveText(tr('de')('companion.title'));
    // Stored in localStorage (no extension API on the site): the next visit opens in German.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('header [data-language-picker] select')).toHaveValue('de');
    // A guided link's language beats the stored choice.
    const linked = await openSite('?v=1&lang=ja');
    await expect(linked.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(linked.locator('h1')).toHaveText(tr('ja')('companion.title'));
  } finally {
    await page.evaluate(() => localStorage.clear());
  }
});
