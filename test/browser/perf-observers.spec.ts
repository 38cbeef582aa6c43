// Performance contract (docs/performance.md): once the user dismisses the overlay, a page that keeps re-rendering
// costs the extension nothing: V8 precise coverage counts every call into the content script, and it
// stays at zero under DOM churn. While the overlay shows, the same counter sees our code run.
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';

function churn(page: Page, batches = 60): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const box = document.createElement('div');
        document.body.append(box);
        let i = 0;
        const tick = () => {
          box.replaceChildren(...Array.from({ length: 50 }, (_, k) => Object.assign(document.createElement('span'), { textContent: `row ${i}-${k}` })));
          if (++i < n) setTimeout(tick, 4);
          // Two frames after the last batch: any rAF-scheduled work of ours has run by then.
          else requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        };
        tick();
      }),
    batches,
  );
}

async function contentScriptCalls(cdp: CDPSession): Promise<number> {
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  return result
    .filter((script) => script.url.startsWith('chrome-extension://'))
    .flatMap((script) => script.functions)
    .reduce((sum, fn) => sum + (fn.ranges[0]?.count ?? 0), 0);
}

test('dismissed overlay: its observers are disconnected, DOM churn runs none of our code', async ({ openSecurityInfo, context }) => {
  const page = await openSecurityInfo('method-list.en');
  const host = page.locator('passkey-guide-overlay');
  await expect(host).toHaveAttribute('data-state', 'method-list');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });

  await contentScriptCalls(cdp); // reset the counters
  await churn(page);
  expect(await contentScriptCalls(cdp)).toBeGreaterThan(0);

  await host.locator('[data-action="dismiss"]').click();
  await expect(host).toHaveAttribute('data-dismissed', 'true');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await contentScriptCalls(cdp);
  await churn(page);
  expect(await contentScriptCalls(cdp)).toBe(0);
});
