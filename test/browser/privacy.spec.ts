/**
 * Privacy (issue #8): the extension makes no network requests of its own — across the overlay on
 * Security info, the popup and the companion page, including its service worker. The only requests
 * allowed are the routed Security info fixture and the extension's own packaged files.
 * Two probes prove the listener would see a leak (from a page and from the service worker).
 */
import { expect, test } from '@playwright/test';
import { extensionIdOf, launchBrowser, routeSecurityInfo } from '../harness/browser.mjs';

test('no network requests of its own across overlay, popup and companion page', async () => {
  const context = await launchBrowser();
  const seen: { url: string; fromServiceWorker: boolean }[] = [];
  context.on('request', (request) => seen.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null }));
  // The strict CSP must not break our own pages: no violation reports while they render.
  const cspErrors: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(`${message.page()?.url()}: ${message.text()}`);
  });
  try {
    const id = await extensionIdOf(context);
    // Own package files: chrome-extension://<id>/…, or a web-accessible resource behind its per-session
    // dynamic origin (use_dynamic_url: chrome-extension://<uuid>/…); the routed fixture; data: URLs.
    const DYNAMIC = /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\//;
    const own = (url: string) =>
      url.startsWith(`chrome-extension://${id}/`) || DYNAMIC.test(url) || url.startsWith('https://mysignins.microsoft.com/') || url.startsWith('data:');

    const security = await context.newPage();
    await routeSecurityInfo(security, 'method-list.en');
    await security.goto('https://mysignins.microsoft.com/security-info');
    await expect(security.locator('passkey-guide-overlay')).toHaveAttribute('data-state', /.+/);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.locator('main:not([aria-busy="true"])').first()).toBeVisible();
    // Open the popup's disclosures (QR hand-off, diagnostic) so their lazy chunks load too; never the test passkey.
    for (const button of await popup.locator('button[aria-expanded="false"]:not([data-action="test-passkey"])').all()) {
      await button.click({ timeout: 2000 }).catch(() => {});
    }

    const guide = await context.newPage();
    await guide.goto(`chrome-extension://${id}/guide.html`);
    await expect(guide.locator('h1').first()).not.toBeEmpty();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect(options.locator('[data-testid="policy-view"]')).toBeVisible();

    for (const page of [security, popup, guide, options]) await page.waitForLoadState('networkidle', { timeout: 10_000 });

    expect(cspErrors).toEqual([]);
    const leaks = seen.filter((r) => !own(r.url));
    expect(leaks, `requests outside the package: ${JSON.stringify(leaks)}`).toEqual([]);
    expect(seen.some((r) => r.url.startsWith(`chrome-extension://${id}/`))).toBe(true);

    // The listener must be able to see a leak: a request from the Security info page is recorded.
    await security.evaluate(() => fetch('https://leak-probe.invalid/page').catch(() => undefined));
    await expect.poll(() => seen.some((r) => r.url === 'https://leak-probe.invalid/page')).toBe(true);
    // Extension pages and the service worker cannot even start one: the manifest CSP (connect-src 'self') blocks it.
    const violation = await popup.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          void fetch('https://leak-probe.invalid/popup').catch(() => undefined);
        }),
    );
    expect(violation).toBe('connect-src');
    // …and the CSP listener above would have caught a violation on our pages.
    await expect.poll(() => cspErrors.some((e) => e.includes('leak-probe.invalid/popup'))).toBe(true);
    const [worker] = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${id}/`));
    const workerFetch = await worker!.evaluate(() => fetch('https://leak-probe.invalid/worker').then(() => 'sent', (e: unknown) => `blocked: ${String(e)}`));
    expect(workerFetch).toMatch(/^blocked/);
    expect(seen.filter((r) => r.url.includes('leak-probe.invalid/popup') || r.url.includes('leak-probe.invalid/worker'))).toEqual([]);
  } finally {
    await context.close();
  }
});
