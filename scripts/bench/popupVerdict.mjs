// Popup: time from navigation start to the first verdict (the popup marks `pg:first-verdict`), and the
// files it requested before then. Resource Timing lists nothing for chrome-extension:// pages, so the
// file list comes from a Chrome trace, where the requests (ResourceSendRequest) and the mark share one
// clock. Their gzip size is what the user waits for.
import { startTrace } from './trace.mjs';

async function openPopup(context, extensionId, { trace = false } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  const stop = trace ? await startTrace(await context.newCDPSession(page)) : null;
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const verdictMs = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the popup never marked pg:first-verdict')), 10000);
        const check = () => {
          const mark = performance.getEntriesByName('pg:first-verdict')[0];
          if (!mark) return requestAnimationFrame(check);
          clearTimeout(timer);
          resolve(mark.startTime);
        };
        check();
      }),
  );
  const events = stop ? await stop() : [];
  await page.close();
  return { verdictMs, events };
}

export async function measurePopup(context, extensionId) {
  return { verdictMs: (await openPopup(context, extensionId)).verdictMs };
}

/** Files (paths in the build) the popup requested before its first verdict. */
export async function popupFilesBeforeVerdict(context, extensionId) {
  const { events } = await openPopup(context, extensionId, { trace: true });
  const mark = events.find((e) => e.name === 'pg:first-verdict' && (e.cat ?? '').includes('blink.user_timing'));
  if (!mark) throw new Error('the trace has no pg:first-verdict mark');
  const prefix = `chrome-extension://${extensionId}/`;
  const files = events
    .filter((e) => e.name === 'ResourceSendRequest' && e.ts < mark.ts && String(e.args?.data?.url ?? '').startsWith(prefix))
    .map((e) => new URL(e.args.data.url).pathname.replace(/^\//, ''));
  return [...new Set(['popup.html', ...files])];
}
