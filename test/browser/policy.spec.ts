/**
 * Organization policy end to end: a real Chromium policy file, a fixed-id build, and the
 * popup, overlay and admin view following it.
 *
 * Scope: the policy file names only the fixed test id (test/keys/README.md), which no other build
 * has, so browsers launched by other tests meanwhile are unaffected. The spec builds that fixed-id
 * extension itself into .output-policy-test (≈2 s), so it never depends on how `npm run build` ran.
 * Needs root (writes /etc/chromium/policies/managed); otherwise every test is skipped with the reason.
 */
import { test as base, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { browserArgs, findBrowser, ROOT, routeSecurityInfo } from '../harness/browser.mjs';

const FIXED_ID = 'djhfionobnenimbnkcjiekpbngkbkibb';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'passkey-guide-test.json');
// Its own output folder, next to the caller's PG_OUT_DIR so parallel runs never share one.
const OUT_DIR = `${process.env.PG_OUT_DIR ?? '.output'}-policy-test`;
const EXT_DIR = join(ROOT, OUT_DIR, 'chrome-mv3');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const skipReason =
  'policy.spec.ts needs root to write a Chromium policy file in /etc/chromium/policies/managed; run the browser tests as root (CI container) to cover enterprise policy';
if (!isRoot) console.warn(`[policy.spec] SKIPPED: ${skipReason}`);

const createdDirs: string[] = [];

function writePolicy(values: Record<string, unknown>) {
  for (const dir of ['/etc/chromium', '/etc/chromium/policies', POLICY_DIR]) {
    if (!existsSync(dir)) {
      mkdirSync(dir);
      createdDirs.push(dir);
    }
  }
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [FIXED_ID]: values } } }));
}

function removePolicy() {
  rmSync(POLICY_FILE, { force: true });
  for (const dir of createdDirs.reverse()) if (existsSync(dir) && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  createdDirs.length = 0;
}

// The policy file is written before the browser starts, so Chromium reads it at launch.
const test = base.extend<{ policyValues: Record<string, unknown>; context: BrowserContext }>({
  policyValues: [{}, { option: true }],
  context: async ({ policyValues }, use) => {
    writePolicy(policyValues);
    const profile = join(ROOT, '.cache/profiles', randomUUID());
    mkdirSync(profile, { recursive: true });
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findBrowser(),
      headless: true,
      args: browserArgs(EXT_DIR),
    });
    // The install hook's welcome tab is irrelevant here; close it so it cannot take focus.
    context.on('page', (p) => {
      if (p.url().includes('/guide.html?welcome=1')) void p.close().catch(() => {});
    });
    try {
      await use(context);
    } finally {
      await context.close();
      removePolicy();
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  },
});

test.describe.configure({ mode: 'serial' });
test.skip(!isRoot, skipReason);

test.beforeAll(() => {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, PG_FIXED_KEY: '1', PG_OUT_DIR: OUT_DIR }, stdio: 'pipe' });
});
test.afterAll(removePolicy);

async function extensionId(context: BrowserContext) {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  return new URL(worker.url()).host;
}

