/**
 * The overlay in each state of the Security info page (the replica, started on a view), at desktop (1280×800)
 * and narrow (390×844) widths, in English and German, plus Arabic (right to left, mirrored).
 * Checks what a person would see: the spotlight sits on the control to use next and the panel
 * never covers it, nothing in the panel overflows. Screenshots go to .cache/screenshots, or to
 * PG_SCREENSHOTS (run once with PG_SCREENSHOTS=docs/screenshots to update the docs).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';

const WIDTHS = { desktop: { width: 1280, height: 800 }, narrow: { width: 390, height: 844 } } as const;
const OUT = process.env.PG_SCREENSHOTS ?? '.cache/screenshots';

/** [screenshot name, replica view query, expected data-state, expected data-target or null]. Order matters: success clears the saved place. */
const STATES: [string, string, string, string | null][] = [
  ['unknown', 'view=none', 'unknown', null],
  ['method-list', 'view=list', 'method-list', 'add-method'],
  ['method-picker', 'view=picker', 'method-picker', 'picker-authenticator-passkey'],
  ['wizard-qr', 'view=qr', 'wizard', 'wizard-next'],
  ['wizard-usb-nfc', 'view=usb-nfc', 'wizard', 'wizard-usb'],
  ['wizard-name', 'view=name', 'wizard', 'wizard-name-field'],
  ['error', 'view=error&error=not-registered', 'error', 'error-retry'],
  ['success', 'view=success', 'success', 'wizard-done'],
];

async function setStoredLanguage(page: Page, lang: string) {
  type Chrome = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
  await page.evaluate((l) => (globalThis as unknown as Chrome).chrome.storage.local.set({ 'pg:language': l }), lang);
}

/** Waits until the overlay has handled the resize (it repositions on the next animation frame). */
async function settled(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Geometry problems: panel over the spotlight, spotlight off screen, panel wider than the window, text overflow. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.locator('passkey-guide-overlay').evaluate((host) => {
    const root = host.shadowRoot!;
    const problems: string[] = [];
    const panel = root.querySelector('.pg-panel')!.getBoundingClientRect();
    const spotEl = root.querySelector<HTMLElement>('.pg-spot');
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    if (panel.left < 0 || panel.right > vw + 0.5) problems.push(`panel outside the window: ${panel.left}..${panel.right} of ${vw}`);
    if (spotEl && !spotEl.hidden) {
      const spot = spotEl.getBoundingClientRect();
      const overlaps = spot.left < panel.right && spot.right > panel.left && spot.top < panel.bottom && spot.bottom > panel.top;
      if (overlaps) problems.push(`panel covers the spotlighted control: spot ${Math.round(spot.top)}..${Math.round(spot.bottom)}, panel ${Math.round(panel.top)}..${Math.round(panel.bottom)}`);
      if (spot.bottom < 0 || spot.top > vh) problems.push('spotlight off screen');
    }
    for (const el of root.querySelectorAll<HTMLElement>('.pg-panel *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.clientWidth <= 1 || el.tagName === 'SELECT' || el.tagName === 'OPTION') continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> overflows`);
    }
    return problems;
  });
}

for (const lang of ['en', 'de'] as const) {
  test(`overlay states in ${lang}, desktop and narrow: spotlight on the control, panel never covers it`, async ({ openExtensionPage, openSecurityInfo }) => {
    const ext = await openExtensionPage('guide.html');
    await setStoredLanguage(ext, lang);
    for (const [name, query, state, target] of STATES) {
      const page = await openSecurityInfo('replica', `/security-info?lang=${lang}&delay=0&${query}`);
      const host = page.locator('passkey-guide-overlay');
      await expect(host).toHaveAttribute('data-state', state);
      await expect(host.locator('section.pg-panel')).toHaveAttribute('lang', lang);
      for (const [width, size] of Object.entries(WIDTHS)) {
        await page.setViewportSize(size);
        await settled(page);
        if (target) await expect(host, `${name} ${width}`).toHaveAttribute('data-target', target);
        else await expect(host).not.toHaveAttribute('data-target', /.+/);
        await expect.soft(async () => expect(await layoutProblems(page)).toEqual([]), `${name} ${lang} ${width}`).toPass({ timeout: 3000 });
        // What the user needs now is on screen in the panel: the error's help, else the current step.
        const needed = host.locator(state === 'error' ? '.pg-error' : '[aria-current="step"]');
        await expect(needed).toBeInViewport();
        await page.screenshot({ path: `${OUT}/overlay-${name}-${lang}-${width}.png`, animations: 'disabled', scale: 'css' });
      }
      await page.close();
    }
  });
}

test('Arabic: the panel is right to left and mirrored to the left side', async ({ openExtensionPage, openSecurityInfo }) => {
  const ext = await openExtensionPage('guide.html');
  await setStoredLanguage(ext, 'ar');
  const page = await openSecurityInfo('replica', '/security-info?lang=ar&delay=0&view=picker');
  const host = page.locator('passkey-guide-overlay');
  await expect(host).toHaveAttribute('data-state', 'method-picker');
  await expect(host).toHaveAttribute('data-target', 'picker-authenticator-passkey');
  const panel = host.locator('section.pg-panel');
  await expect(panel).toHaveAttribute('dir', 'rtl');
  await expect(panel).toHaveAttribute('lang', 'ar');
  const box = (await panel.boundingBox())!;
  expect(box.x + box.width / 2, 'panel on the left (inline end in RTL)').toBeLessThan(640);
  // The step list's numbers sit on the right: its start padding is on the right in RTL.
  const list = panel.locator('.pg-steps');
  expect(await list.evaluate((el) => getComputedStyle(el).paddingRight)).not.toBe('0px');
  await expect.poll(() => layoutProblems(page)).toEqual([]);
  await page.screenshot({ path: `${OUT}/overlay-method-picker-ar-desktop.png`, animations: 'disabled', scale: 'css' });
});
