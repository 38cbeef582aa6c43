/**
 * Playwright fixtures: a Chromium with the built extension, its id, and helpers to open the popup
 * and companion page as tabs. Every test gets a fresh profile (extensions need a persistent context).
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, launchBrowser, routeSecurityInfo } from './browser.mjs';

export { addVirtualAuthenticator, routeSecurityInfo, SECURITY_INFO_ORIGIN } from './browser.mjs';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** The welcome tab the extension opened on install (closed before the test starts), or null. */
  welcomeUrl: string | null;
  /** Opens a page of the extension (e.g. `popup.html`, `guide.html?lang=de`) in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** A tab on https://mysignins.microsoft.com<path> served from the named fixture. */
  openSecurityInfo: (fixture: string, path?: string) => Promise<Page>;
}

export const test = base.extend<Fixtures & { welcomeState: { url: string | null } }>({
  welcomeState: async ({}, use) => {
    await use({ url: null });
  },
  context: async ({ welcomeState }, use) => {
    const context = await launchBrowser();
    // The install hook opens a welcome tab; close it so it cannot take focus mid-test.
    const welcome = await context.waitForEvent('page', { predicate: (p) => p.url().includes('/guide.html'), timeout: 10000 }).catch(() => null);
    if (welcome) {
      welcomeState.url = welcome.url();
      await welcome.close();
    }
    await use(context);
    await context.close();
  },
  welcomeUrl: async ({ context, welcomeState }, use) => {
    void context;
    await use(welcomeState.url);
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  openSecurityInfo: async ({ context }, use) => {
    await use(async (fixture, path = '/security-info') => {
      const page = await context.newPage();
      await routeSecurityInfo(page, fixture);
      await page.goto(`https://mysignins.microsoft.com${path}`);
      return page;
    });
  },
});

export { expect };
