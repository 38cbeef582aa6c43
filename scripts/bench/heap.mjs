// Content-script memory: the JS heap of the Security info tab after a full registration flow on the
// replica (list → picker → Passkey → create with a CDP virtual authenticator → name → success → list),
// after a forced GC. The heap is the tab's whole V8 isolate (page + content-script world), so the
// extension's share is the difference between runs with and without it.
import { addVirtualAuthenticator, routeSecurityInfo } from '../../test/harness/browser.mjs';

async function step(page, action, view) {
  await page.locator(`[data-action="${action}"]`).first().click();
  if (view) await page.locator(`body[data-replica-view="${view}"]`).waitFor({ state: 'attached', timeout: 15000 });
}

export async function measureHeapAfterFlow(context, { withExtension, resetStorage = async () => {} }) {
  await resetStorage();
  const page = await context.newPage();
  await routeSecurityInfo(page, 'replica');
  const { cdp } = await addVirtualAuthenticator(page, { transport: 'internal' });
  await page.goto('https://mysignins.microsoft.com/security-info');
  await page.locator('body[data-replica-view="list"]').waitFor({ state: 'attached', timeout: 15000 });
  const overlay = (state) =>
    withExtension ? page.locator(`passkey-guide-overlay[data-state="${state}"]`).waitFor({ state: 'attached', timeout: 15000 }) : null;
  await overlay('method-list');
  await step(page, 'open-picker', 'picker');
  await overlay('method-picker');
  await step(page, 'show-more', 'picker-all');
  await step(page, 'choose-passkey', 'setting-up');
  await overlay('wizard');
  await step(page, 'create', 'name');
  await page.locator('[role="dialog"] input').fill('Bench laptop');
  await step(page, 'save-name', 'success');
  await overlay('success');
  await step(page, 'finish', 'list');
  await overlay('method-list');
  await page.waitForTimeout(300);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return usedSize;
}