async function openOptions(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${FIXED_ID}/options.html`);
  // The admin view re-reads storage.managed (the first read takes 3–5 s after launch).
  await expect(page.locator('main[data-fresh="true"]')).toBeVisible({ timeout: 20_000 });
  return page;
}

test.describe('valid policy', () => {
  test.use({
    policyValues: {
      organizationName: 'Contoso Test',
      tenant: 'contoso.onmicrosoft.com',
      overlayEnabled: false,
      helpDeskEmail: 'help@contoso.com',
      helpDeskName: 'Contoso IT',
      defaultLanguage: 'nl',
      passkeyProfiles: [
        {
          name: 'Authenticator',
          passkeyTypes: ['device-bound'],
          attestationEnforced: true,
          aaguidMode: 'allow',
          aaguids: ['90a3ccdf-635c-4729-a248-9b709135078f', 'de1e552d-db1d-4423-a619-566b625cdc84'],
        },
      ],
      registrationDeadline: '2027-03-31',
    },
  });
  test('a valid policy reaches the popup, the overlay and the admin view', async ({ context }) => {
    expect(await extensionId(context)).toBe(FIXED_ID);

    const options = await openOptions(context);
    await expect(options.locator('[data-setting="organizationName"]')).toHaveAttribute('data-source', 'policy');
    await expect(options.locator('[data-setting="organizationName"] td[data-value]')).toHaveText('Contoso Test');
    await expect(options.locator('[data-setting="overlayEnabled"]')).toHaveAttribute('data-source', 'policy');
    await expect(options.locator('[data-testid="ignored-none"]')).toBeVisible();
    // The ID to put in policies, the passkey profile in words, and what employees on each platform are told.
    await expect(options.locator('[data-testid="policy-extension-id"] code')).toHaveText(FIXED_ID);
    await expect(options.locator('[data-testid="policy-profiles"]')).toHaveAttribute('data-profile-source', 'profiles');
    await expect(options.locator('[data-profile="0"]')).toContainText('Authenticator');
    await expect(options.locator('[data-setting="passkeyProfiles"]')).toHaveAttribute('data-source', 'policy');
    await expect(options.locator('[data-setting="registrationDeadline"] td[data-value]')).toHaveText('2027-03-31');
    await expect(options.locator('[data-testid="policy-preview"] tr[data-device]')).toHaveCount(6);
    await expect(options.locator('[data-device="windows11-edge"]')).toHaveAttribute('data-guide', 'authenticator-app');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${FIXED_ID}/popup.html`);
    await expect(popup.locator('[data-org]')).toContainText('Contoso Test');
    await expect(popup.locator('a[data-action="security-info"]')).toHaveAttribute(
      'href',
      'https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com',
    );
    // The organization's default language (no user choice yet), and the way to the admin view.
    await expect(popup.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(popup.locator('[data-action="org-settings"]')).toHaveAttribute('href', '/options.html');
    await expect(popup.locator('footer.org')).toHaveAttribute('data-policy-ignored', '0');

    // The companion page: organization, help desk and tenant from the policy, which beats a guided link's.
    const guide = await context.newPage();
    await guide.goto(`chrome-extension://${FIXED_ID}/guide.html?v=1&org=Fabrikam&tenant=fabrikam.com`);
    await expect(guide.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(guide.locator('.pg-org')).toHaveAttribute('data-org-source', 'policy');
    await expect(guide.locator('.pg-org')).toContainText('Contoso Test');
    await expect(guide.locator('[data-helpdesk]')).toContainText('Contoso IT');
    await expect(guide.locator('[data-helpdesk-email]')).toHaveAttribute('href', 'mailto:help@contoso.com');
    await expect(guide.locator('[data-action="open-security-info"]')).toHaveAttribute(
      'href',
      'https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com',
    );

    const page = await context.newPage();
    const turnedOff = page.waitForEvent('console', { predicate: (m) => m.text().includes('overlay turned off by organization policy'), timeout: 20_000 });
    await routeSecurityInfo(page, 'method-list.en');
    await page.goto('https://mysignins.microsoft.com/security-info');
    await turnedOff;
    await expect(page.locator('passkey-guide-overlay')).toHaveCount(0);

    // Last, because choosing a language is stored for every surface. The admin view in three languages, desktop and narrow (docs/screenshots when PG_SCREENSHOTS is set).
    for (const lang of ['en', 'de', 'ar'] as const) {
      await options.locator('[data-language-picker] select').selectOption(lang);
      await expect(options.locator('html')).toHaveAttribute('lang', lang);
      for (const [form, width, height] of [
        ['desktop', 1280, 800],
        ['narrow', 390, 844],
      ] as const) {
        await options.setViewportSize({ width, height });
        const overflow = await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `admin view ${lang} ${form} overflows sideways`).toBeLessThanOrEqual(0);
        await options.screenshot({ path: `${process.env.PG_SCREENSHOTS ?? '.cache/screenshots'}/admin-${lang}-${form}.png`, fullPage: true });
      }
    }
  });
});

