#!/usr/bin/env node
// `npm run bench`: measures what Passkey Guide costs, in real Chromium against the replica pages, with and
// without the extension in the same session. Writes bench/results.json and bench/results.md and prints
// PASS/FAIL per target. Absolute times are machine noise; ratios within one run are what count.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, extensionDir, extensionIdOf, launchBrowser } from '../test/harness/browser.mjs';
import { summarize } from './bench/stats.mjs';
import { bundleSizes } from './bench/bundleSizes.mjs';
import { measurePageLoad } from './bench/pageLoad.mjs';
import { measureOverlayLatency } from './bench/overlayLatency.mjs';
import { measureChurn } from './bench/churn.mjs';
import { measurePopup } from './bench/popupVerdict.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
if (!process.argv.includes('--no-build')) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
const extDir = extensionDir();
const log = (...a) => console.log('[bench]', ...a);

const sizes = bundleSizes(extDir);
log('bundle sizes', Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, v.gzip])));

const withExt = await launchBrowser();
const withoutExt = await launchBrowser({ withExtension: false });
const extensionId = await extensionIdOf(withExt);
for (const p of withExt.pages()) if (p.url().includes('guide.html')) await p.close();

// Page load, alternating with/without so drift hits both equally.
const load = { with: [], without: [] };
for (let i = 0; i < RUNS; i++) {
  load.without.push(await measurePageLoad(withoutExt, { withExtension: false }));
  load.with.push(await measurePageLoad(withExt, { withExtension: true }));
}
log('page load done');

const latency = await measureOverlayLatency(withExt, { rounds: RUNS });
// The same stage without the extension (no overlay to wait for) gives the heap baseline.
const baselineHeap = (await measureOverlayLatency(withoutExt, { rounds: 0, withExtension: false })).heap;
log('overlay latency done');

const churn = { with: [], without: [] };
for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
  churn.without.push(await measureChurn(withoutExt, { withExtension: false }));
  churn.with.push(await measureChurn(withExt, { withExtension: true }));
}
log('churn done');

const popupRuns = [];
for (let i = 0; i < RUNS; i++) popupRuns.push(await measurePopup(withExt, extensionId));
log('popup done');
await withExt.close();
await withoutExt.close();

const gz = (file) => gzipSync(readFileSync(join(extDir, file)), { level: 9 }).length;
const popupFiles = [...new Set(popupRuns.flatMap((r) => r.files))].filter((f) => !f.endsWith('.html'));
const popupBytes = popupFiles.reduce((sum, f) => sum + gz(f), 0) + gz('popup.html');

const median = (xs) => summarize(xs).median;
const pairRatios = (key) => load.with.map((w, i) => w[key] / load.without[i][key]);
const latencyAll = Object.values(latency.samples).flat();
const churnDelta = churn.with.map((w, i) => (w.taskMs - churn.without[i].taskMs) / w.batches);
const extraLongTasks = load.with.map((w, i) => Math.max(0, w.longTasks.length - load.without[i].longTasks.length));

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  sizes: Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, { raw: v.raw, gzip: v.gzip, files: v.files }])),
  popupLoadedBeforeVerdict: { files: popupFiles, gzip: popupBytes },
  pageLoad: {
    taskMs: { with: summarize(load.with.map((r) => r.taskMs)), without: summarize(load.without.map((r) => r.taskMs)) },
    readyMs: { with: summarize(load.with.map((r) => r.readyAt)), without: summarize(load.without.map((r) => r.readyAt)) },
    taskRatio: summarize(pairRatios('taskMs')),
    readyRatio: summarize(pairRatios('readyAt')),
    longTasks: { with: load.with.map((r) => r.longTasks.length), without: load.without.map((r) => r.longTasks.length) },
    extraLongTasks: summarize(extraLongTasks),
  },
  overlayLatencyMs: { all: summarize(latencyAll), byState: Object.fromEntries(Object.entries(latency.samples).map(([k, v]) => [k, summarize(v)])) },
  churnPerBatchMs: summarize(churnDelta),
  contentScriptHeapBytes: latency.heap - baselineHeap,
  popupFirstVerdictMs: summarize(popupRuns.map((r) => r.verdictMs)),
};

const targets = [
  ['Content script ≤ 25 KB gzip (incl. Preact)', `${sizes.contentScript.gzip} B`, sizes.contentScript.gzip <= 25 * 1024],
  ['Popup ≤ 35 KB gzip loaded before the verdict', `${popupBytes} B`, popupBytes <= 35 * 1024],
  ['Page-load main-thread ratio ≤ 1.03 (median)', `${results.pageLoad.taskRatio.median}`, results.pageLoad.taskRatio.median <= 1.03],
  ['Time-to-ready ratio ≤ 1.03 (median)', `${results.pageLoad.readyRatio.median}`, results.pageLoad.readyRatio.median <= 1.03],
  ['Zero long tasks caused by the extension (max over runs)', `${Math.max(...extraLongTasks)}`, Math.max(...extraLongTasks) === 0],
  ['Overlay latency p95 ≤ 50 ms', `${results.overlayLatencyMs.all.p95} ms`, results.overlayLatencyMs.all.p95 <= 50],
  ['Recognizer ≤ 2 ms per mutation batch (median)', `${results.churnPerBatchMs.median} ms`, results.churnPerBatchMs.median <= 2],
  ['Popup first verdict ≤ 300 ms (median)', `${results.popupFirstVerdictMs.median} ms`, results.popupFirstVerdictMs.median <= 300],
];
results.targets = targets.map(([target, value, pass]) => ({ target, value, pass }));

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
const md = [
  `Benchmark of ${results.date} (${RUNS} runs each; medians, spread in bench/results.json)`,
  '',
  '| target | measured | result |',
  '|---|---|---|',
  ...targets.map(([t, v, p]) => `| ${t} | ${v} | ${p ? 'PASS' : 'FAIL'} |`),
  '',
  '| bundle | raw | gzip |',
  '|---|---|---|',
  ...Object.entries(sizes).map(([k, v]) => `| ${k} | ${v.raw} | ${v.gzip} |`),
  '',
].join('\n');
writeFileSync(join(ROOT, 'bench/results.md'), md);
console.log('\n' + md);
for (const [t, v, p] of targets) console.log(`${p ? 'PASS' : 'FAIL'}  ${t}: ${v}`);
