/**
 * Shared steps for driving the interactive Security info replica with the overlay present: the
 * overlay's host and the page's dialog, the data-state/data-step contract, and the common start of the
 * Authenticator passkey wizard (list → picker → install → device → provider → reminder).
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../harness/fixtures';

export const host = (page: Page) => page.locator('passkey-guide-overlay');
export const dialog = (page: Page) => page.getByRole('dialog');

export async function expectState(page: Page, state: string, step?: string) {
  await expect(host(page)).toHaveAttribute('data-state', state);
  if (step) await expect(host(page)).toHaveAttribute('data-step', step);
}

/** From the method list to the Authenticator wizard's "save it in Authenticator" reminder, on Android, through the page's own buttons. */
export async function authenticatorWizardToReminder(page: Page) {
  await page.getByRole('button', { name: /Add sign-in method/ }).click();
  await expectState(page, 'method-picker', 'recommended');
  await dialog(page).getByRole('option', { name: 'Passkey in Microsoft Authenticator' }).click();
  await expectState(page, 'wizard', 'install-authenticator');
  await dialog(page).getByRole('button', { name: 'Next' }).click();
  await expectState(page, 'wizard', 'choose-device');
  await dialog(page).getByRole('button', { name: 'Android' }).click();
  await expectState(page, 'wizard', 'enable-provider');
  await dialog(page).getByRole('button', { name: 'Continue' }).click();
  await expectState(page, 'wizard', 'reminder');
}

/** The spotlight frames the page's own control (within its 4 px margin), once any move has settled. */
export async function expectSpotlightOn(page: Page, control: Locator) {
  const target = await control.boundingBox();
  expect(target, 'the control is on screen').not.toBeNull();
  await expect
    .poll(async () => {
      const spot = await host(page).evaluate((el) => {
        const s = el.shadowRoot?.querySelector<HTMLElement>('.pg-spot');
        if (!s || s.hidden) return null;
        const r = s.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      if (!spot || !target) return 'no spotlight';
      const off = Math.max(
        Math.abs(spot.x + 4 - target.x),
        Math.abs(spot.y + 4 - target.y),
        Math.abs(spot.width - 8 - target.width),
        Math.abs(spot.height - 8 - target.height),
      );
      return off <= 2 ? 'on the control' : `off by ${Math.round(off)} px`;
    })
    .toBe('on the control');
}
