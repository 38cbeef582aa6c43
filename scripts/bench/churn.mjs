// Recognizer cost under DOM churn: a Security info method list whose page keeps inserting and removing
// thousands of nodes. Main-thread task time with the extension minus without it, per mutation batch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../test/harness/browser.mjs';

export const CHURN_BATCHES = 200;
const NODES_PER_BATCH = 50;

export async function measureChurn(context, { withExtension }) {
  const page = await context.newPage();
  const html = readFileSync(join(FIXTURES, 'pages', 'method-list.en.html'), 'utf8');
  await page.route('https://mysignins.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto('https://mysignins.microsoft.com/security-info');
  if (withExtension) await page.locator('passkey-guide-overlay[data-state]').waitFor({ state: 'attached', timeout: 15000 });
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  const before = await taskTime();
  await page.evaluate(
    ({ batches, perBatch }) =>
      new Promise((resolve) => {
        const box = document.createElement('div');
        document.body.append(box);
        let i = 0;
        const tick = () => {
          // One batch: remove the previous nodes, add new ones (a list re-render, as React does).
          box.replaceChildren(...Array.from({ length: perBatch }, (_, n) => Object.assign(document.createElement('span'), { textContent: `row ${i}-${n}` })));
          if (++i < batches) setTimeout(tick, 4);
          else setTimeout(resolve, 300);
        };
        tick();
      }),
    { batches: CHURN_BATCHES, perBatch: NODES_PER_BATCH },
  );
  const spent = (await taskTime()) - before;
  await page.close();
  return { taskMs: spent, batches: CHURN_BATCHES, nodes: CHURN_BATCHES * NODES_PER_BATCH * 2 };
}
