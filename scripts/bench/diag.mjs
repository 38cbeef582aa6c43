#!/usr/bin/env node
// Diagnostic (not part of `npm run bench`): where does the page-load main-thread CPU go on one page of the page
// set, in the three browsers (without, floor = empty content script, with)? Prints, as medians over N rounds:
//  - self CPU time per trace event name (with − floor), tagged :ext / :page for script events;
//  - the extension's own time per function (CPU-profiler samples whose frame is in a chrome-extension:// script,
//    self time by function name and script position), which is what to cut.
// Usage: PG_OUT_DIR=<dir> node scripts/bench/diag.mjs [page=fluent] [rounds=5]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir } from '../../test/harness/browser.mjs';
import { analyzeThread, pickMainThread, startTrace } from './trace.mjs';
import { waitReady } from './pageLoad.mjs';
import { contentScriptRunsOn, launchWith, writeFloorExtension } from './variants.mjs';
import { loadPages } from './pages.mjs';

const PAGE = process.argv[2] ?? 'fluent';
const RUNS = Number(process.argv[3] ?? 5);
process.env.PG_BENCH_PAGES = PAGE;

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
    const tag = /^(EvaluateScript|FunctionCall|v8.compile|RunMicrotasks)$/.test(e.name)
      ? url.startsWith('chrome-extension://')
        ? ':ext'
        : url
          ? ':page'
          : ':?'
      : '';
    const node = { name: e.name + tag, end: e.ts + e.dur, self: cpu };
    if (stack.length) stack.at(-1).self -= cpu;
    stack.push(node);
  }
  close(Infinity);
  return self;
}

