/**
 * One answer everywhere, and how the surfaces look.
 * - Agreement: for emulated platforms (user agent + client hints via CDP Emulation.setUserAgentOverride with
 *   userAgentMetadata) and organization policies (the background's policy cache), the popup and the companion
 *   page mark the same recommendation (data-guide), and it is what `decide` returns for the platform and
 *   capabilities the page detected. The engine's rules change; the test asserts agreement, not fixed guides.
 * - Screenshots of the popup, companion page and builder in English, German and Arabic at desktop and phone
 *   widths into $PG_SCREENSHOTS (docs/screenshots when refreshing the docs).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { decide } from '../../core/engine';
import { URLS, ensureReplica, routeMicrosoftHosts } from '../harness/microsoftHosts.mjs';
import { parsePolicy } from '../../core/policy';
import type { CapabilityFacts, PlatformFacts } from '../../core/types';

interface Ext {
  chrome: {
    storage: Record<'local' | 'session', { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }>;
  };
}
const SHOTS = process.env.PG_SCREENSHOTS ?? '.cache/screenshots';
const READY_SENTENCE = 'This device can save a passkey for your work account.';

interface Emulation {
  name: string;
  userAgent: string;
  metadata: {
    brands: { brand: string; version: string }[];
    fullVersionList: { brand: string; version: string }[];
    platform: string;
    platformVersion: string;
    architecture: string;
    model: string;
    mobile: boolean;
  };
}

const chromeBrands = (major: string, edge = false) => [
  ...(edge ? [{ brand: 'Microsoft Edge', version: major }] : [{ brand: 'Google Chrome', version: major }]),
  { brand: 'Chromium', version: major },
  { brand: 'Not=A?Brand', version: '24' },
];
const full = (brands: { brand: string; version: string }[]) => brands.map((b) => ({ brand: b.brand, version: `${b.version}.0.0.0` }));
const desktopUa = (os: string, edge = false) =>
  `Mozilla/5.0 (${os}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36${edge ? ' Edg/140.0.0.0' : ''}`;

const PLATFORMS: Emulation[] = [
  {
    name: 'Windows 11 Edge',
    userAgent: desktopUa('Windows NT 10.0; Win64; x64', true),
    metadata: {
      brands: chromeBrands('140', true),
      fullVersionList: full(chromeBrands('140', true)),
      platform: 'Windows',
      platformVersion: '15.0.0',
      architecture: 'x86',
      model: '',
      mobile: false,
    },
  },
  {
    name: 'Windows 10 Chrome',
    userAgent: desktopUa('Windows NT 10.0; Win64; x64'),
    metadata: {
      brands: chromeBrands('140'),
      fullVersionList: full(chromeBrands('140')),
      platform: 'Windows',
      platformVersion: '10.0.0',
      architecture: 'x86',
      model: '',
      mobile: false,
    },
  },
  {
    name: 'macOS Chrome',
    userAgent: desktopUa('Macintosh; Intel Mac OS X 10_15_7'),
    metadata: {
      brands: chromeBrands('140'),
      fullVersionList: full(chromeBrands('140')),
      platform: 'macOS',
      platformVersion: '15.1.0',
      architecture: 'arm',
      model: '',
      mobile: false,
    },
  },
  {
    name: 'Linux Chrome',
    userAgent: desktopUa('X11; Linux x86_64'),
    metadata: {
      brands: chromeBrands('140'),
      fullVersionList: full(chromeBrands('140')),
      platform: 'Linux',
      platformVersion: '6.8.0',
      architecture: 'x86',
      model: '',
      mobile: false,
    },
  },
  {
    name: 'ChromeOS',
    userAgent: desktopUa('X11; CrOS x86_64 16093.68.0'),
    metadata: {
      brands: chromeBrands('140'),
      fullVersionList: full(chromeBrands('140')),
      platform: 'Chrome OS',
      platformVersion: '16093.68.0',
      architecture: 'x86',
      model: '',
      mobile: false,
    },
  },
  {
    name: 'Android 15 phone Chrome',
    userAgent: 'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
    metadata: {
      brands: chromeBrands('140'),
      fullVersionList: full(chromeBrands('140')),
      platform: 'Android',
      platformVersion: '15.0.0',
      architecture: '',
      model: 'Pixel 8',
      mobile: true,
    },
  },
];

const POLICIES: { name: string; raw: Record<string, unknown> }[] = [
  { name: 'no policy', raw: {} },
  { name: 'attestation enforced, device-bound only', raw: { organizationName: 'Contoso', attestationEnforced: true, allowedPasskeyKinds: ['device-bound'] } },
  { name: 'security keys preferred', raw: { organizationName: 'Fabrikam', preferredGuide: 'security-key' } },
];

/** The background writes its policy cache once storage.managed answers; wait for it, then replace it. */
async function injectPolicy(page: Page, raw: Record<string, unknown>) {
  await expect
    .poll(() => page.evaluate(async () => Object.keys(await (globalThis as unknown as Ext).chrome.storage.session.get('pg:policy-cache')).length), {
      timeout: 20_000,
    })
    .toBe(1);
  await page.evaluate(async (raw) => (globalThis as unknown as Ext).chrome.storage.session.set({ 'pg:policy-cache': { raw, readAt: Date.now() } }), raw);
}

