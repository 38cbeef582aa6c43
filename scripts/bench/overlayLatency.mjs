// Overlay latency: the page swaps in the markup of the next state (method picker, wizard step, error,
// back to the list), and we time from that insertion to <passkey-guide-overlay> reflecting it.
// Both timestamps are taken in the page, so Playwright's round trips are not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../test/harness/browser.mjs';

const STAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Security info</title></head><body><div id="root"></div></body></html>`;

function bodyOf(name) {
  const html = readFileSync(join(FIXTURES, 'pages', `${name}.html`), 'utf8');
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

export const LATENCY_STATES = [
  ['method-picker.en', 'method-picker'],
  ['wizard-choose-connection.en', 'wizard'],
  ['error-not-registered.en', 'error'],
  ['method-list.en', 'method-list'],
];

export async function measureOverlayLatency(context, { rounds = 10, withExtension = true } = {}) {
  const bodies = LATENCY_STATES.map(([name, state]) => ({ name, state, html: bodyOf(name) }));
  const page = await context.newPage();
  await page.route('https://mysignins.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: STAGE }),
  );
  await page.goto('https://mysignins.microsoft.com/security-info');
  await page.evaluate((html) => (document.getElementById('root').innerHTML = html), bodyOf('method-list.en'));
  if (withExtension) await page.locator('passkey-guide-overlay[data-state="method-list"]').waitFor({ state: 'attached', timeout: 15000 });
  const samples = {};
  for (let round = 0; round < rounds; round++) {
    for (const { name, state, html } of bodies) {
      const ms = await page.evaluate(
        ({ html, state }) =>
          new Promise((resolve, reject) => {
            const host = document.querySelector('passkey-guide-overlay');
            const timer = setTimeout(() => reject(new Error(`overlay never showed ${state}`)), 5000);
            const observer = new MutationObserver(() => {
              if (host.getAttribute('data-state') === state) {
                observer.disconnect();
                clearTimeout(timer);
                resolve(performance.now() - start);
              }
            });
            observer.observe(host, { attributes: true });
            const start = performance.now();
            document.getElementById('root').innerHTML = html;
          }),
        { html, state },
      );
      (samples[name] ??= []).push(ms);
    }
  }
  const heap = await (async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  })();
  await page.close();
  return { samples, heap };
}
