// Overlay latency: the page swaps in the markup of the next state (method picker, wizard step, error,
// back to the list), and we time from that insertion to <passkey-guide-overlay> reflecting it: the page's
// own MutationObserver sees the new data-state once the overlay's update (recognition and panel render,
// on the next animation frame) has finished. Both timestamps are taken in the page, so Playwright's
// round trips are not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../test/harness/browser.mjs';

const STAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Security info</title></head><body><div id="stage"></div></body></html>`;

function bodyOf(name) {
  const html = readFileSync(join(FIXTURES, 'pages', `${name}.html`), 'utf8');
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

// [fixture, the data-state the overlay must show]; each differs from the one before it.
export const LATENCY_STATES = [
  ['method-picker.en', 'method-picker'],
  ['wizard-device.en', 'wizard'],
  ['error-not-registered.en', 'error'],
  ['method-list.en', 'method-list'],
];

export async function measureOverlayLatency(context, { rounds = 10, resetStorage = async () => {} } = {}) {
  await resetStorage();
  const bodies = LATENCY_STATES.map(([name, state]) => ({ name, state, html: bodyOf(name) }));
  const page = await context.newPage();
  await page.route('https://mysignins.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: STAGE }),
  );
  await page.goto('https://mysignins.microsoft.com/security-info');
  await page.evaluate((html) => (document.getElementById('stage').innerHTML = html), bodyOf('method-list.en'));
  await page.locator('passkey-guide-overlay[data-state="method-list"]').waitFor({ state: 'attached', timeout: 15000 });
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
            document.getElementById('stage').innerHTML = html;
          }),
        { html, state },
      );
      (samples[name] ??= []).push(ms);
    }
  }
  await page.close();
  return { samples };
}
