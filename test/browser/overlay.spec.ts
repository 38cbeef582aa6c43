/**
 * The overlay on the interactive Security info replica: full registrations with a CDP virtual
 * authenticator, asserting data-state/data-step at each step and that the page's own buttons
 * keep working with the overlay present. Every wait is a polling assertion (no fixed sleeps):
 * the replica renders late on purpose.
 */
import { addVirtualAuthenticator, expect, test } from '../harness/fixtures';
import { authenticatorWizardToReminder, dialog, expectSpotlightOn, expectState, host } from './replicaFlow';

test('platform passkey: list → picker → show more → Passkey → create → name → success → listed', async ({ openSecurityInfo }) => {
  const page = await openSecurityInfo('replica', '/security-info?tenant=contoso.com');
  await addVirtualAuthenticator(page, { transport: 'internal' });
  await expectState(page, 'method-list');
  await expect(host(page).locator('[data-note="has-passkey"]')).toHaveCount(0);
  // The spotlight points at the page's own control; the page's button still takes the click.
  await expect(host(page)).toHaveAttribute('data-target', 'add-method');
  await expectSpotlightOn(page, page.getByRole('button', { name: /Add sign-in method/ }));
  // A page re-render that drops our host: the overlay puts itself back (the removal is a page change it observes).
  expect(
    await page.evaluate(() => {
      const h = document.querySelector('passkey-guide-overlay');
      h?.remove();
      return h?.isConnected;
    }),
  ).toBe(false);
  await expect(host(page)).toHaveCount(1);
  await expectState(page, 'method-list');
  await page.getByRole('button', { name: /Add sign-in method/ }).click();
  await expectState(page, 'method-picker', 'recommended');
  await dialog(page).getByRole('button', { name: 'Show more options' }).click();
  await expectState(page, 'method-picker', 'all');
  await dialog(page).getByRole('option', { name: 'Passkey', exact: true }).click();
  await expectState(page, 'wizard', 'setting-up');
  await dialog(page).getByRole('button', { name: 'Next' }).click();
  // The ceremony runs with the virtual authenticator; "creating" may be too short to observe, so wait for its result.
  await expectState(page, 'wizard', 'name');
  await expect(page.locator('body')).toHaveAttribute('data-replica-credential', /.+/);
  await dialog(page).getByRole('textbox', { name: 'Passkey name' }).fill('Work laptop');
  await dialog(page).getByRole('button', { name: 'Done' }).click();
  await expectState(page, 'success');
  await expect(host(page).locator('.pg-success')).toBeVisible();
  await dialog(page).getByRole('button', { name: 'Done' }).click();
  await expectState(page, 'method-list');
  await expect(host(page).locator('[data-note="has-passkey"]')).toBeVisible();
});

test('security key (German, old combobox picker): USB → Weiter → key → name → success', async ({ openSecurityInfo }) => {
  const page = await openSecurityInfo('replica', '/security-info?lang=de&picker=legacy');
  await addVirtualAuthenticator(page, { transport: 'usb' });
  await expectState(page, 'method-list');
  await page.getByRole('button', { name: /Anmeldemethode hinzufügen/ }).click();
  await expectState(page, 'method-picker', 'legacy');
  await expect(host(page)).toHaveAttribute('data-target', /picker-(combobox|add)/);
  await dialog(page).getByRole('combobox', { name: 'Optionen für Authentifizierungsmethode' }).click();
  await dialog(page).getByRole('option', { name: 'Sicherheitsschlüssel' }).click();
  await dialog(page).getByRole('button', { name: 'Hinzufügen' }).click();
  await expectState(page, 'wizard', 'usb-nfc');
  await expect(host(page)).toHaveAttribute('data-target', 'wizard-usb');
  await dialog(page).getByRole('button', { name: 'USB-Gerät' }).click();
  await expectState(page, 'wizard', 'setting-up');
  await dialog(page).getByRole('button', { name: 'Weiter' }).click();
  await expectState(page, 'wizard', 'name');
  await dialog(page).getByRole('textbox').fill('YubiKey');
  await dialog(page).getByRole('button', { name: 'Fertig' }).click();
  await expectState(page, 'success');
  await dialog(page).getByRole('button', { name: 'Fertig' }).click();
  await expectState(page, 'method-list');
});

test('Authenticator passkey, cross-device: every wizard step, then an error with specific help and a retry', async ({ openSecurityInfo }) => {
  const page = await openSecurityInfo('replica', '/security-info?error=not-registered');
  await addVirtualAuthenticator(page, { transport: 'internal' });
  await expectState(page, 'method-list');
  await authenticatorWizardToReminder(page);
  await dialog(page).getByRole('button', { name: 'I understand' }).click();
  // The legacy replica's "Scan the QR code" screen: read as the Authenticator app's QR (not a passkey step) since 2026.
  await expectState(page, 'wizard');
  await expect(host(page)).toHaveAttribute('data-step', /qr/);
  await dialog(page).getByRole('button', { name: 'Next' }).click();
  await expectState(page, 'error', 'not-registered');
  await expect(host(page).locator('[data-warning="page-not-registered"]')).toContainText(/private window/);
  await expect(host(page)).toHaveAttribute('data-target', 'error-retry');
  await expectSpotlightOn(page, dialog(page).getByRole('button', { name: 'Try again' }));
  await dialog(page).getByRole('button', { name: 'Try again' }).click();
  await expectState(page, 'wizard', 'install-authenticator');
});

