// Page-load overhead on the replica: main-thread task time (from a Chrome trace of the page's renderer),
// long tasks and time to the replica's own "ready" marker, with the extension and without it, in the
// same session. The trace also says how much of the main-thread time is the extension's (trace.mjs).
import { routeSecurityInfo } from '../../test/harness/browser.mjs';
import { analyzeThread, cpuByCategory, pickMainThread, startTrace } from './trace.mjs';

const URL = 'https://mysignins.microsoft.com/security-info';

/**
 * Waits for the replica's own "ready" mark and, with the extension, for the overlay's first state, with ONE
 * identical page.evaluate in both browsers. (Playwright's locator.waitFor, used here before, injects Playwright's
 * own ~20 ms "injected script" into the page, and only the with-extension run did it: the benchmark charged
 * about 30 ms of main-thread CPU of the harness to the extension. Both runs now do exactly the same harness work.)
 */
export function waitReady(page, withExtension) {
  return page.evaluate(
    (overlay) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          const mark = performance.getEntriesByName('replica-ready')[0];
          const shown = !overlay || document.querySelector('passkey-guide-overlay[data-state="method-list"]');
          if (mark && shown) resolve(mark.startTime);
          else if (performance.now() - started > 15000) reject(new Error(`timed out: ready mark ${Boolean(mark)}, overlay ${Boolean(shown)}`));
          else setTimeout(check, 20);
        };
        check();
      }),
    withExtension,
  );
}

export async function measurePageLoad(context, { withExtension, settleMs = 1000 }) {
  const page = await context.newPage();
  await routeSecurityInfo(page, 'replica');
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(URL);
  const readyAt = await waitReady(page, withExtension);
  await page.waitForTimeout(settleMs); // deferred work (first overlay frame, idle callbacks) must be counted too
  const events = await stop();
  await page.close();
  const thread = pickMainThread(events, (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(URL));
  const main = analyzeThread(events, thread);
  return {
    taskMs: main.taskMs,
    extensionMs: main.extensionMs,
    byCategory: cpuByCategory(events, thread),
    readyAt,
    longTasks: main.longTasks,
    wallLongTasksWithExtension: main.wallLongTasksWithExtension,
  };
}
