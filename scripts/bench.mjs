#!/usr/bin/env node
// `npm run bench`: measures what Passkey Guide costs, in real Chromium against the replica pages, with and
// without the extension in the same session. Writes bench/results.json and bench/results.md and prints
// PASS/FAIL per target, and puts the table in README.md (between its bench markers). Method:
// docs/performance.md. Options: --no-build (use the existing build), --no-readme, BENCH_RUNS=<n>
// (repetitions, default 11), PG_OUT_DIR (build folder, default .output).
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, extensionDir, extensionIdOf, launchBrowser } from '../test/harness/browser.mjs';
import { quantile, spread, summarize } from './bench/stats.mjs';
import { bundleSizes } from './bench/bundleSizes.mjs';
import { measurePageLoad } from './bench/pageLoad.mjs';
import { measureOverlayLatency } from './bench/overlayLatency.mjs';
import { CHURN_BATCHES, measureChurn } from './bench/churn.mjs';
import { measurePopup, popupFilesBeforeVerdict } from './bench/popupVerdict.mjs';
import { measureHeapAfterFlow } from './bench/heap.mjs';
import { bootstrapPayloads, messagesInBundle, snapshotLocales } from './bench/localeData.mjs';

const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 11) || 11);
const started = Date.now();
const log = (...a) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s]`, ...a);
const load = () => loadavg().map((v) => Math.round(v * 100) / 100);
const loadBefore = load();

if (!process.argv.includes('--no-build')) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
const extDir = extensionDir();
const builtLocales = snapshotLocales();

const sizes = bundleSizes(extDir);
const bundleMessages = messagesInBundle(extDir);
log('bundle sizes (gzip)', Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, v.gzip])));

const withExt = await launchBrowser();
const withoutExt = await launchBrowser({ withExtension: false });
const firstPage = withExt.pages()[0] ?? (await withExt.newPage());
const browserVersion = (await (await withExt.newCDPSession(firstPage)).send('Browser.getVersion')).product;
const extensionId = await extensionIdOf(withExt);
/** A clean extension state before each measurement (a dismissal or saved step must not carry over). */
async function resetStorage() {
  const [worker] = withExt.serviceWorkers();
  if (worker) return worker.evaluate(() => chrome.storage.local.clear());
  const page = await withExt.newPage(); // the service worker was stopped: an extension page can do it too
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate(() => chrome.storage.local.clear());
  await page.close();
}
for (const p of withExt.pages()) if (!p.url().startsWith('about:')) await p.close();

try {
  // Page load: one warm-up pair (not counted), then alternating pairs so drift hits both equally.
  await measurePageLoad(withoutExt, { withExtension: false });
  await resetStorage();
  await measurePageLoad(withExt, { withExtension: true });
  const pageLoad = { with: [], without: [] };
  for (let i = 0; i < RUNS; i++) {
    pageLoad.without.push(await measurePageLoad(withoutExt, { withExtension: false }));
    await resetStorage();
    pageLoad.with.push(await measurePageLoad(withExt, { withExtension: true }));
  }
  log('page load done');

  const latency = await measureOverlayLatency(withExt, { rounds: RUNS, resetStorage });
  log('overlay latency done');

  const churn = { with: [], without: [] };
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    churn.without.push(await measureChurn(withoutExt, { withExtension: false }));
    churn.with.push(await measureChurn(withExt, { withExtension: true, resetStorage }));
  }
  log('churn done');

  const heap = { with: [], without: [] };
  for (let i = 0; i < 3; i++) {
    heap.without.push(await measureHeapAfterFlow(withoutExt, { withExtension: false }));
    heap.with.push(await measureHeapAfterFlow(withExt, { withExtension: true, resetStorage }));
  }
  log('heap done');

  const popupRuns = [];
  for (let i = 0; i < RUNS; i++) popupRuns.push(await measurePopup(withExt, extensionId));
  const popupFiles = await popupFilesBeforeVerdict(withExt, extensionId);
  log('popup done');

  const locales = await bootstrapPayloads(withExt, builtLocales);
  log('locale payloads done');

  report({ pageLoad, latency, churn, heap, popupRuns, popupFiles, locales });
} finally {
  await withExt.close();
  await withoutExt.close();
}

function report({ pageLoad, latency, churn, heap, popupRuns, popupFiles, locales }) {
  const gz = (file) => gzipSync(readFileSync(join(extDir, file)), { level: 9 }).length;
  const popupBytes = popupFiles.reduce((sum, f) => sum + gz(f), 0);

  const pairs = (key) => pageLoad.with.map((w, i) => w[key] / pageLoad.without[i][key]);
  const cpuRatio = summarize(pairs('taskMs'));
  const readyRatio = summarize(pairs('readyAt'));
  const extraCpu = summarize(pageLoad.with.map((w, i) => w.taskMs - pageLoad.without[i].taskMs));
  const extScriptCpu = summarize(pageLoad.with.map((w) => w.extensionMs));
  const pageCpu = summarize(pageLoad.without.map((w) => w.taskMs));
  // Where the added CPU goes: self time per kind of work (trace.mjs cpuByCategory), median of the pair differences.
  const CATS = ['script', 'style', 'layout', 'paint', 'parse', 'other'];
  const byCategory = Object.fromEntries(
    CATS.map((c) => [
      c,
      {
        without: summarize(pageLoad.without.map((r) => r.byCategory[c])),
        with: summarize(pageLoad.with.map((r) => r.byCategory[c])),
        added: summarize(pageLoad.with.map((w, i) => w.byCategory[c] - pageLoad.without[i].byCategory[c])),
      },
    ]),
  );
  const addedByCategory = CATS.map((c) => `${c} ${byCategory[c].added.median >= 0 ? '+' : ''}${byCategory[c].added.median} ms`).join(', ');
  const longByExt = [...pageLoad.with, ...churn.with].flatMap((r) => r.longTasks.filter((t) => t.byExtension));
  const wallLongWithExt = pageLoad.with.flatMap((r) => r.wallLongTasksWithExtension);

  const latencyAll = summarize(Object.values(latency.samples).flat());
  const batches = churn.with.flatMap((r) => r.perBatchMs);
  const perBatch = summarize(batches);
  const perRunMedian = summarize(churn.with.map((r) => quantile(r.perBatchMs, 0.5)));
  const churnCpuPerBatch = summarize(churn.with.map((w, i) => (w.taskMs - churn.without[i].taskMs) / CHURN_BATCHES));
  const dismissedCalls = churn.with.map((r) => r.dismissedCalls);
  const activeCalls = churn.with.map((r) => r.activeCalls);
  const heapDelta = summarize(heap.with.map((w, i) => w - heap.without[i]));
  const verdict = summarize(popupRuns.map((r) => r.verdictMs));

  const langs = Object.values(locales.perLanguage);
  const foreign = langs.reduce((s, l) => s + l.notFromActiveLanguage + l.otherLanguageOnly, 0);
  const bundleSentences = Object.values(bundleMessages).reduce((a, b) => a + b, 0);
  const payloadBytes = summarize(langs.map((l) => l.bytes));

  const KB = 1024;
  const targets = [
    ['Content script ≤ 25 KB gzip incl. Preact (JS + CSS)', `${sizes.contentScript.gzip} B`, sizes.contentScript.gzip <= 25 * KB],
    ['Popup ≤ 35 KB gzip (every file loaded before the first verdict)', `${popupBytes} B (${popupFiles.length} files)`, popupBytes <= 35 * KB],
    [
      'No locale data in the content script beyond the active language',
      `bundle: ${bundleSentences} messages; bootstrap reply: ${foreign} strings not of the requested language (7 languages), ${payloadBytes.median} B of ${locales.allLocaleBytes} B`,
      bundleSentences === 0 && foreign === 0,
    ],
    ['Page load: time-to-ready ratio ≤ 1.03 (median)', spread(readyRatio), readyRatio.median <= 1.03],
    ['Page load: main-thread CPU ratio ≤ 1.03 (median)', spread(cpuRatio), cpuRatio.median <= 1.03],
    ['Zero long tasks (≥ 50 ms CPU) caused by the extension', `${longByExt.length} (page load + churn runs)`, longByExt.length === 0],
    ['Overlay latency ≤ 50 ms at p95', `p95 ${latencyAll.p95} ms; median ${latencyAll.median} ms`, latencyAll.p95 <= 50],
    ['Recognizer ≤ 2 ms per mutation batch (median)', `${spread(perBatch, ' ms')}`, perBatch.median <= 2],
    ['Observers disconnected when dismissed (calls into the content script under churn)', `${Math.max(...dismissedCalls)} after dismiss (vs ${summarize(activeCalls).median} while shown)`, Math.max(...dismissedCalls) === 0],
    ['Popup first verdict ≤ 300 ms (median)', spread(verdict, ' ms'), verdict.median <= 300],
  ];

  const notes = [];
  if (cpuRatio.median > 1.03) {
    notes.push(
      `Main-thread CPU ratio: the replica is a tiny page (${pageCpu.median} ms of main-thread CPU per load without the extension). ` +
        `The extension adds ${extraCpu.median} ms per load (median of the pairs). By kind of work: ${addedByCategory} ` +
        `(script includes our own ${extScriptCpu.median} ms: compile, start-up, recognition, decision and the panel's first render; ` +
        `style/layout/paint are mostly the panel's first frame; "other" is task time no trace event explains: isolated-world set-up and extension messaging). ` +
        `A ratio of 1.03 would need a page with at least ${Math.round(extraCpu.median / 0.03)} ms of main-thread work per load; ` +
        `the real Security info page runs far more script than the replica, but it cannot be measured offline.`,
    );
  }
  if (latencyAll.p95 > 50) notes.push(`Overlay latency p95 ${latencyAll.p95} ms with load average ${loadBefore.join(' / ')} (${cpus().length} CPUs): wall-clock times include waiting for a CPU.`);

  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    browser: browserVersion,
    machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: load() },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    sizes: Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, { raw: v.raw, gzip: v.gzip, files: v.files }])),
    popupLoadedBeforeVerdict: { files: popupFiles, gzip: popupBytes },
    localeData: { bundleMessagesByLanguage: bundleMessages, bootstrap: locales },
    pageLoad: {
      cpuMs: { with: summarize(pageLoad.with.map((r) => r.taskMs)), without: pageCpu },
      addedCpuMs: extraCpu,
      extensionScriptCpuMs: extScriptCpu,
      cpuRatio,
      byCategoryMs: byCategory,
      readyMs: { with: summarize(pageLoad.with.map((r) => r.readyAt)), without: summarize(pageLoad.without.map((r) => r.readyAt)) },
      readyRatio,
      longTasksCausedByExtension: longByExt,
      wallClockLongTasksContainingExtensionWork: wallLongWithExt,
      runs: pageLoad,
    },
    overlayLatencyMs: { all: latencyAll, byState: Object.fromEntries(Object.entries(latency.samples).map(([k, v]) => [k, summarize(v)])) },
    churn: {
      batchesPerRun: CHURN_BATCHES,
      extensionCpuPerBatchMs: perBatch,
      perRunMedianMs: perRunMedian,
      addedCpuPerBatchMs: churnCpuPerBatch,
      callsWhileShown: activeCalls,
      callsAfterDismiss: dismissedCalls,
      runs: churn.with.map(({ perBatchMs, ...rest }) => rest),
    },
    contentScriptHeapBytes: { delta: heapDelta, with: heap.with, without: heap.without },
    popupFirstVerdictMs: verdict,
    targets: targets.map(([target, value, pass]) => ({ target, value, pass })),
    notes,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const md = [
    `Benchmark of ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.browser}, ${RUNS} runs each, ${cpus().length} CPUs, load average ${loadBefore.join(' / ')}. ` +
      'Figures are median (p10–p90); CPU figures are main-thread CPU time from Chrome traces. Method: docs/performance.md.',
    '',
    '| target | measured | result |',
    '|---|---|---|',
    ...targets.map(([t, v, p]) => `| ${t} | ${v} | ${p ? 'PASS' : 'FAIL'} |`),
    '',
    '| bundle (entry point + static imports) | raw | gzip |',
    '|---|---|---|',
    ...Object.entries(sizes).map(([k, v]) => `| ${k} | ${kb(v.raw)} | ${kb(v.gzip)} |`),
    '',
    `Other figures: page-load main-thread CPU ${spread(pageCpu, ' ms')} without the extension, +${spread(extraCpu, ' ms')} with it ` +
      `(${extScriptCpu.median} ms in our scripts; added by kind: ${addedByCategory}); time to ready ${results.pageLoad.readyMs.without.median} → ${results.pageLoad.readyMs.with.median} ms; ` +
      `added CPU per churn batch ${spread(churnCpuPerBatch, ' ms')}; content-script heap after a full registration flow +${kb(heapDelta.median)}.`,
    ...(notes.length ? ['', ...notes.map((n) => `Note: ${n}`)] : []),
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/results.md'), md);
  // The README shows the latest table, between its bench markers.
  const readmePath = join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  if (!process.argv.includes('--no-readme') && readme.includes(START) && readme.includes(END)) {
    writeFileSync(readmePath, readme.slice(0, readme.indexOf(START) + START.length) + '\n' + md + readme.slice(readme.indexOf(END)));
  }
  console.log('\n' + md);
  for (const [t, v, p] of targets) console.log(`${p ? 'PASS' : 'FAIL'}  ${t}: ${v}`);
}
