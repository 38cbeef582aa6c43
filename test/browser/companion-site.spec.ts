/**
 * The standalone companion site (site-dist/, `npm run build:site`) in Chromium WITHOUT the extension,
 * served from https://passkey-guide.example/ by a Playwright route. Devices are emulated through CDP
 * Emulation.setUserAgentOverride with userAgentMetadata (client hints).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchBrowser, ROOT } from '../harness/browser.mjs';
import { decide } from '../../core/engine';
import { DEFAULT_POLICY, type CapabilityFacts, type Language, type PlatformFacts } from '../../core/types';
import { createTranslator } from '../../core/i18n';

/** Expected texts come from the locale files, so wording fixes by translators don't break these tests. */
const tr = (lang: Language) => createTranslator(JSON.parse(readFileSync(resolve(ROOT, `locales/${lang}.json`), 'utf8')), lang);

const SITE = 'https://passkey-guide.example';
// PG_SITE_DIST: test another site build (e.g. an older one, to see a test fail before its fix).
const DIST = resolve(ROOT, process.env.PG_SITE_DIST ?? 'site-dist');
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
      brands: [
        { brand: 'Samsung Internet', version: '26' },
        { brand: 'Chromium', version: '122' },
        { brand: 'Not(A:Brand', version: '24' },
      ],
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
    // A link never carries the "unsupported" guide: the phone then detects its own.
    else
      await expect(qr).toHaveAttribute('data-qr-value', decision.guide === 'unsupported' ? `${SITE}/?v=1&lang=en` : `${SITE}/?v=1&g=${decision.guide}&lang=en`);
    if (process.env.PG_SCREENSHOTS && (device.name.startsWith('Pixel') || device.name.startsWith('Windows'))) {
      await page.screenshot({
        path: `${process.env.PG_SCREENSHOTS ?? '.cache/screenshots'}/companion-${device.phone ? 'phone' : 'desktop'}.png`,
        fullPage: true,
      });
    }
  });
}

