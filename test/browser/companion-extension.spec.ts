/** The companion page inside the extension (/guide.html): welcome, and guided-link carry-through to the overlay. */
import { expect, test } from '../harness/fixtures';
import { readStoredGuidedChoice } from '../../core/guidedLink';
import { STORAGE_KEYS } from '../../core/storageKeys';

test('the install welcome page: the organization installed it, what it does and does not see, then the guide', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('guide.html?welcome=1');
  await expect(page.locator('[data-welcome] h2')).toHaveText('Your organization installed Passkey Guide in this browser');
  await expect(page.locator('[data-first-run="sees"]')).toContainText('only which step you are on');
  await expect(page.locator('[data-first-run="does-not"]')).toContainText('does not see your password, your passkey');
  // The next action follows at once; the capability table waits, collapsed, under "Details for IT".
  await expect(page.locator('main [data-guide]')).toHaveCount(1);
  await expect(page.locator('details[data-details="it"]')).not.toHaveAttribute('open', '');
  await expect(page.locator('[data-link-problems]')).toHaveCount(0);
});

test('a guided link opened in the extension stores its validated choice for the overlay', async ({ context, openExtensionPage }) => {
  const page = await openExtensionPage('guide.html?v=1&g=security-key&lang=ja&org=Contoso&tenant=contoso.com&wp=0&org2=%3Cscript%3E');
  await expect(page.locator('[data-guide]')).toHaveAttribute('data-guide', 'security-key');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('[data-problem="unknown-param"]')).toHaveAttribute('data-param', 'org2');
  // Open Security info with the link's tenant.
  await expect(page.locator('[data-action="open-security-info"]')).toHaveAttribute(
    'href',
    /^https:\/\/mysignins\.microsoft\.com\/security-info\?tenant=contoso\.com$/,
  );
  const [worker] = context.serviceWorkers();
  const readStored = (key: string) =>
    worker!.evaluate(
      (k) => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k),
      key,
    );
  await expect
    .poll(async () => readStoredGuidedChoice((await readStored(STORAGE_KEYS.guidedChoice))[STORAGE_KEYS.guidedChoice])?.choice)
    .toEqual({ guide: 'security-key', workProfile: 'no', lang: 'ja', org: 'Contoso', tenant: 'contoso.com', helpDesk: null });
});
