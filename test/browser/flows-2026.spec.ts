/**
 * The 2026 registration flows, end to end on the Fluent UI v8 replica served on the real Microsoft URLs, with the
 * built extension loaded. Each flow is driven through the page's own buttons (test/browser/flows2026.ts); at every
 * screen the page recognizer's data-state / data-step / data-target are checked on the live DOM. Overlay
 * assertions (<passkey-guide-overlay>) plug into the drivers' `at` hook (see flows2026.ts).
 *
 * PG_OUT_DIR=.output-<you> npx playwright test test/browser/flows-2026.spec.ts --output .cache/pw-<you>
 */
import { addVirtualAuthenticator, expect, test } from '../harness/fixtures';
import { ensureReplica, routeMicrosoftHosts, URLS } from '../harness/microsoftHosts.mjs';
import {
  driveAuthenticatorApp,
  driveFlowA,
  driveFlowAFallback,
  driveFlowB,
  driveKeyLegacy,
  driveKeyViaPasskey,
  driveSignInPrompt,
  recognizeLive,
  type Screen,
} from './flows2026';

test.beforeAll(async () => {
  await ensureReplica();
});

test.beforeEach(async ({ context }) => {
  await routeMicrosoftHosts(context);
});

test('Flow A: app-first Authenticator passkey', async ({ context }) => {
  const page = await context.newPage();
  const seen: string[] = [];
  await driveFlowA(page, { at: async (s: Screen) => void seen.push(s.id) });
  expect(seen).toEqual(['list', 'picker', 'create-in-app', 'finish-in-app', 'created']);
});

test('Flow A′: Having trouble? fallback with WebAuthn (virtual phone over hybrid)', async ({ context }) => {
  const page = await context.newPage();
  await addVirtualAuthenticator(page, { transport: 'hybrid' });
  await driveFlowAFallback(page);
});

test('Flow B: Passkey with a platform authenticator', async ({ context }) => {
  const page = await context.newPage();
  await addVirtualAuthenticator(page, { transport: 'internal' });
  await driveFlowB(page);
});

test('Security key via Passkey (the OS dialog offers Security key)', async ({ context }) => {
  const page = await context.newPage();
  await addVirtualAuthenticator(page, { transport: 'usb' });
  await driveKeyViaPasskey(page);
});

test('Security key, legacy entry (USB device)', async ({ context }) => {
  const page = await context.newPage();
  await addVirtualAuthenticator(page, { transport: 'usb' });
  await driveKeyLegacy(page);
});

test('Authenticator app wizard (not a passkey): Scan the QR code → Authenticator Added', async ({ context }) => {
  const page = await context.newPage();
  await driveAuthenticatorApp(page);
});

test('Sign-in prompt → ceremony on login.microsoft.com → /register name → Passkey created', async ({ context }) => {
  const page = await context.newPage();
  await addVirtualAuthenticator(page, { transport: 'internal' });
  await driveSignInPrompt(page, {}, 'proofup');
});

test('a failed WebAuthn step shows a testid-only error the recognizer reports', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(URLS.securityInfo('view=setting-up&error=not-registered'));
  await page.locator('[data-testid="reskin-step-next-button"]').click();
  await expect(page.locator('[data-testid="message-bar-error"]')).toContainText('Passkey not registered');
  await expect(page.locator('[data-testid="message-bar-error"]')).not.toHaveAttribute('role');
  const r = await recognizeLive(page);
  expect(r).toMatchObject({ state: 'error', step: 'not-registered' });
  expect(r.targetNameOf('error-retry')).toBe('Next');
});

test('the password page is left alone: no overlay, and its form still works', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(URLS.signIn());
  await page.locator('input[name="passwd"]').fill('correct horse');
  expect((await recognizeLive(page)).state).toBe('unknown');
  await page.waitForTimeout(500);
  await expect(page.locator('passkey-guide-overlay')).toHaveCount(0);
  await page.locator('#idSIButton9').click();
  await page.waitForURL(/pg=proofup/);
});

test('Skip for now on the prompt still works', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(URLS.signIn('prompt'));
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.waitForURL(/pg=done/);
});

test('German and French Security info render and keep working (structure-based recognition)', async ({ context }) => {
  const page = await context.newPage();
  await addVirtualAuthenticator(page, { transport: 'internal' });
  for (const [lang, add, next, done] of [
    ['de', 'Anmeldemethode hinzufügen', 'Weiter', 'Fertig'],
    ['fr', 'Ajouter une méthode de connexion', 'Suivant', 'Terminé'],
  ] as const) {
    await page.goto(URLS.securityInfo(`lang=${lang}`));
    await page.getByRole('button', { name: add }).click();
    await expect.poll(async () => (await recognizeLive(page)).state).toBe('method-picker');
    await page.locator('.ms-Dialog-main .ms-Link').click(); // "Show more options" (wording unknown in de/fr)
    await page.getByTestId('authmethod-picker-passkey').click();
    await expect(page.locator('[data-testid="reskin-step-title"]')).toBeVisible();
    await expect.poll(async () => (await recognizeLive(page)).state).toBe('wizard');
    expect((await recognizeLive(page)).language).toBe(lang);
    const title = page.locator('[data-testid="reskin-step-title"]');
    const intro = await title.textContent();
    await page.locator('[data-testid="reskin-step-next-button"]').click(); // intro → setting up
    await expect(title).not.toHaveText(intro ?? '');
    await page.locator('[data-testid="reskin-step-next-button"]').click(); // setting up → WebAuthn
    await expect(page.getByRole('textbox')).toBeVisible();
    await expect.poll(async () => (await recognizeLive(page)).step).toBe('name');
    await page.getByRole('button', { name: next }).click();
    await page.getByRole('button', { name: done }).click();
    await expect(page.locator('.ms-Dialog-main')).toHaveCount(0);
  }
});

test('the Fluent UI replica library is never shipped in the extension', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { extensionDir } = await import('../harness/browser.mjs');
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const js = files(extensionDir()).filter((f) => /\.(js|html|css)$/.test(f));
  expect(js.length).toBeGreaterThan(0);
  for (const f of js) expect(readFileSync(f, 'utf8'), f).not.toMatch(/@fluentui|ms-Button-flexContainer|registerIcons|react-dom/);
});