test('a guided link picks the guide, language and organization; hostile values are reported as text and ignored', async ({ openSite }) => {
  const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
  const page = await openSite(`?v=1&g=security-key&lang=de&org=Contoso&hd=${hostile}&tenant=a%E2%80%AEb.com&bogus=${'x'.repeat(50)}`);
  await expect(page.locator('[data-guide]')).toHaveAttribute('data-guide', 'security-key');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const de = tr('de');
  // Only the link says so: shown as unverified (not "Contoso sent you this guide").
  await expect(page.locator('.pg-org')).toHaveText(de('link.unverifiedOrg', { org: '\u2068Contoso\u2069' }));
  const problems = page.locator('[data-link-problems] li');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toHaveText(de('link.invalidChars', { param: 'hd' }));
  await expect(problems.nth(1)).toHaveAttribute('data-param', 'tenant');
  await expect(problems.nth(2)).toHaveAttribute('data-problem', 'unknown-param');
  expect(await page.locator('img[src="x"], img[onerror]').count()).toBe(0);
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

// ---- Trust boundaries: a guided link is written by whoever sends it, not by the organization. ----

const PHISH_ORG = 'Contoso IT Security';

test('impersonation: a link-only organization and help desk are unverified plain text, never a link, tel:, mailto: or step text', async ({ openSite }) => {
  const en = tr('en');
  for (const [hd, kind, shown] of [
    ['https://look-alike.example/contoso.com/it-support', 'url', 'look-alike.example'],
    ['+31 20 123 4567', 'phone', '+31 20 123 4567'],
    ['tap-desk@look-alike.example', 'email', 'tap-desk@look-alike.example'],
  ] as const) {
    // The phone number as people type it into a link: a raw '+' (form encoding would make it a space).
    const hdParam = kind === 'phone' ? hd.replace(/ /g, '%20') : encodeURIComponent(hd);
    const page = await openSite(`?v=1&g=authenticator-app&org=${encodeURIComponent(PHISH_ORG)}&hd=${hdParam}`);
    await expect(page.locator('.pg-org')).toHaveText(en('link.unverifiedOrg', { org: `\u2068${PHISH_ORG}\u2069` }));
    await expect(page.getByText(en('companion.orgNote', { org: PHISH_ORG }))).toHaveCount(0);
    const notice = page.locator(`[data-link-contact="${kind}"]`);
    await expect(notice).toContainText(en('link.unverifiedHeading'));
    await expect(notice.locator('[data-link-contact-text]')).toHaveText(new RegExp(shown.replace(/[.+]/g, '\\$&')));
    // Nothing to click: no link anywhere on the page points to the contact, no tel:/mailto:.
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(
      hrefs.filter((h) => /look-alike|^tel:|^mailto:/i.test(h)),
      hd,
    ).toEqual([]);
    await expect(page.locator('[data-helpdesk]')).toHaveCount(0);
    // Never in the steps ("call … for a Temporary Access Pass").
    expect(await page.locator('[data-guide]').innerText()).not.toContain(shown);
    // The path is not shown either (it can say anything).
    await expect(page.locator('body')).not.toContainText('contoso.com/it-support');
    await page.close();
  }
});

test('impersonation: a help-desk URL with whitespace, "@", non-ASCII or an IP-literal host is refused', async ({ openSite }) => {
  for (const hd of [
    'https://look-alike.example/ Call 0800 123 456',
    'https://contoso.com@look-alike.example/',
    'https://аррӏе.com/',
    'https://10.0.0.1/help',
  ]) {
    const page = await openSite(`?v=1&hd=${encodeURIComponent(hd)}`);
    await expect(page.locator('[data-problem][data-param="hd"]')).toHaveCount(1);
    await expect(page.locator('[data-link-contact]')).toHaveCount(0);
    await page.close();
  }
});

test('a link cannot force the "unsupported" guide: detection decides, and the page says why', async ({ openSite }) => {
  const page = await openSite('?v=1&g=unsupported');
  const { platform, capabilities } = await detected(page);
  const auto = decide({ platform, capabilities, policy: DEFAULT_POLICY, answers: {} }).guide;
  expect(auto).not.toBe('unsupported');
  await expect(page.locator('[data-guide]')).toHaveAttribute('data-guide', auto);
  await expect(page.locator('[data-problem="guide-not-allowed"]')).toHaveText(tr('en')('link.guideNotAllowed', { param: 'g' }));
});

test('link problems never echo an attacker-chosen parameter name beyond a short safe form', async ({ openSite }) => {
  const name = 'Contoso IT: call 0800 123 456 for your Temporary Access Pass';
  const page = await openSite(`?v=1&${encodeURIComponent(name)}=1`);
  await expect(page.locator('[data-problem="unknown-param"]')).toHaveAttribute('data-param', 'ContosoITcal…');
  await expect(page.locator('body')).not.toContainText('0800');
});

test('QR: a page address too long for a QR code still gives a working page and a scannable code', async ({ openSite, leaks }) => {
  // The phone hand-off is built on this page's address: a very long path makes the guided link longer than
  // a QR code can hold (uqr throws past about 2,330 bytes, which used to blank the whole page).
  const long = 'p'.repeat(2400);
  const page = await openSite(
    long,
    DEVICES.find((d) => d.name.startsWith('Windows')),
  );
  await expect(page.locator('[data-guide]')).toBeVisible();
  const qr = page.locator('[data-action="continue-on-phone"] svg.pg-qr');
  await expect(qr).toBeVisible();
  const value = (await qr.getAttribute('data-qr-value')) ?? '';
  expect(new TextEncoder().encode(value).length).toBeLessThanOrEqual(1024);
  expect(value).not.toContain(long);
  // The builder on the same address refuses the link in words instead of crashing.
  await page.goto(`${SITE}/${long}?view=builder`);
  await expect(page.locator('[data-builder] h1')).toHaveText('Help-desk link builder');
  expect(leaks.errors).toEqual([]);
});

test('Trusted Types: the site requires them, renders and switches views without a violation, and refuses HTML strings', async ({ openSite, leaks }) => {
  const page = await openSite('?v=1&lang=ar&org=Contoso&hd=help%40contoso.com');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).toContain("trusted-types 'none'");
  await page.evaluate(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.sample}`));
  });
  await page.locator('header [data-language-picker] select').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.locator('[data-action="continue-on-phone"]').count();
  await page.locator('.pg-header nav a').first().click();
  await expect(page.locator('[data-builder]')).toBeVisible();
  await page.locator('[data-builder] input[type="text"]').first().fill('Fabrikam');
  await expect(page.locator('[data-builder] svg.pg-qr')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  // Enforced, not just declared: a plain string cannot become markup.
  const result = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<img src=x>';
      return 'assigned';
    } catch (e) {
      return (e as Error).name;
    }
  });
  expect(result).toBe('TypeError');
  // Chromium logs that refusal (our own probe) as a console error: expected once, nothing else.
  const refused = leaks.errors.filter((e) => /requires 'TrustedHTML' assignment/.test(e));
  expect(refused).toHaveLength(1);
  leaks.errors.splice(leaks.errors.indexOf(refused[0]!), 1);
  await page.evaluate(() => localStorage.clear());
});

test.describe('a hosted site built with an organization file', () => {
  const ORG_SITE = 'https://passkeys.contoso.example';
  const out = resolve(ROOT, `.cache/site-org-${process.pid}`);
  test.beforeAll(() => {
    mkdirSync(resolve(ROOT, '.cache'), { recursive: true });
    const orgFile = `${out}.json`;
    writeFileSync(
      orgFile,
      JSON.stringify({ organizationName: 'Contoso', tenant: 'contoso.com', helpDeskName: 'Contoso Service Desk', helpDeskPhone: '+31 20 555 0100' }),
    );
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.site.config.ts', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, PG_SITE_ORG: orgFile, PG_SITE_OUT_DIR: out },
      stdio: 'pipe',
    });
  });

  test.afterAll(() => {
    for (const path of [out, `${out}-bad`, `${out}.json`, resolve(ROOT, `.cache/site-org-bad-${process.pid}.json`)])
      rmSync(path, { recursive: true, force: true });
  });

  test("ignores the link's organization, tenant and help desk; shows its own", async ({ site }) => {
    await site.route(`${ORG_SITE}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/+/, '') || 'index.html';
      const file = resolve(out, path);
      const safe = file.startsWith(out) && existsSync(file) ? file : join(out, 'index.html');
      await route.fulfill({ status: 200, contentType: TYPES[extname(safe)] ?? 'application/octet-stream', body: readFileSync(safe) });
    });
    const page = await site.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(
      `${ORG_SITE}/?v=1&g=authenticator-app&org=${encodeURIComponent(PHISH_ORG)}&tenant=evil.example&hd=${encodeURIComponent('https://look-alike.example/')}`,
    );
    const en = tr('en');
    await expect(page.locator('.pg-org')).toHaveText(en('companion.orgManaged', { org: 'Contoso' }));
    await expect(page.locator('body')).not.toContainText(PHISH_ORG);
    await expect(page.locator('body')).not.toContainText('look-alike');
    await expect(page.locator('[data-link-contact]')).toHaveCount(0);
    await expect(page.locator('[data-helpdesk]')).toContainText('Contoso Service Desk');
    // The organization's own contact may be a link.
    await expect(page.locator('[data-helpdesk-phone]')).toHaveAttribute('href', 'tel:+31205550100');
    await expect(page.locator('[data-action="open-security-info"]')).toHaveAttribute('href', /tenant=contoso\.com/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a bad organization file fails the build instead of trusting links', () => {
    const bad = resolve(ROOT, `.cache/site-org-bad-${process.pid}.json`);
    writeFileSync(bad, JSON.stringify({ organizationName: 'Contoso', helpDeskUrl: 'http://help.contoso.com' }));
    expect(() =>
      execFileSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.site.config.ts', '--logLevel', 'error'], {
        cwd: ROOT,
        env: { ...process.env, PG_SITE_ORG: bad, PG_SITE_OUT_DIR: `${out}-bad` },
        stdio: 'pipe',
      }),
    ).toThrow(/helpDeskUrl/);
  });
});