/** storage.managed.get answers with this policy before any page script runs (see emulatedPage). */
async function answerManaged(page: Page, managed: Record<string, unknown>) {
  await page.addInitScript((raw: string) => {
    type Area = { get: (...args: unknown[]) => unknown };
    const area = (globalThis as unknown as { chrome?: { storage?: { managed?: Area } } }).chrome?.storage?.managed;
    if (!area) return;
    area.get = (...args: unknown[]) => {
      const value = JSON.parse(raw) as Record<string, unknown>;
      const callback = typeof args[args.length - 1] === 'function' ? (args[args.length - 1] as (v: unknown) => void) : null;
      if (callback) return void callback(value);
      return Promise.resolve(value);
    };
  }, JSON.stringify(managed));
}

/**
 * An extension page with this platform emulated and, when given, this managed policy: storage.managed.get is
 * answered with it before any page script runs (a real managed policy needs a policy file and a fixed-id build:
 * test/browser/policy.spec.ts). Together with the background's cache (injectPolicy) every read path sees the same policy.
 */
async function emulatedPage(context: BrowserContext, url: string, emulation: Emulation, managed?: Record<string, unknown>): Promise<Page> {
  const page = await context.newPage();
  if (managed) await answerManaged(page, managed);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setUserAgentOverride', { userAgent: emulation.userAgent, userAgentMetadata: emulation.metadata });
  await page.goto(url);
  return page;
}

for (const policy of POLICIES) {
  test(`popup and companion page recommend the same guide as decide(), policy: ${policy.name}`, async ({ context, extensionId, openExtensionPage }) => {
    const base = `chrome-extension://${extensionId}`;
    const setup = await openExtensionPage('popup.html');
    await injectPolicy(setup, policy.raw);
    await setup.close();
    const parsed = parsePolicy(policy.raw).policy;
    const rows: string[] = [];
    for (const emulation of PLATFORMS) {
      const guidePage = await emulatedPage(context, `${base}/guide.html`, emulation, policy.raw);
      const root = guidePage.locator('.pg-companion');
      await expect(root).toHaveAttribute('data-platform', /.+/);
      const platform = JSON.parse((await root.getAttribute('data-platform'))!) as PlatformFacts;
      const capabilities = JSON.parse((await root.getAttribute('data-capabilities'))!) as CapabilityFacts;
      const companionGuide = await guidePage.locator('.pg-companion main [data-guide]').first().getAttribute('data-guide');

      const popup = await emulatedPage(context, `${base}/popup.html`, emulation, policy.raw);
      const popupGuideEl = popup.locator('[data-guide]');
      await expect(popupGuideEl).toHaveCount(1);
      const popupGuide = await popupGuideEl.getAttribute('data-guide');
      const expected = decide({ platform, capabilities, policy: parsed, answers: {} }).guide;

      expect(popupGuide, `${emulation.name}: popup vs companion page`).toBe(companionGuide);
      expect(companionGuide, `${emulation.name}: companion page vs decide()`).toBe(expected);
      // Never "this device can save a passkey" unless the engine chose this device.
      if (expected !== 'platform') await expect(popup.locator('body'), emulation.name).not.toContainText(READY_SENTENCE);
      // The organization's name shows on both surfaces when the policy gives one.
      if (parsed.organizationName) {
        await expect(popup.locator('[data-org]')).toContainText(parsed.organizationName);
        await expect(guidePage.locator('header [data-org]')).toContainText(parsed.organizationName);
      }
      rows.push(`${emulation.name}: ${platform.os} ${platform.osVersion ?? ''} ${platform.browser} ${platform.formFactor} → ${expected}`);
      await popup.close();
      await guidePage.close();
    }
    test.info().annotations.push({ type: 'rows', description: rows.join(' | ') });
    // The emulation really changed what the pages detected (otherwise the agreement above proves little).
    expect(new Set(rows.map((r) => r.split(': ')[1]!.split(' →')[0])).size).toBe(PLATFORMS.length);
  });
}

for (const policy of POLICIES) {
  // The overlay takes its guide from the background (core/overlay/guidance.ts), which sees the browser's own user
  // agent, so this comparison runs on the test browser's real platform rather than an emulated one.
  test(`overlay, popup and companion page show the same guide, policy: ${policy.name}`, async ({ context, extensionId }) => {
    await ensureReplica();
    await routeMicrosoftHosts(context);
    const open = async (path: string) => {
      const page = await context.newPage();
      await answerManaged(page, policy.raw);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    };
    const popup = await open('popup.html');
    await injectPolicy(popup, policy.raw);
    await popup.reload();
    const popupGuide = await popup.locator('[data-guide]').getAttribute('data-guide');
    const companion = await open('guide.html');
    const companionGuide = await companion.locator('.pg-companion main [data-guide]').first().getAttribute('data-guide');
    const page = await context.newPage();
    await page.goto(URLS.securityInfo());
    const overlayGuide = page.locator('passkey-guide-overlay [data-guide]');
    await expect(overlayGuide).toHaveCount(1, { timeout: 20_000 });
    expect(popupGuide).toBeTruthy();
    expect(companionGuide, 'companion page vs popup').toBe(popupGuide);
    expect(await overlayGuide.getAttribute('data-guide'), 'overlay vs popup').toBe(popupGuide);
  });
}

