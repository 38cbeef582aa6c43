// "No unused locale data in the content script beyond the active language":
//  1. static: the content-script bundle contains none of our messages, in any language (its strings
//     come from the service worker at start-up);
//  2. dynamic: the pg:overlay-bootstrap reply, requested from the content script's own isolated world
//     for each language, carries only that language's strings (every one equal to the same key in
//     locales/<lang>.json; none that exists only in another language).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../test/harness/browser.mjs';

export const LANGS = readdirSync(join(ROOT, 'locales'))
  .filter((f) => /^[a-z]{2}\.json$/.test(f))
  .map((f) => f.slice(0, 2));

const locale = (lang) => JSON.parse(readFileSync(join(ROOT, 'locales', `${lang}.json`), 'utf8'));

/** The locale files as built: read right after the build, so later edits in the tree don't count. */
export function snapshotLocales() {
  return Object.fromEntries(LANGS.map((l) => [l, { messages: locale(l), bytes: Buffer.byteLength(readFileSync(join(ROOT, 'locales', `${l}.json`))) }]));
}

function leaves(obj, prefix = '', out = new Map()) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else if (v && typeof v === 'object') leaves(v, path, out);
  }
  return out;
}

/** Our messages of 20+ characters found in the bundle (shorter ones are the product name or Microsoft's own UI terms, which the page recognizer needs as data). */
export function messagesInBundle(extDir) {
  const dir = join(extDir, 'content-scripts');
  const code = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const found = {};
  for (const lang of LANGS) {
    const hits = [...leaves(locale(lang)).values()].filter((s) => s.length >= 20 && code.includes(JSON.stringify(s).slice(1, -1)));
    found[lang] = hits.length;
  }
  return found;
}

/** Asks the service worker for the overlay's strings from the content script's world, per language. */
export async function bootstrapPayloads(context, snapshot = snapshotLocales()) {
  const page = await context.newPage();
  await page.route('https://mysignins.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="en"><body><h1>Security info</h1></body></html>' }),
  );
  const cdp = await context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto('https://mysignins.microsoft.com/security-info');
  await page.locator('passkey-guide-overlay').waitFor({ state: 'attached', timeout: 15000 });
  const world = worlds.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://')).at(-1);
  if (!world) throw new Error('the content script world was not found');
  const all = Object.fromEntries(LANGS.map((l) => [l, leaves(snapshot[l].messages)]));
  const allBytes = LANGS.reduce((sum, l) => sum + snapshot[l].bytes, 0);
  const result = {};
  for (const lang of LANGS) {
    const { result: r, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `chrome.runtime.sendMessage({ type: 'pg:overlay-bootstrap', lang: ${JSON.stringify(lang)} }).then((b) => JSON.stringify(b))`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`bootstrap failed: ${exceptionDetails.text}`);
    const boot = JSON.parse(r.value);
    const got = leaves(boot.messages);
    const notActive = [];
    const otherLanguageOnly = [];
    for (const [path, text] of got) {
      if (all[lang].get(path) !== text) notActive.push(path);
      if (![...all[lang].values()].includes(text) && LANGS.some((l) => l !== lang && [...all[l].values()].includes(text))) otherLanguageOnly.push(path);
    }
    result[lang] = {
      replyLang: boot.lang,
      strings: got.size,
      ofActiveLanguage: all[lang].size,
      bytes: Buffer.byteLength(JSON.stringify(boot.messages)),
      notFromActiveLanguage: notActive.length,
      otherLanguageOnly: otherLanguageOnly.length,
      examples: [...new Set([...notActive, ...otherLanguageOnly])].slice(0, 5),
    };
  }
  await page.close();
  return { perLanguage: result, allLocaleBytes: allBytes };
}
