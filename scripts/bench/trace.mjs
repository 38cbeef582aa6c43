// Chrome tracing for the benchmark: main-thread task time of one page, and how much of it is the
// extension's. Attribution uses two sources in the trace's own clock:
//  - trace events that name the script they run (EvaluateScript incl. compile, FunctionCall: rAF,
//    timers and event listeners) with a chrome-extension:// URL;
//  - V8 CPU-profiler samples whose nearest JavaScript frame is in a chrome-extension:// script (this
//    catches microtasks after `await` and layout forced by our code, which carry no URL in the trace).
// The union of those intervals is "extension time"; everything else on the thread is the page's.

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

const EXT = 'chrome-extension://';

export async function startTrace(cdp) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES } });
  return async function stop() {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

const key = (e) => `${e.pid}:${e.tid}`;

/** Top-level RunTask events of one thread, in order (a nested loop's tasks count once, in the outer one). */
function topTasks(events, pid, tid) {
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const t of tasks) if (!top.length || t.ts >= top.at(-1).ts + top.at(-1).dur) top.push(t);
  return top;
}

/** The renderer main thread that ran `predicate` (e.g. parsed our page); else the busiest one. */
export function pickMainThread(events, predicate) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key));
  const hit = events.find((e) => mains.has(key(e)) && predicate(e));
  if (hit) return key(hit);
  const busy = {};
  for (const e of events) if (e.name === 'RunTask' && e.ph === 'X' && mains.has(key(e))) busy[key(e)] = (busy[key(e)] ?? 0) + e.dur;
  const best = Object.entries(busy).sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error('the trace has no renderer main thread');
  return best[0];
}

function mergeIntervals(list) {
  const sorted = list.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function overlap(intervals, from, to) {
  let sum = 0;
  for (const [a, b] of intervals) {
    if (b <= from) continue;
    if (a >= to) break;
    sum += Math.min(b, to) - Math.max(a, from);
  }
  return sum;
}

function urlOf(e) {
  return e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.beginData?.url ?? '';
}

/** Extension intervals [startUs, endUs] on one thread, from URL-carrying events and CPU samples. */
function extensionIntervals(events, thread) {
  const [pid, tid] = thread.split(':').map(Number);
  const intervals = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X') continue;
    if ((e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compile') && urlOf(e).startsWith(EXT)) {
      intervals.push([e.ts, e.ts + e.dur]);
    }
  }
  // CPU profile: 'Profile' gives the start time, 'ProfileChunk's the nodes and samples (same id).
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.tid === tid) profiles.set(e.id, { start: e.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !profiles.has(e.id)) continue;
    const p = profiles.get(e.id);
    const cpu = e.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(cpu.samples ?? []));
    p.deltas.push(...(e.args.data.timeDeltas ?? []));
  }
  for (const p of profiles.values()) {
    const isExt = new Map();
    const ext = (id) => {
      if (isExt.has(id)) return isExt.get(id);
      const n = p.nodes.get(id);
      let result = false;
      if (n) {
        const url = n.callFrame?.url ?? '';
        if (url) result = url.startsWith(EXT);
        else if (n.parent !== undefined && !/^\((root|program|idle|garbage collector)\)$/.test(n.callFrame?.functionName ?? '')) result = ext(n.parent);
      }
      isExt.set(id, result);
      return result;
    };
    // A sample stands for the time until the next one, capped at 4× the usual interval: on a busy machine
    // the sampler itself is sometimes late, and that gap must not be charged to whoever ran last.
    const sorted = [...p.deltas].sort((a, b) => a - b);
    const cap = 4 * (sorted[Math.floor(sorted.length / 2)] ?? 250);
    let t = p.start;
    for (let i = 0; i < p.samples.length; i++) {
      t += p.deltas[i] ?? 0;
      const next = t + Math.min(cap, Math.max(0, p.deltas[i + 1] ?? 0));
      if (ext(p.samples[i])) intervals.push([t, next]);
    }
  }
  // Only time inside the thread's tasks counts (a sample's tail may reach into idle time).
  const tasks = mergeIntervals(events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask').map((e) => [e.ts, e.ts + e.dur]));
  const merged = mergeIntervals(intervals);
  const clipped = [];
  let j = 0;
  for (const [a, b] of merged) {
    while (j < tasks.length && tasks[j][1] <= a) j++;
    for (let k = j; k < tasks.length && tasks[k][0] < b; k++) {
      const from = Math.max(a, tasks[k][0]);
      const to = Math.min(b, tasks[k][1]);
      if (to > from) clipped.push([from, to]);
    }
  }
  return clipped;
}

/**
 * Main-thread tasks of `thread` within [fromUs, toUs] (trace clock; defaults: whole trace), with the
 * extension's share of each. Times are the thread's CPU time (trace `tdur`), so other processes on a
 * busy machine do not count; the extension's CPU time in a task is its share of the task's wall time
 * times the task's CPU time. Long tasks are tasks with ≥ longTaskMs of CPU time; one is "caused by the
 * extension" when it would stay under the threshold without the extension's time in it. Wall-clock
 * long tasks that contain extension work are listed too (on a loaded machine they mostly measure load).
 */
