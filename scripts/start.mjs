#!/usr/bin/env node
// `npm start`: build the extension, then open Chromium/Chrome/Edge with it on the built-in replica of
// the Security info page (served on its real URL, as the tests do) plus the companion page.
// Without a display it runs headless and writes screenshots instead.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, extensionIdOf, launchBrowser, routeSecurityInfo } from '../test/harness/browser.mjs';

const headless = !process.env.DISPLAY && process.platform === 'linux';
const outDir = join(ROOT, 'screenshots-out');

console.log('Building the extension…');
execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });

const context = await launchBrowser({ headless });
const extensionId = await extensionIdOf(context);
await routeSecurityInfo(context, 'replica');

const securityInfo = await context.newPage();
await securityInfo.goto('https://mysignins.microsoft.com/security-info');
const guide = await context.newPage();
await guide.goto(`chrome-extension://${extensionId}/guide.html`);

if (!headless) {
  await securityInfo.bringToFront();
  console.log('Chromium is open with Passkey Guide on a replica of Security info. Close the browser to stop.');
  await new Promise((resolve) => context.on('close', resolve));
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
// A background tab runs no animation frames: bring Security info to the front before the picture.
await securityInfo.bringToFront();
await securityInfo.locator('passkey-guide-overlay[data-target]').waitFor({ state: 'attached', timeout: 15000 });
await securityInfo.waitForTimeout(500); // let the late-rendering replica and the overlay settle for the picture
await securityInfo.screenshot({ path: join(outDir, 'overlay.png') });
await guide.screenshot({ path: join(outDir, 'companion.png'), fullPage: true });
const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
await popup.waitForLoadState('networkidle');
await popup.screenshot({ path: join(outDir, 'popup.png') });
await context.close();
console.log(`No display: wrote overlay.png, popup.png and companion.png to ${outDir}`);
