// Page-load overhead on the replica: main-thread task time (from a Chrome trace of the page's renderer),
// long tasks and time to the replica's own "ready" marker, with the extension and without it, in the
// same session. The trace also says how much of the main-thread time is the extension's (trace.mjs).
import { routeSecurityInfo } from '../../test/harness/browser.mjs';
import { analyzeThread, pickMainThread, startTrace } from './trace.mjs';

const URL = 'https://mysignins.microsoft.com/security-info';

export async function measurePageLoad(context, { withExtension, settleMs = 1000 }) {
  const page = await context.newPage();
  await routeSecurityInfo(page, 'replica');
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(URL);
  const readyAt = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => {
          const mark = performance.getEntriesByName('replica-ready')[0];
          if (mark) resolve(mark.startTime);
          else setTimeout(check, 20);
        };
        check();
      }),
  );
  if (withExtension) await page.locator('passkey-guide-overlay[data-state="method-list"]').waitFor({ state: 'attached', timeout: 15000 });
  await page.waitForTimeout(settleMs); // deferred work (first overlay frame, idle callbacks) must be counted too
  const events = await stop();
  await page.close();
  const thread = pickMainThread(events, (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(URL));
  const main = analyzeThread(events, thread);
  return {
    taskMs: main.taskMs,
    extensionMs: main.extensionMs,
    readyAt,
    longTasks: main.longTasks,
    wallLongTasksWithExtension: main.wallLongTasksWithExtension,
  };
}
