#!/usr/bin/env node
// Diagnostic (not part of `npm run bench`): where does the page-load main-thread CPU go, with vs without the
// extension? Self CPU time per trace event name on the replica's renderer main thread, median over N pairs.
// Usage: PG_OUT_DIR=<dir> node scripts/bench/diag.mjs [runs]
import { launchBrowser } from '../../test/harness/browser.mjs';
import { routeSecurityInfo } from '../../test/harness/browser.mjs';
import { analyzeThread, pickMainThread, startTrace } from './trace.mjs';
import { waitReady } from './pageLoad.mjs';

const URL = 'https://mysignins.microsoft.com/security-info';
const RUNS = Number(process.argv[2] ?? 5);

function selfByName(events, thread) {
  const [pid, tid] = thread.split(':').map(Number);
  const evs = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = {};
  const stack = [];
  const close = (upTo) => {
    while (stack.length && stack.at(-1).end <= upTo) {
      const s = stack.pop();
      self[s.name] = (self[s.name] ?? 0) + s.self;
    }
  };
  for (const e of evs) {
    close(e.ts);
    const cpu = e.tdur ?? e.dur;
    const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.beginData?.url ?? '';
    const tag = /^(EvaluateScript|FunctionCall|v8.compile|RunMicrotasks)$/.test(e.name) ? (url.startsWith('chrome-extension://') ? ':ext' : url ? ':page' : ':?') : '';
    const node = { name: e.name + tag, end: e.ts + e.dur, self: cpu };
    if (stack.length) stack.at(-1).self -= cpu;
    stack.push(node);
  }
  close(Infinity);
  return self;
}

async function once(context, withExtension) {
  const page = await context.newPage();
  await routeSecurityInfo(page, 'replica');
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(URL);
  await waitReady(page, withExtension);
  await page.waitForTimeout(1000);
  const events = await stop();
  await page.close();
  const thread = pickMainThread(events, (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(URL));
  const main = analyzeThread(events, thread);
  return { total: main.taskMs, ext: main.extensionMs, self: selfByName(events, thread) };
}

const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : 0; };
const withExt = await launchBrowser();
const without = await launchBrowser({ withExtension: false });
const res = { with: [], without: [] };
await once(without, false); await once(withExt, true);
for (let i = 0; i < RUNS; i++) {
  res.without.push(await once(without, false));
  res.with.push(await once(withExt, true));
}
await withExt.close(); await without.close();
const names = new Set([...res.with, ...res.without].flatMap((r) => Object.keys(r.self)));
const rows = [...names].map((n) => {
  const w = med(res.with.map((r) => (r.self[n] ?? 0) / 1000));
  const wo = med(res.without.map((r) => (r.self[n] ?? 0) / 1000));
  return [n, w, wo, w - wo];
}).sort((a, b) => Math.abs(b[3]) - Math.abs(a[3]));
console.log(`total CPU with ${med(res.with.map((r) => r.total)).toFixed(1)} ms, without ${med(res.without.map((r) => r.total)).toFixed(1)} ms, ext-attributed ${med(res.with.map((r) => r.ext)).toFixed(1)} ms`);
console.log('ratio', med(res.with.map((r, i) => r.total / res.without[i].total)).toFixed(2));
for (const [n, w, wo, d] of rows.slice(0, 30)) console.log(`${n.padEnd(40)} with ${w.toFixed(2).padStart(8)}  without ${wo.toFixed(2).padStart(8)}  diff ${d.toFixed(2).padStart(8)}`);