test('companion page: a computer user whose path is on the phone gets a QR code that works without a hosted site', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const setup = await openExtensionPage('popup.html');
  const first = { organizationName: 'Contoso', tenant: 'contoso.com' };
  await injectPolicy(setup, first);
  const page = await emulatedPage(context, `chrome-extension://${extensionId}/guide.html?v=1&g=authenticator-app`, PLATFORMS[0]!, first);
  const handoff = page.locator('[data-action="continue-on-phone"]');
  await expect(handoff).toHaveAttribute('data-handoff', 'security-info');
  await expect(handoff.locator('svg.pg-qr')).toHaveAttribute('data-qr-value', 'https://mysignins.microsoft.com/security-info?tenant=contoso.com');
  await expect(handoff.locator('[data-companion-site="missing"]')).toContainText('companionSiteUrl');
  // With the organization's companion site, the code carries the guide there instead.
  const second = { ...first, companionSiteUrl: 'https://passkeys.contoso.com/guide/' };
  await injectPolicy(setup, second);
  await page.close();
  const again = await emulatedPage(context, `chrome-extension://${extensionId}/guide.html?v=1&g=authenticator-app`, PLATFORMS[0]!, second);
  const handoffAgain = again.locator('[data-action="continue-on-phone"]');
  await expect(handoffAgain).toHaveAttribute('data-handoff', 'guide');
  await expect(handoffAgain.locator('svg.pg-qr')).toHaveAttribute('data-qr-value', /^https:\/\/passkeys\.contoso\.com\/guide\/\?v=1&g=authenticator-app&/);
});

const SHOT_POLICY = {
  organizationName: 'Contoso',
  tenant: 'contoso.com',
  helpDeskName: 'Contoso IT',
  helpDeskEmail: 'help@contoso.com',
  helpDeskPhone: '+31 20 123 4567',
};
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

for (const lang of ['en', 'de', 'ar'] as const) {
  test(`screenshots: popup, companion page (first run) and builder in ${lang}, desktop and phone widths`, async ({
    context,
    extensionId,
    openExtensionPage,
  }) => {
    const base = `chrome-extension://${extensionId}`;
    const setup = await openExtensionPage('popup.html');
    await injectPolicy(setup, SHOT_POLICY);
    await setup.evaluate((l) => (globalThis as unknown as Ext).chrome.storage.local.set({ 'pg:language': l }), lang);
    const shots: [string, Page][] = [];

    const popup = await emulatedPage(context, `${base}/popup.html`, PLATFORMS[0]!, SHOT_POLICY);
    await expect(popup.locator('[data-guide]')).toHaveCount(1);
    await expect(popup.locator('html')).toHaveAttribute('lang', lang);
    for (const [name, size] of [
      ['narrow', { width: 360, height: 640 }],
      ['wide', { width: 420, height: 640 }],
    ] as const) {
      await popup.setViewportSize(size);
      await popup.screenshot({ path: `${SHOTS}/surface-popup-${lang}-${name}.png`, fullPage: true, animations: 'disabled' });
    }
    // Details for IT open, with the diagnostic.
    await popup.locator('details[data-details="it"] summary').click();
    await popup.locator('[data-action="open-diagnostic"]').click();
    await expect(popup.locator('[data-diagnostic]')).toContainText('Summary: guide');
    const diagnostic = (await popup.locator('[data-diagnostic]').textContent()) ?? '';
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.screenshot({ path: `${SHOTS}/surface-popup-details-${lang}.png`, fullPage: true, animations: 'disabled' });

    const guide = await emulatedPage(context, `${base}/guide.html?welcome=1`, PLATFORMS[0]!, SHOT_POLICY);
    await expect(guide.locator('[data-welcome]')).toBeVisible();
    shots.push(['companion', guide]);
    const builder = await emulatedPage(context, `${base}/guide.html?view=builder`, PLATFORMS[0]!, SHOT_POLICY);
    await expect(builder.locator('[data-builder]')).toBeVisible();
    // The help desk pastes what the employee sent: the builder explains it.
    await builder.locator('#b-diagnostic').fill(diagnostic);
    await expect(builder.locator('[data-explain-result="ok"] [data-explain-field="guide"]')).toContainText(
      (await popup.locator('[data-guide]').getAttribute('data-guide'))!,
    );
    shots.push(['builder', builder]);
    for (const [surface, page] of shots) {
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const [width, size] of Object.entries(WIDTHS)) {
        await page.setViewportSize(size);
        await page.screenshot({ path: `${SHOTS}/surface-${surface}-${lang}-${width}.png`, fullPage: true, animations: 'disabled' });
      }
    }
  });
}