export function analyzeThread(events, thread, { fromUs = -Infinity, toUs = Infinity, longTaskMs = 50 } = {}) {
  const [pid, tid] = thread.split(':').map(Number);
  const ext = extensionIntervals(events, thread);
  const top = topTasks(events, pid, tid).filter((t) => t.ts >= fromUs && t.ts <= toUs);
  let cpuUs = 0;
  let wallUs = 0;
  let extCpuUs = 0;
  const longTasks = [];
  const wallLongTasksWithExtension = [];
  for (const t of top) {
    const cpu = t.tdur ?? t.dur;
    const extWall = overlap(ext, t.ts, t.ts + t.dur);
    const extCpu = t.dur > 0 ? (cpu * extWall) / t.dur : 0;
    cpuUs += cpu;
    wallUs += t.dur;
    extCpuUs += extCpu;
    if (cpu >= longTaskMs * 1000) {
      longTasks.push({ cpuMs: cpu / 1000, wallMs: t.dur / 1000, extensionMs: extCpu / 1000, byExtension: cpu - extCpu < longTaskMs * 1000 });
    }
    if (t.dur >= longTaskMs * 1000 && extWall > 0) wallLongTasksWithExtension.push({ wallMs: t.dur / 1000, cpuMs: cpu / 1000, extensionMs: extCpu / 1000 });
  }
  return { taskMs: cpuUs / 1000, wallMs: wallUs / 1000, extensionMs: extCpuUs / 1000, longTasks, wallLongTasksWithExtension, tasks: top.length };
}

/** User-timing marks (performance.mark) on a thread, by name, in trace µs. */
export function marks(events, name) {
  return events
    .filter((e) => e.name === name && (e.cat ?? '').includes('blink.user_timing'))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}

/** The extension's CPU time (ms) in each [starts[i], starts[i+1]) window (the last runs to endUs). */
export function extensionPerWindow(events, thread, starts, endUs) {
  const [pid, tid] = thread.split(':').map(Number);
  const ext = extensionIntervals(events, thread);
  const tasks = topTasks(events, pid, tid);
  // CPU per wall µs of each task, to turn extension wall time into CPU time.
  const pieces = [];
  for (const t of tasks) {
    const ratio = t.dur > 0 ? (t.tdur ?? t.dur) / t.dur : 1;
    for (const [a, b] of ext) {
      const from = Math.max(a, t.ts);
      const to = Math.min(b, t.ts + t.dur);
      if (to > from) pieces.push([from, to, ratio]);
    }
  }
  return starts.map((s, i) => {
    const e = starts[i + 1] ?? endUs;
    let sum = 0;
    for (const [a, b, r] of pieces) if (b > s && a < e) sum += (Math.min(b, e) - Math.max(a, s)) * r;
    return sum / 1000;
  });
}

/** Which kind of main-thread work a trace event is (its self time counts there). */
function categoryOf(name) {
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout)$/.test(name)) return 'layout';
  if (/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|UpdateLayerTree|CompositeLayers|PaintImage|Decode.*|RasterTask|HitTest)$/.test(name)) return 'paint';
  if (
    /^(EvaluateScript|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|FireIdleCallback|EventDispatch|v8\..*|V8\..*|MinorGC|MajorGC|BlinkGC\..*|CppGC\..*)$/.test(
      name,
    )
  )
    return 'script';
  if (/^(ParseHTML|HTMLDocumentParser.*|CommitLoad|ResourceSendRequest|ResourceReceiveResponse|ResourceFinish)$/.test(name)) return 'parse';
  return 'other';
}

/**
 * Main-thread CPU time by kind of work (self time of each trace event: a Layout inside our FunctionCall is
 * layout, not script). "other" is time in tasks that no traced event explains: task scheduling, IPC
 * (extension messaging, storage), setting up the isolated world. In ms.
 */
export function cpuByCategory(events, thread) {
  const [pid, tid] = thread.split(':').map(Number);
  const top = topTasks(events, pid, tid);
  const out = { script: 0, style: 0, layout: 0, paint: 0, parse: 0, other: 0 };
  const all = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let i = 0;
  for (const t of top) {
    const end = t.ts + t.dur;
    while (i < all.length && all[i].ts < t.ts) i++;
    const stack = [];
    const close = (upTo) => {
      while (stack.length && stack.at(-1).end <= upTo) {
        const s = stack.pop();
        out[s.cat] += Math.max(0, s.self);
      }
    };
    for (; i < all.length && all[i].ts < end; i++) {
      const e = all[i];
      close(e.ts);
      const cpu = e.tdur ?? e.dur;
      if (stack.length) stack.at(-1).self -= cpu;
      stack.push({ cat: e === t || e.name === 'RunTask' ? 'other' : categoryOf(e.name), end: e.ts + e.dur, self: cpu });
    }
    close(Infinity);
  }
  for (const k of Object.keys(out)) out[k] = out[k] / 1000;
  return out;
}
