/**
 * Popup readiness check with CDP virtual authenticators (per tab: add on the popup tab, then reload).
 */
import type { Page } from '@playwright/test';
import { addVirtualAuthenticator, expect, test } from '../harness/fixtures';

/** The extension API inside page.evaluate (this test file does not load chrome's types). */
interface Ext {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } };
}

const VIRTUAL_AAGUID = '01020304-0506-0708-0102-030405060708';
const CAPABILITIES = [
  'webauthn', 'secureContext', 'platformAuthenticator', 'conditionalMediation', 'hybridTransport',
  'passkeyPlatformAuthenticator', 'conditionalCreate', 'conditionalGet', 'signalApi',
];

/** The background writes its policy cache once storage.managed answers (3–5 s); wait for it, then override it. */
async function injectPolicy(page: Page, raw: Record<string, unknown>) {
  await expect
    .poll(() => page.evaluate(async () => Object.keys(await (globalThis as unknown as Ext).chrome.storage.local.get('pg:policy-cache')).length), { timeout: 20_000 })
    .toBe(1);
  await page.evaluate(async (raw) => (globalThis as unknown as Ext).chrome.storage.local.set({ 'pg:policy-cache': { raw, readAt: Date.now() } }), raw);
}

async function runTestPasskey(page: Page) {
  await page.locator('[data-action="open-test"]').click();
  await page.getByRole('checkbox').check();
  await page.locator('[data-action="test-passkey"]').click();
  return page.locator('[data-test-outcome]');
}

test('no authenticator: every capability is yes/no/unknown, verdict says use another device, first-verdict mark set', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'other-device');
  for (const key of CAPABILITIES) {
    await expect(popup.locator(`[data-capability="${key}"]`)).toHaveAttribute('data-value', /^(yes|no|unknown)$/);
  }
  await expect(popup.locator('[data-capability="webauthn"]')).toHaveAttribute('data-value', 'yes');
  await expect(popup.locator('[data-capability="secureContext"]')).toHaveAttribute('data-value', 'yes');
  await expect(popup.locator('[data-capability="platformAuthenticator"]')).toHaveAttribute('data-value', 'no');
  await expect(popup.locator('[data-action="security-info"]')).toHaveAttribute('href', 'https://mysignins.microsoft.com/security-info');
  // The engine chunk loads right after the first verdict and names the recommended guide.
  await expect(popup.locator('[data-verdict]')).toHaveAttribute('data-guide-recommended', /^(authenticator-app|cross-device|security-key|platform|unsupported)$/);
  // The bench (`npm run bench`) times the first verdict from this mark; here we only check the mark is set.
  const mark = await popup.evaluate(() => performance.getEntriesByName('pg:first-verdict').length);
  expect(mark).toBe(1);
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.screenshot({ path: `${process.env.PG_SCREENSHOTS ?? '.cache/screenshots'}/popup-no-authenticator.png`, fullPage: true });
});

test('internal platform authenticator: ready verdict with Security info as the one primary action', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await addVirtualAuthenticator(popup, { transport: 'internal' });
  await popup.reload();
  await expect(popup.locator('[data-capability="platformAuthenticator"]')).toHaveAttribute('data-value', 'yes');
  await expect(popup.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'ready');
  await expect(popup.locator('.primary')).toHaveCount(1);
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.screenshot({ path: `${process.env.PG_SCREENSHOTS ?? '.cache/screenshots'}/popup-ready.png`, fullPage: true });
});

test('USB security key only: no platform authenticator, the test passkey names the key and the default policy allows it', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await addVirtualAuthenticator(popup, { transport: 'usb' });
  await popup.reload();
  await expect(popup.locator('[data-capability="platformAuthenticator"]')).toHaveAttribute('data-value', 'no');
  await expect(popup.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'other-device');
  const outcome = await runTestPasskey(popup);
  await expect(outcome).toHaveAttribute('data-test-outcome', 'allowed');
  await expect(outcome).toHaveAttribute('data-aaguid', VIRTUAL_AAGUID);
  await expect(outcome).toContainText('Chromium virtual authenticator (test)');
  await expect(outcome).toContainText('which your organization accepts');
});

test('test passkey: allowed by an allow list, blocked by a block list, and switched off by policy', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await addVirtualAuthenticator(popup, { transport: 'internal' });

  await injectPolicy(popup, { aaguidAllowList: [VIRTUAL_AAGUID] });
  await popup.reload();
  let outcome = await runTestPasskey(popup);
  await expect(outcome).toHaveAttribute('data-test-outcome', 'allowed');
  await expect(outcome).toContainText(/on your organization['’]s list of accepted providers/);
  await expect(outcome).toContainText('We asked the provider to delete the test passkey.');

  await injectPolicy(popup, { aaguidBlockList: [VIRTUAL_AAGUID], organizationName: 'Contoso' });
  await popup.reload();
  outcome = await runTestPasskey(popup);
  await expect(outcome).toHaveAttribute('data-test-outcome', 'blocked');
  await expect(outcome).toContainText('which your organization does not accept');
  await expect(outcome).toContainText('Your organization blocks this passkey provider.');
  await popup.setViewportSize({ width: 400, height: 1000 });
  await popup.screenshot({ path: `${process.env.PG_SCREENSHOTS ?? '.cache/screenshots'}/popup-test-passkey-blocked.png`, fullPage: true });

  await injectPolicy(popup, { testPasskeyAllowed: false });
  await popup.reload();
  await expect(popup.locator('[data-test-passkey="disabled"]')).toContainText('turned off the test passkey');
  await expect(popup.locator('[data-action="open-test"]')).toHaveCount(0);
});

test('diagnostic: readable, complete, no personal data; copy and QR work', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  // The overlay's last state, including junk that must not leak (an e-mail address as "error", an extra field).
  await popup.evaluate(() =>
    (globalThis as unknown as Ext).chrome.storage.local.set({ 'pg:last-page-state': { state: 'error', error: 'jane.doe@contoso.com', user: 'jane.doe@contoso.com', at: 1 } }),
  );
  await popup.reload();
  await popup.locator('[data-action="open-diagnostic"]').click();
  const pre = popup.locator('[data-diagnostic]');
  await expect(pre).toContainText(/Passkey Guide diagnostic — Passkey Guide \d+\.\d+\.\d+/);
  const text = (await pre.textContent()) ?? '';
  for (const key of CAPABILITIES) expect(text).toMatch(new RegExp(`^  ${key}: (yes|no|unknown)$`, 'm'));
  expect(text).toContain('Last Security info state: error');
  expect(text).toContain('Recommended guide: ');
  expect(text).toContain('Language: en');
  expect(text).not.toMatch(/jane|@|HeadlessChrome|Mozilla|chrome-extension/);
  // Capture what reaches the clipboard (permission prompts cannot be granted to extension origins in tests).
  await popup.evaluate(() => {
    const w = window as unknown as { __copied?: string };
    navigator.clipboard.writeText = async (value: string) => {
      w.__copied = value;
    };
  });
  await popup.locator('[data-action="copy-diagnostic"]').click();
  await expect(popup.locator('[data-copy-status]')).toHaveAttribute('data-copy-status', 'copied');
  expect(await popup.evaluate(() => (window as unknown as { __copied?: string }).__copied)).toBe(text);
  await popup.locator('[data-action="diagnostic-qr"]').click();
  await expect(popup.locator('svg.pg-qr')).toHaveAttribute('data-qr-value', text);
});
