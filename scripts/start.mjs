#!/usr/bin/env node
// `npm start`: build the extension and the Fluent UI replica, then open Chromium/Chrome/Edge with the extension on
// the replica of Security info and of Microsoft's passkey prompt at sign-in (served on their real URLs, as the tests
// do) plus the companion page. Without a display it runs headless and writes screenshots instead.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, extensionIdOf, launchBrowser } from '../test/harness/browser.mjs';
import { URLS, ensureReplica, routeMicrosoftHosts } from '../test/harness/microsoftHosts.mjs';

const headless = !process.env.DISPLAY && process.platform === 'linux';
const outDir = join(ROOT, 'screenshots-out');

console.log('Building the extension…');
execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
console.log("Building the replica of Microsoft's pages…");
await ensureReplica();

const context = await launchBrowser({ headless });
const extensionId = await extensionIdOf(context);
await routeMicrosoftHosts(context);

// Where most employees start since passkeys became the default: the prompt at sign-in.
const prompt = await context.newPage();
await prompt.goto(URLS.signIn('prompt'));
const securityInfo = await context.newPage();
await securityInfo.goto(URLS.securityInfo());
const guide = await context.newPage();
await guide.goto(`chrome-extension://${extensionId}/guide.html`);

if (!headless) {
  await securityInfo.bringToFront();
  console.log('Chromium is open with Passkey Guide on replicas of Security info and the sign-in prompt. Close the browser to stop.');
  await new Promise((resolve) => context.on('close', resolve));
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
// A background tab runs no animation frames: bring Security info to the front before the picture.
await securityInfo.bringToFront();
await securityInfo.locator('passkey-guide-overlay[data-target]').waitFor({ state: 'attached', timeout: 15000 });
await securityInfo.waitForTimeout(500); // let the late-rendering replica and the overlay settle for the picture
await securityInfo.screenshot({ path: join(outDir, 'overlay.png') });
await prompt.bringToFront();
await prompt.locator('passkey-guide-overlay[data-state="sign-in-prompt"]').waitFor({ state: 'attached', timeout: 15000 });
await prompt.waitForTimeout(500);
await prompt.screenshot({ path: join(outDir, 'sign-in-prompt.png') });
await guide.screenshot({ path: join(outDir, 'companion.png'), fullPage: true });
const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
await popup.waitForLoadState('networkidle');
await popup.screenshot({ path: join(outDir, 'popup.png') });
await context.close();
console.log(`No display: wrote overlay.png, sign-in-prompt.png, popup.png and companion.png to ${outDir}`);
