/**
 * The passkey ceremony can bounce the tab through login.microsoftonline.com and back (a new page
 * load of Security info). The overlay keeps the user's place (guide + step index, nothing personal)
 * in extension storage and resumes it. The content script runs on the sign-in hosts only for the passkey
 * prompt and the ceremony: the fake "Stay signed in?" page below must stay untouched.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { authenticatorWizardToReminder, expectState, host } from './replicaFlow';

const LOGIN = 'https://login.microsoftonline.com';

/** The highlighted guide step: its id and its position in the guide ("Step N of M" in the region's name). */
async function currentStep(page: Page): Promise<{ id: string | null; index: number }> {
  const current = host(page).locator('[data-guide] > li[data-step][aria-current="step"]');
  await expect(current).toHaveCount(1);
  const label = (await host(page).locator('section.pg-panel').getAttribute('aria-label')) ?? '';
  const n = Number(/step (\d+) of/.exec(label)?.[1] ?? 'NaN');
  return { id: await current.getAttribute('data-step'), index: n - 1 };
}

test('the place in the wizard survives a bounce through login.microsoftonline.com', async ({ context, openSecurityInfo }) => {
  const page = await openSecurityInfo('replica', '/security-info');
  // A fake Microsoft sign-in page that sends the user back, as the real redirect does.
  await page.route(`${LOGIN}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><title>Sign in to your account</title><h1>Stay signed in?</h1><a id="idSIButton9" href="https://mysignins.microsoft.com/security-info">Yes</a></html>',
    }),
  );

  await expectState(page, 'method-list');
  await expect(host(page).locator('[data-note="resumed"]')).toHaveCount(0);
  expect((await currentStep(page)).index).toBe(0);

  await authenticatorWizardToReminder(page);
  const guide = await host(page).getAttribute('data-guide');
  const before = await currentStep(page);
  expect(before.index, 'the wizard has moved past the first step').toBeGreaterThan(0);
  // The place is in extension storage (guide and step index only: nothing personal) before the tab leaves.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  type Chrome = {
    chrome: {
      storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
      runtime: { getManifest(): { content_scripts?: { matches?: string[] }[]; host_permissions?: string[] } };
    };
  };
  await expect
    .poll(() => worker.evaluate(async () => (await (globalThis as unknown as Chrome).chrome.storage.local.get('pg:wizard-place'))['pg:wizard-place']))
    .toMatchObject({ guide, index: before.index });
  const stored = await worker.evaluate(async () => (await (globalThis as unknown as Chrome).chrome.storage.local.get('pg:wizard-place'))['pg:wizard-place']);
  expect(Object.keys(stored as object).sort()).toEqual(['guide', 'index', 'savedAt']);
  // The content script matches the sign-in hosts (for the passkey prompt and the ceremony) and nothing else.
  const manifest = await worker.evaluate(() => (globalThis as unknown as Chrome).chrome.runtime.getManifest());
  const hosts = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []).sort();
  expect(hosts).toEqual(['https://login.microsoft.com/*', 'https://login.microsoftonline.com/*', 'https://mysignins.microsoft.com/*']);
  expect(manifest.host_permissions ?? []).toEqual([]);

  // Bounce: Microsoft sends the tab to the sign-in page, then back to Security info.
  await page.goto(`${LOGIN}/common/oauth2/v2.0/authorize?client_id=x&redirect_uri=https%3A%2F%2Fmysignins.microsoft.com`);
  await expect(page.getByRole('heading', { name: 'Stay signed in?' })).toBeVisible();
  // Not a registration page: the overlay stays away.
  await expect(page.locator('passkey-guide-overlay')).toHaveCount(0);
  await page.getByRole('link', { name: 'Yes' }).click();
  await expect(page).toHaveURL(/mysignins\.microsoft\.com\/security-info/);
  await expectState(page, 'method-list');

  // Same guide, same step, and the page's way back in is spotlighted.
  await expect(host(page)).toHaveAttribute('data-guide', guide ?? '');
  expect(await currentStep(page)).toEqual(before);
  await expect(host(page).locator('[data-note="resumed"]')).toContainText(`step ${before.index + 1} of`);
  await expect(host(page)).toHaveAttribute('data-target', 'add-method');

  // The page moves on: the page leads again and the note goes away.
  await page.getByRole('button', { name: /Add sign-in method/ }).click();
  await expectState(page, 'method-picker', 'recommended');
  await expect(host(page).locator('[data-note="resumed"]')).toHaveCount(0);
  expect((await currentStep(page)).index).toBeLessThan(before.index);
});
