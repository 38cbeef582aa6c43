// Saves each screen of the Fluent UI replica (test/fixtures/fluent-replica, built by scripts/build-replica.mjs) as a
// static page in test/fixtures/pages-2026/<name>.html, with the URL it was on in <meta name="fixture-url">. Scripts
// are removed; the markup is what Fluent UI v8 rendered (generated classes and ids included, which recognizers must
// ignore). Runs a local Chromium without network. Usage: node scripts/gen-page-fixtures-2026.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from '../test/harness/browser.mjs';
import { URLS, ensureReplica, routeMicrosoftHosts } from '../test/harness/microsoftHosts.mjs';

const OUT = resolve(import.meta.dirname, '../test/fixtures/pages-2026');

/** Security info screens reachable with ?view= (wizard screens open in a Fluent Dialog). */
const VIEWS = [
  ['method-list', 'list'],
  ['picker', 'picker'],
  ['picker-all', 'picker-all'],
  ['create-in-app', 'create-in-app'],
  ['finish-in-app', 'finish-in-app'],
  ['having-trouble', 'having-trouble'],
  ['choose-device', 'choose-device'],
  ['enable-provider', 'enable-provider'],
  ['devices-ready', 'devices-ready'],
  ['phone-type', 'phone-type'],
  ['passkey-intro', 'intro'],
  ['setting-up', 'setting-up'],
  ['name', 'name'],
  ['created', 'created'],
  ['key-type', 'key-type'],
  ['key-setting-up', 'key-setting-up'],
  ['app-install', 'app-install'],
  ['app-qr', 'app-qr'],
  ['app-added', 'app-added'],
  ['confirm-delete', 'confirm-delete'],
];

/** [name, url, optional action that leads to the screen] */
const PAGES = [];
for (const lang of ['en', 'de', 'fr']) {
  for (const [name, view] of VIEWS) {
    PAGES.push([`${name}.${lang}`, URLS.securityInfo(`lang=${lang}&delay=0&view=${view}${view === 'confirm-delete' ? '&passkey=1' : ''}`)]);
  }
  PAGES.push([`method-list-passkey.${lang}`, URLS.securityInfo(`lang=${lang}&delay=0&passkey=1`)]);
  // The WebAuthn step fails (timeout / cancel): the page shows a testid-only error bar.
  PAGES.push([
    `error-not-registered.${lang}`,
    URLS.securityInfo(`lang=${lang}&delay=0&view=setting-up&error=not-registered`),
    (p) => p.locator('[data-testid="reskin-step-next-button"]').click(),
    '[data-testid="message-bar-error"]',
  ]);
  PAGES.push([`register-name.${lang}`, URLS.register(`authMethods=32&authMethodCount=1&lang=${lang}&delay=0`)]);
  PAGES.push([`register-app.${lang}`, URLS.register(`lang=${lang}&delay=0`)]);
  PAGES.push([`register-app-added.${lang}`, URLS.register(`lang=${lang}&delay=0&view=app-added`)]);
  PAGES.push([`signin-password.${lang}`, URLS.signIn(undefined, lang)]);
  PAGES.push([`signin-proofup.${lang}`, URLS.signIn('proofup', lang)]);
  PAGES.push([`signin-prompt.${lang}`, URLS.signIn('prompt', lang)]);
  PAGES.push([`ceremony.${lang}`, URLS.ceremony(lang)]);
}
for (const lang of ['es', 'ja']) PAGES.push([`signin-proofup.${lang}`, URLS.signIn('proofup', lang)]);
PAGES.push(['signin-moreinfo.en', URLS.signIn('moreinfo')], ['signin-mfa.en', URLS.signIn('mfa')], ['signin-done.en', URLS.signIn('done')]);
PAGES.push(['loading.en', URLS.securityInfo('view=none')]);

await ensureReplica();
mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (f.endsWith('.html')) rmSync(join(OUT, f));
const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext();
await routeMicrosoftHosts(context);
const page = await context.newPage();
for (const [name, url, action, waitFor] of PAGES) {
  await page.goto(url);
  if (name !== 'loading.en')
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 1) > 0 || document.getElementById('lightbox')?.childElementCount);
  if (url.includes('/security-info') && /view=(?!list|none)/.test(url)) await page.locator('.ms-Dialog-main').first().waitFor();
  if (action) await action(page);
  if (waitFor) await page.locator(waitFor).first().waitFor();
  await page.waitForTimeout(50);
  const html = await page.evaluate((fixtureUrl) => {
    const doc = document.documentElement.cloneNode(true);
    for (const s of doc.querySelectorAll('script, link[rel="modulepreload"]')) s.remove();
    const meta = document.createElement('meta');
    meta.setAttribute('name', 'fixture-url');
    meta.setAttribute('content', fixtureUrl);
    doc.querySelector('head').append(meta);
    return `<!doctype html>\n${doc.outerHTML}\n`;
  }, page.url());
  writeFileSync(join(OUT, `${name}.html`), html);
}
await browser.close();
console.log(`wrote ${PAGES.length} fixtures to ${OUT}`);
