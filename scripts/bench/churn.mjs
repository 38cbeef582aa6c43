// Recognizer cost under DOM churn: a Security info method list whose page keeps inserting and removing
// thousands of nodes (one batch = one list re-render, as React does). A Chrome trace attributes the
// main-thread time to the extension (trace.mjs) per mutation batch. Then the user dismisses the overlay
// and the same churn runs again: V8 precise coverage counts every call into the content script, which
// must be zero once the observers are disconnected.
import { analyzeThread, extensionPerWindow, marks, pickMainThread, startTrace } from './trace.mjs';
import { extensionCalls, waitReady } from './pageLoad.mjs';

export const CHURN_BATCHES = 200;
const NODES_PER_BATCH = 50;

function churn(page) {
  return page.evaluate(
    ({ batches, perBatch }) =>
      new Promise((resolve) => {
        const box = document.createElement('div');
        document.body.append(box);
        let i = 0;
        const tick = () => {
          performance.mark('churn-batch');
          // One batch: remove the previous nodes, add new ones.
          box.replaceChildren(...Array.from({ length: perBatch }, (_, n) => Object.assign(document.createElement('span'), { textContent: `row ${i}-${n}` })));
          if (++i < batches) setTimeout(tick, 4);
          else setTimeout(() => requestAnimationFrame(() => setTimeout(resolve, 50)), 50);
        };
        tick();
      }),
    { batches: CHURN_BATCHES, perBatch: NODES_PER_BATCH },
  );
}

/** `def`: a page of the page set (pages.mjs) on which the overlay shows `def.overlayState`. */
export async function measureChurn(context, def, { withExtension, resetStorage = async () => {} }) {
  await resetStorage(); // a dismissal from the previous run must not carry over
  const page = await context.newPage();
  await def.route(page);
  await page.goto(def.url);
  const host = page.locator('passkey-guide-overlay');
  await waitReady(page, def.ready, withExtension ? def.overlayState : null);
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await extensionCalls(cdp);

  const stop = await startTrace(cdp);
  await churn(page);
  const events = await stop();
  const activeCalls = await extensionCalls(cdp);
  const thread = pickMainThread(events, (e) => e.name === 'churn-batch');
  const starts = marks(events, 'churn-batch');
  const end = Math.max(...events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread).map((e) => e.ts + e.dur));
  const perBatch = extensionPerWindow(events, thread, starts, end);
  const main = analyzeThread(events, thread, { fromUs: starts[0] });

  let dismissedCalls = null;
  if (withExtension) {
    await host.locator('[data-action="dismiss"]').click();
    await page.locator('passkey-guide-overlay[data-dismissed="true"]').waitFor({ state: 'attached', timeout: 5000 });
    await page.waitForTimeout(200);
    await extensionCalls(cdp);
    await churn(page);
    dismissedCalls = await extensionCalls(cdp);
  }
  await page.close();
  return {
    batches: starts.length,
    nodes: starts.length * NODES_PER_BATCH * 2,
    taskMs: main.taskMs,
    extensionMs: main.extensionMs,
    perBatchMs: perBatch,
    longTasks: main.longTasks,
    activeCalls,
    dismissedCalls,
  };
}
