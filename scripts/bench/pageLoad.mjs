// Page-load overhead on the replica: main-thread task time, long tasks and time to the replica's own
// "ready" marker, with the extension and without it, in the same session.
import { routeSecurityInfo } from '../../test/harness/browser.mjs';

const READY = () =>
  new Promise((resolve) => {
    const done = () => resolve(performance.getEntriesByName('replica-ready')[0]?.startTime ?? performance.now());
    if (document.body?.dataset.replicaReady) return done();
    const observer = new MutationObserver(() => {
      if (document.body?.dataset.replicaReady) {
        observer.disconnect();
        done();
      }
    });
    observer.observe(document.documentElement, { attributes: true, subtree: true });
  });

export async function measurePageLoad(context, { withExtension, settleMs = 1500 }) {
  const page = await context.newPage();
  await routeSecurityInfo(page, 'replica');
  // Long tasks are buffered from navigation start, so nothing is missed before the observer exists.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto('https://mysignins.microsoft.com/security-info');
  const readyAt = await page.evaluate(READY);
  if (withExtension) await page.locator('passkey-guide-overlay').waitFor({ state: 'attached', timeout: 15000 });
  await page.waitForTimeout(settleMs); // idle work (deferred overlay rendering) must be counted too
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const longTasks = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const list = [];
        const observer = new PerformanceObserver((entries) => list.push(...entries.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(list);
        }, 50);
      }),
  );
  const heap = metric('JSHeapUsedSize');
  await page.close();
  return { taskMs: metric('TaskDuration') * 1000, scriptMs: metric('ScriptDuration') * 1000, readyAt, longTasks, heap };
}
