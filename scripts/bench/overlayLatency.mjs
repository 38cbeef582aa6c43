// Overlay latency on an interactive replica: the page moves between states (a click on the page's own
// button, as the user does: method list → picker → wizard → back), and we time from the page's LAST change
// of its own DOM before the overlay follows (late rendering, portals and dialogs included) to
// <passkey-guide-overlay> reflecting the new state. All timestamps are taken in the page, so Playwright's
// round trips are not counted.
//
// "Within one frame": the page runs its own requestAnimationFrame loop, registered before the click, so its
// callback runs first in every frame. The overlay's update happens in the k-th frame after the page's change,
// where k is the number of page frames that started between the change and the update; k = 1 is "in the
// first frame the user sees the change". Reported: the latency from the change (ms; includes the wait for
// the next frame, which the page's own change waits for too), k, and how far the overlay lags behind the
// frame that first shows the change (update time − that frame's start: the overlay's work when k = 1, a
// whole frame or more when it misses it). The target is on the last one.

import { marks, pickMainThread, startTrace } from './trace.mjs';

/** Main-thread CPU time (ms) in each [startUs, endUs] window: task overlap scaled by the task's CPU/wall ratio. */
function cpuInWindows(events, thread, windows) {
  const [pid, tid] = thread.split(':').map(Number);
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  return windows.map(([a, b]) => {
    let sum = 0;
    for (const t of tasks) {
      if (t.ts >= b) break;
      const to = Math.min(b, t.ts + t.dur);
      const from = Math.max(a, t.ts);
      if (to > from && t.dur > 0) sum += ((to - from) * (t.tdur ?? t.dur)) / t.dur;
    }
    return sum / 1000;
  });
}

export async function measureOverlayLatency(context, def, { rounds = 10, resetStorage = async () => {} } = {}) {
  const transitions = def.transitions ?? [];
  if (!transitions.length) return null;
  await resetStorage();
  const page = await context.newPage();
  await def.route(page);
  await page.goto(def.url);
  const samples = [];
  let failure = null;
  try {
    await page.locator(`passkey-guide-overlay[data-state="${def.overlayState}"]`).waitFor({ state: 'attached', timeout: 15000 });
  } catch {
    failure = `the overlay never showed ${def.overlayState} (it shows ${await page.evaluate(() => document.querySelector('passkey-guide-overlay')?.getAttribute('data-state') ?? 'nothing')})`;
  }
  await page.waitForTimeout(300);
  const stop = failure ? null : await startTrace(await context.newCDPSession(page));
  for (let round = 0; round < rounds && !failure; round++) {
    for (const { click, state, step } of transitions) {
      const sample = await page
        .evaluate(
          ({ click, state, step }) =>
            new Promise((resolve, reject) => {
              const host = document.querySelector('passkey-guide-overlay');
              const button = document.querySelector(click);
              if (!host || !button)
                return reject(new Error(`no ${host ? click : 'overlay host'} on the page (overlay state ${host?.getAttribute('data-state')})`));
              const frames = [];
              let raf = 0;
              const onFrame = () => {
                frames.push(performance.now());
                raf = requestAnimationFrame(onFrame);
              };
              let lastChange = null;
              const done = (result, err) => {
                pageObserver.disconnect();
                hostObserver.disconnect();
                cancelAnimationFrame(raf);
                clearTimeout(timer);
                if (err) reject(err);
                else resolve(result);
              };
              const timer = setTimeout(
                () =>
                  done(
                    null,
                    new Error(
                      `overlay never showed ${state}${step ? `/${step}` : ''} after ${click} (now ${host.getAttribute('data-state')}/${host.getAttribute('data-step')})`,
                    ),
                  ),
                5000,
              );
              // The page's own changes: not our host's attributes, not our host being (re)inserted or moved (the
              // overlay may move its host, e.g. next to a modal); the shadow tree is not observed from here.
              const ours = (r) =>
                r.target === host || host.contains(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === host));
              const pageObserver = new MutationObserver((records) => {
                if (records.some((r) => !ours(r))) lastChange = performance.now();
              });
              const hostObserver = new MutationObserver(() => {
                if (host.getAttribute('data-state') !== state || (step && host.getAttribute('data-step') !== step)) return;
                // Page records queued before ours are delivered first (observers run in creation order).
                const at = performance.now();
                performance.mark('pg-bench-updated');
                const from = lastChange ?? started;
                const framesAfter = frames.filter((f) => f >= from);
                done({
                  ms: at - from,
                  frame: framesAfter.length,
                  // How far the overlay lags behind the frame that first shows the page's change.
                  behindMs: framesAfter.length ? at - framesAfter[0] : 0,
                  workMs: framesAfter.length ? at - framesAfter.at(-1) : at - from,
                });
              });
              pageObserver.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
              hostObserver.observe(host, { attributes: true, attributeFilter: ['data-state', 'data-step'] });
              raf = requestAnimationFrame(onFrame);
              const started = performance.now();
              button.click();
            }),
          { click, state, step },
        )
        .catch((err) => {
          failure = err.message.split('\n')[0];
          return null;
        });
      if (!sample) break;
      samples.push({ to: step ? `${state}/${step}` : state, ...sample });
    }
  }
  if (stop) {
    const events = await stop();
    const ends = marks(events, 'pg-bench-updated');
    if (ends.length === samples.length) {
      const thread = pickMainThread(events, (e) => e.name === 'pg-bench-updated');
      const cpu = cpuInWindows(
        events,
        thread,
        ends.map((t, i) => [t - samples[i].behindMs * 1000, t]),
      );
      for (const [i, s] of samples.entries()) s.behindCpuMs = cpu[i];
    }
  }
  await page.close();
  return { samples, failure };
}
