import { addVirtualAuthenticator, expect, test } from '../harness/fixtures';

test('the install hook opens the welcome page once', async ({ welcomeUrl, extensionId }) => {
  expect(welcomeUrl).toBe(`chrome-extension://${extensionId}/guide.html?welcome=1`);
});

test('the overlay mounts one open-shadow host on the Security info page and names the state', async ({ openSecurityInfo }) => {
  const page = await openSecurityInfo('method-list.en');
  const host = page.locator('passkey-guide-overlay');
  await expect(host).toHaveAttribute('data-state', 'method-list');
  await expect(host).toHaveCount(1);
  expect(await host.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
  // Page CSS must not reach into the shadow root: a hostile page rule leaves the panel's font alone.
  await page.addStyleTag({ content: '* { font-family: "Comic Sans MS" !important; color: red !important; }' });
  const panelColor = await host.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('section')!).color);
  expect(panelColor).not.toBe('rgb(255, 0, 0)');
});

test('the popup reports no platform authenticator without one', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('[data-capability="webauthn"]')).toHaveAttribute('data-value', 'yes');
  await expect(popup.locator('[data-capability="platformAuthenticator"]')).toHaveAttribute('data-value', 'no');
});

test('the popup reports a platform authenticator when the tab has a virtual internal one', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await addVirtualAuthenticator(popup, { transport: 'internal' });
  await popup.reload();
  await expect(popup.locator('[data-capability="platformAuthenticator"]')).toHaveAttribute('data-value', 'yes');
});

test('the companion page renders as an extension page', async ({ openExtensionPage }) => {
  const guide = await openExtensionPage('guide.html');
  await expect(guide.locator('h1')).not.toBeEmpty();
});