/** Self time (ms, sampled wall time on the thread) per extension function, from the trace's CPU profile. */
function extensionFunctions(events, thread) {
  const [pid, tid] = thread.split(':').map(Number);
  const out = {};
  const profiles = new Map();
  for (const e of events) if (e.name === 'Profile' && e.pid === pid && e.tid === tid) profiles.set(e.id, { nodes: new Map(), samples: [], deltas: [] });
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !profiles.has(e.id)) continue;
    const p = profiles.get(e.id);
    const cpu = e.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(cpu.samples ?? []));
    p.deltas.push(...(e.args.data.timeDeltas ?? []));
  }
  for (const p of profiles.values()) {
    for (let i = 0; i < p.samples.length; i++) {
      const n = p.nodes.get(p.samples[i]);
      const url = n?.callFrame?.url ?? '';
      // Attribute native frames (GC, layout, style) to the nearest extension caller, marked with ">".
      let label = null;
      if (url.startsWith('chrome-extension://')) label = `${n.callFrame.functionName || '(anonymous)'}@${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      else if (!url) {
        let up = n;
        while (up && !(up.callFrame?.url ?? '')) up = p.nodes.get(up.parent);
        if (up?.callFrame?.url?.startsWith('chrome-extension://'))
          label = `${n?.callFrame?.functionName || '(native)'} > ${up.callFrame.functionName || '(anonymous)'}@${up.callFrame.lineNumber}:${up.callFrame.columnNumber}`;
      }
      if (!label) continue;
      const dt = Math.min(p.deltas[i + 1] ?? 0, 2000) / 1000;
      out[label] = (out[label] ?? 0) + dt;
    }
  }
  return out;
}

const { pages } = await loadPages();
const def = pages[0];
if (!def) throw new Error(`page ${PAGE} is not available`);
const extDir = extensionDir();
const browsers = { without: await launchWith(undefined), floor: await launchWith(writeFloorExtension(extDir)), with: await launchWith(extDir) };

async function once(variant) {
  const page = await browsers[variant].newPage();
  await def.route(page);
  const cdp = await browsers[variant].newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(def.url);
  await waitReady(page, def.ready, variant === 'with' && contentScriptRunsOn(extDir, def.url) ? def.overlayState : null);
  await page.waitForTimeout(1000);
  const events = await stop();
  await page.close();
  const thread = pickMainThread(events, (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(new URL(def.url).origin));
  const main = analyzeThread(events, thread);
  return { total: main.taskMs, ext: main.extensionMs, self: selfByName(events, thread), fns: variant === 'with' ? extensionFunctions(events, thread) : {} };
}

const res = { without: [], floor: [], with: [] };
for (const v of Object.keys(res)) await once(v);
for (let i = 0; i < RUNS; i++) for (const v of Object.keys(res)) res[v].push(await once(v));
for (const b of Object.values(browsers)) await b.close();

const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
};
console.log('per round (ms):', Object.fromEntries(Object.entries(res).map(([v, rs]) => [v, rs.map((r) => Math.round(r.total * 10) / 10)])));
console.log(
  `${def.id}: CPU without ${med(res.without.map((r) => r.total)).toFixed(1)} ms, floor ${med(res.floor.map((r) => r.total)).toFixed(1)} ms, with ${med(res.with.map((r) => r.total)).toFixed(1)} ms; attributed to the extension ${med(res.with.map((r) => r.ext)).toFixed(1)} ms`,
);
const names = new Set([...res.with, ...res.floor].flatMap((r) => Object.keys(r.self)));
const rows = [...names]
  .map((n) => {
    const w = med(res.with.map((r) => (r.self[n] ?? 0) / 1000));
    const f = med(res.floor.map((r) => (r.self[n] ?? 0) / 1000));
    const wo = med(res.without.map((r) => (r.self[n] ?? 0) / 1000));
    return [n, w, f, wo, w - f, f - wo];
  })
  .sort((a, b) => Math.abs(b[4]) + Math.abs(b[5]) - Math.abs(a[4]) - Math.abs(a[5]));
console.log('\ntrace event (self CPU)                     with     floor   without   with−floor  floor−without');
for (const [n, w, f, wo, d, fd] of rows.slice(0, 25))
  console.log(
    `${n.padEnd(38)} ${w.toFixed(2).padStart(8)} ${f.toFixed(2).padStart(8)} ${wo.toFixed(2).padStart(8)} ${d.toFixed(2).padStart(10)} ${fd.toFixed(2).padStart(10)}`,
  );
// By source module: an unminified build (build.minify false) keeps the bundler's "// path/to/module.ts" comments.
const lines = readdirSync(join(extDir, 'content-scripts'))
  .filter((f) => f.endsWith('.js'))
  .flatMap((f) => readFileSync(join(extDir, 'content-scripts', f), 'utf8').split('\n'));
const regions = lines
  .map((l, i) => [i, /^\s*\/\/ ((?:\.\.\/)*(?:node_modules\/)?[\w@./-]+\.(?:ts|tsx|js|mjs|css\?inline))\s*$/.exec(l)?.[1]])
  .filter(([, m]) => m);
const moduleOf = (label) => {
  const line = Number(/@(\d+):\d+$/.exec(label)?.[1] ?? -1);
  let mod = '(unknown)';
  for (const [i, m] of regions)
    if (i <= line) mod = m.replace(/^.*node_modules\//, '').replace(/\/(dist|esm|src)\/.*$/, '');
    else break;
  return mod;
};
if (regions.length) {
  const byModule = {};
  for (const r of res.with) for (const [n, ms] of Object.entries(r.fns)) byModule[moduleOf(n)] = (byModule[moduleOf(n)] ?? 0) + ms / res.with.length;
  console.log('\nextension time by source module (self, sampled, mean per load)');
  for (const [m, ms] of Object.entries(byModule)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25))
    console.log(`${ms.toFixed(2).padStart(7)} ms  ${m}`);
}
const fnNames = new Set(res.with.flatMap((r) => Object.keys(r.fns)));
const fnRows = [...fnNames].map((n) => [n, res.with.reduce((s, r) => s + (r.fns[n] ?? 0), 0) / res.with.length]).sort((a, b) => b[1] - a[1]);
console.log(`\nextension functions (self, sampled, mean over ${RUNS} loads; total ${fnRows.reduce((s, r) => s + r[1], 0).toFixed(1)} ms)`);
for (const [n, ms] of fnRows.slice(0, 40)) console.log(`${ms.toFixed(2).padStart(7)} ms  ${n}`);
