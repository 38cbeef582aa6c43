/**
 * The guide stays reachable by assistive technology while Microsoft's real Fluent UI Dialog is open.
 * Fluent's modal marks every other child of <body> aria-hidden (modalize()) and sets aria-modal on the dialog,
 * which hides everything outside it from the accessibility tree. The overlay moves its own host into the
 * dialog's focus-trap zone and keeps aria-hidden off it; the page's own elements keep what Fluent set.
 * Proved on Chromium's real accessibility tree (CDP Accessibility.getFullAXTree) on the @fluentui/react replica.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { ensureReplica, routeMicrosoftHosts, URLS } from '../harness/microsoftHosts.mjs';

test.beforeAll(async () => {
  await ensureReplica();
});

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
}

/** Our controls as Chromium exposes them to screen readers (ignored nodes excluded). */
async function exposed(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.name?.value).map((n) => `${n.role?.value}: ${n.name!.value}`);
}

test('a real Fluent Dialog is open: the guide is still in the accessibility tree, page elements keep Fluent’s aria-hidden', async ({ context }) => {
  await routeMicrosoftHosts(context);
  const page = await context.newPage();
  await page.goto(URLS.securityInfo('view=list'));
  const host = page.locator('passkey-guide-overlay');
  await expect(host).toHaveAttribute('data-state', 'method-list');
  expect(await exposed(page)).toContain('button: Hide for now');

  // Open the real Fluent Dialog through the page's own button.
  await page.getByRole('button', { name: /Add sign-in method/ }).click();
  await expect(host).toHaveAttribute('data-state', 'method-picker');
  // Fluent's modalize() ran: the page's root is aria-hidden, the dialog is aria-modal.
  await expect(page.locator('body > #root')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.locator('[aria-modal="true"]')).toHaveCount(1);

  // Chromium's accessibility tree: the guide's region and buttons are exposed while the dialog is open…
  await expect.poll(() => exposed(page)).toContain('button: Hide for now');
  // Our host: never aria-hidden, no aria-hidden ancestor, inside the modal.
  await expect
    .poll(() =>
      host.evaluate((el) => {
        const hidden: string[] = [];
        for (let n: Element | null = el; n; n = n.parentElement) if (n.getAttribute('aria-hidden') === 'true') hidden.push(n.tagName);
        return { hidden, inModal: !!el.closest('[aria-modal="true"]') };
      }),
    )
    .toEqual({ hidden: [], inModal: true });
  const tree = await exposed(page);
  expect(tree.some((n) => /^region: Passkey Guide, step \d+ of \d+/.test(n))).toBe(true);
  // …and the page behind the dialog is still hidden as Fluent wants it (we changed none of the page's elements).
  expect(tree).not.toContain('button: Add sign-in method');
  await expect(page.locator('body > #root')).toHaveAttribute('aria-hidden', 'true');
  // The guide's own buttons still work inside the focus trap.
  await host.getByRole('button', { name: 'All steps' }).click();
  await expect(host.locator('[data-action="all-steps"]')).toHaveAttribute('aria-expanded', 'true');

  // The dialog closes: our host goes back to <body>, nothing of ours is left inside Microsoft's nodes.
  await page.keyboard.press('Escape');
  await expect(page.locator('[aria-modal="true"]')).toHaveCount(0);
  await expect(host).toHaveAttribute('data-state', 'method-list');
  await expect.poll(() => host.evaluate((el) => el.parentElement?.tagName)).toBe('BODY');
  await expect(host).not.toHaveAttribute('aria-hidden', 'true');
  expect(await exposed(page)).toContain('button: Add sign-in method');
});
