// Page-load cost on one page of the page set (pages.mjs): main-thread CPU time (from a Chrome trace of the
// page's renderer), split by kind of work, long tasks, and time to the page's own "ready" point, in one of
// the three browsers (variants.mjs: without, floor, with). The trace also says how much of the main-thread
// time is the extension's (trace.mjs).
import { analyzeThread, cpuByCategory, pickMainThread, startTrace } from './trace.mjs';

/**
 * Waits for the page's own "ready" point and, when `overlayState` is given (with the extension), for the
 * overlay's state, with ONE identical page.evaluate in every browser. (Playwright's locator.waitFor injects
 * Playwright's own ~20 ms "injected script" into the page; used in one variant only, it was charged to the
 * extension.) Returns { at: ready time (ms since navigation start), by: 'mark' | 'selector' } (a selector is polled
 * every 20 ms: good enough to start measuring, too coarse for a time-to-ready ratio).
 */
export function waitReady(page, ready, overlayState) {
  return page.evaluate(
    ({ ready, overlayState }) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        let readyAt = null;
        let by = null;
        const check = () => {
          if (readyAt === null) {
            const mark = ready.mark ? performance.getEntriesByName(ready.mark)[0] : null;
            if (mark) [readyAt, by] = [mark.startTime, 'mark'];
            else if (ready.selector && document.querySelector(ready.selector)) [readyAt, by] = [performance.now(), 'selector'];
          }
          const host = document.querySelector('passkey-guide-overlay');
          const state = host?.getAttribute('data-state') ?? null;
          // The expected state; or, 4 s after ready, whatever state the overlay settled on (reported, not waited for).
          const shown = !overlayState || state === overlayState || (state !== null && readyAt !== null && performance.now() - readyAt > 4000);
          if (readyAt !== null && shown) resolve({ at: readyAt, by });
          else if (performance.now() - started > 15000)
            reject(new Error(`timed out: ready ${readyAt !== null}, overlay ${state ?? 'absent'} (want ${overlayState})`));
          else setTimeout(check, 20);
        };
        check();
      }),
    { ready, overlayState },
  );
}

/** Calls into chrome-extension:// scripts since the last take (precise coverage resets on each take). */
export async function extensionCalls(cdp) {
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  let calls = 0;
  for (const script of result) {
    if (!script.url.startsWith('chrome-extension://')) continue;
    for (const fn of script.functions) calls += fn.ranges[0]?.count ?? 0;
  }
  return calls;
}

/**
 * What a page does for a while after it has loaded, as far as an observer could notice: nodes in and out,
 * the attributes our recognizer watches, scroll and resize, and an in-app navigation (pushState).
 */
export function pokePage(page, batches = 60) {
  return page.evaluate(
    (batches) =>
      new Promise((resolve) => {
        const box = document.createElement('div');
        document.body.append(box);
        let i = 0;
        const tick = () => {
          box.replaceChildren(...Array.from({ length: 20 }, (_, n) => Object.assign(document.createElement('span'), { textContent: `row ${i}-${n}` })));
          box.toggleAttribute('hidden', i % 2 === 1);
          box.setAttribute('aria-busy', String(i % 2 === 0));
          window.dispatchEvent(new Event('scroll'));
          window.dispatchEvent(new Event('resize'));
          if (i === Math.floor(batches / 2)) history.pushState({}, '', `${location.pathname}?bench=${i}`);
          if (++i < batches) setTimeout(tick, 4);
          else
            requestAnimationFrame(() =>
              setTimeout(() => {
                box.remove();
                resolve();
              }, 50),
            );
        };
        tick();
      }),
    batches,
  );
}

/**
 * One load of `def` (pages.mjs) in `context`. `overlayState`: the overlay state to wait for (with the
 * extension on a page where it shows), else null. `countCalls`: afterwards, poke the page (pokePage) and count
 * the calls into the content script (V8 precise coverage): observers, listeners or timers left running.
 */
export async function measurePageLoad(context, def, { overlayState = null, settleMs = 1000, countCalls = false } = {}) {
  const page = await context.newPage();
  await def.route(page);
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(def.url);
  const { at: readyAt, by: readyBy } = await waitReady(page, def.ready, overlayState);
  await page.waitForTimeout(settleMs); // deferred work (first overlay frame, idle callbacks) must be counted too
  const events = await stop();
  let callsAfterLoad = null;
  if (countCalls) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await extensionCalls(cdp);
    await pokePage(page);
    callsAfterLoad = await extensionCalls(cdp);
  }
  const overlay = await page.evaluate(() => document.querySelector('passkey-guide-overlay')?.getAttribute('data-state') ?? null);
  await page.close();
  const origin = new URL(def.url).origin;
  const thread = pickMainThread(events, (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(origin));
  const main = analyzeThread(events, thread);
  return {
    taskMs: main.taskMs,
    extensionMs: main.extensionMs,
    byCategory: cpuByCategory(events, thread),
    readyAt,
    readyBy,
    overlay,
    callsAfterLoad,
    longTasks: main.longTasks,
    wallLongTasksWithExtension: main.wallLongTasksWithExtension,
  };
}