test('callout controls: one step by default, All steps, language, Hide for now persists, the popup brings it back; SPA navigation from /register', async ({
  openSecurityInfo,
  openExtensionPage,
}) => {
  const page = await openSecurityInfo('replica', '/register?csrf_token=x');
  await expectState(page, 'wizard', 'install-authenticator');
  const panel = host(page).locator('section.pg-panel');
  await expect(panel.locator('[data-guide]')).toHaveCount(1);
  await expect(panel.locator('[aria-current="step"]')).toHaveCount(1);
  // Default view: the current step only.
  await expect(panel.locator('li[data-step]')).toHaveCount(1);
  // SPA navigation: "Skip setup" pushes /security-info without a reload.
  await page.getByRole('button', { name: 'Skip setup' }).click();
  await expect(page).toHaveURL(/\/security-info/);
  await expectState(page, 'method-list');

  await host(page).getByRole('button', { name: 'All steps' }).click();
  await expect.poll(() => panel.locator('li[data-step]').count()).toBeGreaterThan(3);
  await expect(panel.locator('[aria-current="step"]')).toHaveCount(1);
  await host(page).locator('select[data-control="language"]').selectOption('de');
  await expect(host(page).getByRole('button', { name: 'Nur aktueller Schritt' })).toBeVisible();
  await expect(panel).toHaveAttribute('lang', 'de');
  await host(page).getByRole('button', { name: 'Nur aktueller Schritt' }).click();
  await expect(panel.locator('li[data-step]')).toHaveCount(1);

  await host(page).getByRole('button', { name: 'Vorerst ausblenden' }).click();
  await expect(panel).toHaveCount(0);
  await expect(host(page)).toHaveAttribute('data-dismissed', 'true');
  // Hidden: only the small launcher is left.
  await expect(host(page).locator('[data-action="open"]')).toBeVisible();
  await page.reload();
  await expectState(page, 'method-list');
  await expect(host(page)).toHaveAttribute('data-dismissed', 'true');
  await expect(host(page).locator('section.pg-panel')).toHaveCount(0);

  // The popup offers to show the guide again; the open Security info tab follows without a reload.
  const popup = await openExtensionPage('popup.html');
  await popup.locator('[data-action="show-overlay"]').click();
  await expect(popup.locator('[data-overlay-restored]')).toBeVisible();
  await expect(popup.locator('[data-action="show-overlay"]')).toHaveCount(0);
  await expect(host(page)).not.toHaveAttribute('data-dismissed', 'true');
  await expect(host(page).locator('section.pg-panel')).toHaveCount(1);
  // The launcher opens it too.
  await host(page).locator('[data-action="dismiss"]').click();
  await host(page).locator('[data-action="open"]').click();
  await expect(host(page).locator('section.pg-panel')).toHaveCount(1);
});

test('keyboard and screen reader: Tab reaches the guide after the page, focus is visible, Enter/Space work, step changes are announced', async ({
  openSecurityInfo,
}) => {
  const page = await openSecurityInfo('replica', '/security-info');
  await expectState(page, 'method-list');
  const region = host(page).getByRole('region', { name: /Passkey Guide, step 1 of \d+/ });
  await expect(region).toBeVisible();
  const live = host(page).locator('[aria-live="polite"]');
  await expect(live).toHaveText(/^Step 1 of \d+: /);

  // The panel comes after Microsoft's own controls in the tab order (the host is the last child of <body>).
  const focusedAction = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el?.tagName !== 'PASSKEY-GUIDE-OVERLAY') return null;
      const inner = el.shadowRoot?.activeElement as HTMLElement | null;
      return inner ? { action: inner.dataset.action ?? inner.dataset.control ?? inner.tagName, outline: getComputedStyle(inner).outlineStyle } : null;
    });
  let reached: Awaited<ReturnType<typeof focusedAction>> = null;
  let pageStops = 0;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await focusedAction();
    if (!reached) pageStops++;
  }
  expect(reached, 'Tab reaches the guide').not.toBeNull();
  expect(pageStops, "the page's own controls come first").toBeGreaterThan(0);
  expect(reached!.outline, 'keyboard focus is visible').not.toBe('none');

  for (let i = 0; i < 10 && (await focusedAction())?.action !== 'all-steps'; i++) await page.keyboard.press('Tab');
  expect((await focusedAction())?.action).toBe('all-steps');
  await page.keyboard.press('Enter');
  await expect(host(page).locator('[data-action="all-steps"]')).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => host(page).locator('li[data-step]').count()).toBeGreaterThan(1);
  expect((await focusedAction())?.action, 'focus stays on the toggle').toBe('all-steps');
  await page.keyboard.press('Space');
  await expect(host(page).locator('[data-action="all-steps"]')).toHaveAttribute('aria-expanded', 'false');
  await expect(host(page).locator('li[data-step]')).toHaveCount(1);

  // The page moves on: the live region announces the new step, the label carries the counter.
  await page.getByRole('button', { name: /Add sign-in method/ }).click();
  await expectState(page, 'method-picker');
  await expect(live).toHaveText(/^Step 2 of \d+: /);
  await expect(host(page).getByRole('region', { name: /Passkey Guide, step 2 of \d+/ })).toBeVisible();
});

test('an unrecognized page still gets the guide as a plain panel, and says so', async ({ openSecurityInfo }) => {
  const page = await openSecurityInfo('loading.en');
  await expectState(page, 'unknown');
  await expect(host(page).locator('[data-note="unrecognized"]')).toBeVisible();
  await expect(host(page).locator('[data-guide] [data-step]').first()).toBeVisible();
});
