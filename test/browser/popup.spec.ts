/**
 * The popup with CDP virtual authenticators (per tab: add on the popup tab, then reload): the engine's next
 * action first (data-guide), capability details, test passkey and diagnostic under "Details for IT".
 */
import type { Page } from '@playwright/test';
import { addVirtualAuthenticator, expect, test } from '../harness/fixtures';

/** The extension API inside page.evaluate (this test file does not load chrome's types). */
interface Ext {
  chrome: {
    storage: Record<'local' | 'session', { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> }>;
  };
}

const VIRTUAL_AAGUID = '01020304-0506-0708-0102-030405060708';
const CAPABILITIES = [
  'webauthn',
  'secureContext',
  'platformAuthenticator',
  'conditionalMediation',
  'hybridTransport',
  'passkeyPlatformAuthenticator',
  'conditionalCreate',
  'conditionalGet',
  'signalApi',
];

/** The background writes its policy cache once storage.managed answers (3–5 s); wait for it, then override it. */
async function injectPolicy(page: Page, raw: Record<string, unknown>) {
  await expect
    .poll(() => page.evaluate(async () => Object.keys(await (globalThis as unknown as Ext).chrome.storage.session.get('pg:policy-cache')).length), {
      timeout: 20_000,
    })
    .toBe(1);
  await page.evaluate(async (raw) => (globalThis as unknown as Ext).chrome.storage.session.set({ 'pg:policy-cache': { raw, readAt: Date.now() } }), raw);
}

const GUIDE = /^(authenticator-app|cross-device|security-key|platform|unsupported)$/;
const READY_SENTENCE = 'This device can save a passkey for your work account.';

async function openDetails(page: Page) {
  const details = page.locator('details[data-details="it"]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

async function runTestPasskey(page: Page) {
  await openDetails(page);
  await page.locator('[data-action="open-test"]').click();
  await page.getByRole('checkbox').check();
  await page.locator('[data-action="test-passkey"]').click();
  return page.locator('[data-test-outcome]');
}

test("no authenticator: the next action comes first and is the engine's guide; details for IT are collapsed; first-verdict mark set", async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  const next = popup.locator('[data-guide]');
  await expect(next).toHaveAttribute('data-guide', GUIDE);
  // The first heading is the next step, not a capability table.
  await expect(popup.locator('h1')).toHaveText('Your next step');
  const guide = await next.getAttribute('data-guide');
  // "One answer everywhere": the ready sentence only when the engine chose the platform guide.
  if (guide !== 'platform') await expect(popup.locator('body')).not.toContainText(READY_SENTENCE);
  await expect(popup.locator('[data-action="security-info"]')).toHaveAttribute('href', 'https://mysignins.microsoft.com/security-info');
  // Capabilities are there for IT, collapsed.
  await expect(popup.locator('details[data-details="it"]')).not.toHaveAttribute('open', '');
  await expect(popup.locator('[data-capability="webauthn"]')).toBeHidden();
  await openDetails(popup);
  for (const key of CAPABILITIES) {
    await expect(popup.locator(`[data-capability="${key}"]`)).toHaveAttribute('data-value', /^(yes|no|unknown)$/);
  }
  await expect(popup.locator('[data-capability="webauthn"]')).toHaveAttribute('data-value', 'yes');
  await expect(popup.locator('[data-capability="secureContext"]')).toHaveAttribute('data-value', 'yes');
  await expect(popup.locator('[data-capability="platformAuthenticator"]')).toHaveAttribute('data-value', 'no');
  // The bench (`npm run bench`) times the first verdict from this mark; here we only check the mark is set.
  const mark = await popup.evaluate(() => performance.getEntriesByName('pg:first-verdict').length);
  expect(mark).toBe(1);
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.screenshot({ path: `${process.env.PG_SCREENSHOTS ?? '.cache/screenshots'}/popup-no-authenticator.png`, fullPage: true });
});

test('internal platform authenticator: one primary action, Security info; the popup agrees with the engine', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await addVirtualAuthenticator(popup, { transport: 'internal' });
  await popup.reload();
  await openDetails(popup);
  await expect(popup.locator('[data-capability="platformAuthenticator"]')).toHaveAttribute('data-value', 'yes');
  await expect(popup.locator('[data-guide]')).toHaveAttribute('data-guide', GUIDE);
  const guide = await popup.locator('[data-guide]').getAttribute('data-guide');
  if (guide === 'platform') await expect(popup.locator('[data-guide]')).toContainText(READY_SENTENCE);
  else await expect(popup.locator('body')).not.toContainText(READY_SENTENCE);
  await expect(popup.locator('.primary')).toHaveCount(1);
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.screenshot({ path: `${process.env.PG_SCREENSHOTS ?? '.cache/screenshots'}/popup-ready.png`, fullPage: true });
});

test('USB security key only: no platform authenticator, the test passkey names the key and the default policy allows it', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await addVirtualAuthenticator(popup, { transport: 'usb' });
  await popup.reload();
  await openDetails(popup);
  await expect(popup.locator('[data-capability="platformAuthenticator"]')).toHaveAttribute('data-value', 'no');
  const outcome = await runTestPasskey(popup);
  await expect(outcome).toHaveAttribute('data-test-outcome', 'allowed');
  await expect(outcome).toHaveAttribute('data-aaguid', VIRTUAL_AAGUID);
  // Production builds do not recognize Chromium's virtual-authenticator AAGUID (core/aaguids.ts: unit tests only).
  await expect(outcome).toContainText('an unrecognized provider');
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
  await openDetails(popup);
  await expect(popup.locator('[data-test-passkey="disabled"]')).toContainText('turned off the test passkey');
  await expect(popup.locator('[data-action="open-test"]')).toHaveCount(0);
});

test('diagnostic: readable, complete, no personal data; copy and QR work', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  // The overlay's last state, including junk that must not leak (an e-mail address as "error", an extra field).
  await popup.evaluate(() =>
    (globalThis as unknown as Ext).chrome.storage.local.set({
      'pg:last-page-state': { state: 'error', error: 'jane.doe@contoso.com', user: 'jane.doe@contoso.com', at: 1 },
    }),
  );
  await popup.reload();
  await openDetails(popup);
  await popup.locator('[data-action="open-diagnostic"]').click();
  const pre = popup.locator('[data-diagnostic]');
  await expect(pre).toContainText(/Passkey Guide diagnostic — Passkey Guide \d+\.\d+\.\d+/);
  const text = (await pre.textContent()) ?? '';
  // First line: the English summary a help-desk agent reads aloud, with the same guide the popup shows.
  const guide = await popup.locator('[data-guide]').getAttribute('data-guide');
  expect(text.split('\n')[0]).toMatch(new RegExp(`^Summary: guide ${guide}; platform [^;]+; step error; last error none; policy 1 profile \\(`));
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
