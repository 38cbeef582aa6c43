// Raw and gzip bytes per entry point, counting what each one loads before it is useful.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Files an HTML entry loads at start: its <script>/<link> plus their static imports (not dynamic ones). */
function staticClosure(dir, startFiles) {
  const seen = new Set();
  const queue = [...startFiles];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`; `import("…")` is lazy.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"();]*?from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(join(file, '..', m[1]).replace(/^\/+/, ''));
    }
  }
  return [...seen];
}

function htmlEntry(dir, html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return staticClosure(dir, refs);
}

function measure(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    raw += buf.length;
    gzip += gz(buf);
  }
  return { files, raw, gzip };
}

export function bundleSizes(extDir) {
  const cs = readdirSync(join(extDir, 'content-scripts')).map((f) => `content-scripts/${f}`);
  return {
    contentScript: measure(extDir, cs),
    popup: measure(extDir, htmlEntry(extDir, 'popup.html')),
    companion: measure(extDir, htmlEntry(extDir, 'guide.html')),
    serviceWorker: measure(extDir, ['background.js']),
  };
}

/**
 * How many languages' Security info page strings the content script carries: the recognizer's per-language
 * table (core/page PAGE_STRINGS) has one `registerHeading` entry per language; the minifier keeps property names. The size target counts them all, so a bundle that met it by loading page strings
 * later would show fewer here.
 */
export function pageStringLanguages(extDir) {
  const dir = join(extDir, 'content-scripts');
  const code = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const count = (key) => (code.match(new RegExp(`[{,\\s]${key}:`, 'g')) ?? []).length;
  return count('registerHeading');
}