test.describe('malformed policy', () => {
  test.use({
    policyValues: {
      organizationName: 'Fabrikam',
      tenant: 'not a tenant!',
      helpDeskUrl: 'javascript:alert(1)',
      defaultLanguage: 'klingon',
      allowedPasskeyKinds: ['quantum'],
      aaguidAllowList: ['not-a-guid'],
      // Wrong type for the schema: Chromium itself drops it, so the overlay stays on (the default).
      overlayEnabled: 'no',
    },
  });
  test('a malformed policy falls back per setting and the admin view lists what was ignored', async ({ context }) => {
    expect(await extensionId(context)).toBe(FIXED_ID);

    const options = await openOptions(context);
    const ignored = options.locator('[data-testid="ignored-list"] li');
    // defaultLanguage 'klingon' is not in the schema's enum: Chromium drops it itself (chrome://policy shows the error).
    await expect(ignored).toHaveCount(4);
    await expect(options.locator('[data-ignored="tenant"]')).toContainText('Not a tenant ID (GUID) or domain name.');
    await expect(options.locator('[data-ignored="helpDeskUrl"]')).toContainText('Not an https:// address.');
    await expect(options.locator('[data-ignored="allowedPasskeyKinds[0]"]')).toContainText('Not one of the allowed values.');
    await expect(options.locator('[data-ignored="aaguidAllowList[0]"]')).toContainText('An entry is not an AAGUID (GUID).');
    // Fail closed: what is left accepts no passkey, and the admin view says so (never "no restriction").
    await expect(options.locator('[data-testid="profile-accepts-nothing"]')).toBeVisible();
    await expect(options.locator('[data-device="windows11-edge"]')).toHaveAttribute('data-guide', 'unsupported');
    await expect(options.locator('[data-setting="tenant"]')).toHaveAttribute('data-source', 'default');
    await expect(options.locator('[data-setting="organizationName"]')).toHaveAttribute('data-source', 'policy');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${FIXED_ID}/popup.html`);
    await expect(popup.locator('[data-org]')).toContainText('Fabrikam');
    await expect(popup.locator('a[data-action="security-info"]')).toHaveAttribute('href', 'https://mysignins.microsoft.com/security-info');
    // The popup says settings were ignored and links to the admin view; the diagnostic names them with the reason.
    await expect(popup.locator('footer.org')).toHaveAttribute('data-policy-ignored', '4');
    // Both live under "Details for IT" (collapsed by default).
    await popup.locator('details[data-details="it"] summary').click();
    await expect(popup.locator('[data-action="org-settings"]')).toBeVisible();
    await popup.locator('[data-action="open-diagnostic"]').click();
    await expect(popup.locator('[data-diagnostic]')).toContainText(
      'Ignored policy settings: aaguidAllowList[0] (badAaguid), allowedPasskeyKinds[0] (notAllowed), helpDeskUrl (notHttps), tenant (badTenant)',
    );
    const [admin] = await Promise.all([context.waitForEvent('page'), popup.locator('[data-action="org-settings"]').click()]);
    await expect(admin).toHaveURL(`chrome-extension://${FIXED_ID}/options.html`);
    await expect(admin.locator('[data-ignored="tenant"]')).toBeVisible({ timeout: 20_000 });

    const page = await context.newPage();
    await routeSecurityInfo(page, 'method-list.en');
    await page.goto('https://mysignins.microsoft.com/security-info');
    await expect(page.locator('passkey-guide-overlay')).toHaveAttribute('data-state', 'method-list', { timeout: 20_000 });
  });
});
