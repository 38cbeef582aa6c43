// Builds the Fluent UI (v8) replica of Microsoft's 2026 registration pages (test/fixtures/fluent-replica/) with
// Vite into .cache/fluent-replica (gitignored). Cached: rebuilds only when a source file or the Fluent/React
// versions change, so test setups can call it every time. Never part of the extension build.
// Usage: node scripts/build-replica.mjs [--force]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const REPLICA_SRC = join(ROOT, 'test/fixtures/fluent-replica');
export const REPLICA_OUT = join(ROOT, '.cache/fluent-replica');
const STAMP = join(REPLICA_OUT, '.stamp');

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function sourceHash() {
  const h = createHash('sha256');
  for (const f of files(REPLICA_SRC).sort()) h.update(f).update(readFileSync(f));
  for (const pkg of ['@fluentui/react', 'react', 'react-dom', 'vite'])
    h.update(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ?? '');
  h.update(readFileSync(import.meta.filename));
  return h.digest('hex');
}

/** Builds unless the cached build matches the sources. Returns the output folder. */
export async function buildReplica({ force = false } = {}) {
  const hash = sourceHash();
  if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return REPLICA_OUT;
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: REPLICA_SRC,
    base: '/__replica/',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: REPLICA_OUT,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      rollupOptions: {
        input: { index: join(REPLICA_SRC, 'index.html'), login: join(REPLICA_SRC, 'login.html') },
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
  writeFileSync(STAMP, hash);
  return REPLICA_OUT;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const t = Date.now();
  const out = await buildReplica({ force: process.argv.includes('--force') });
  console.log(`fluent replica ready in ${out} (${Date.now() - t} ms)`);
}
