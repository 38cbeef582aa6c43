// The three browsers every page-load comparison alternates between (same Chromium binary, same flags, fresh
// profiles):
//   without: no extension;
//   floor:   a generated extension whose content scripts are EMPTY, with exactly the built extension's
//            content_scripts entries (matches, run_at, all_frames, world). It is what any content script on
//            these hosts costs before it does anything: the isolated world, the script injection, the
//            extension's renderer plumbing. Nothing in it can be made cheaper by us;
//   with:    the built Passkey Guide.
// "Added above the floor" (with − floor) is therefore what our own code costs.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium } from '@playwright/test';
import { ROOT, browserArgs, findBrowser } from '../../test/harness/browser.mjs';

export const FLOOR_SCRIPT = 'content-scripts/floor.js';

/** Writes the floor extension into `dir` (replacing it) from the built extension's manifest; returns `dir`. */
export function writeFloorExtension(extDir, dir = join(ROOT, '.cache/bench/floor-extension')) {
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const contentScripts = (manifest.content_scripts ?? []).map(({ css, js, ...entry }) => ({ ...entry, js: [FLOOR_SCRIPT] }));
  if (!contentScripts.length) throw new Error(`${extDir}/manifest.json declares no content script`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content-scripts'), { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Passkey Guide benchmark floor', version: '0.0.1', content_scripts: contentScripts }, null, 2),
  );
  // Returns immediately: the cost of having a content script at all.
  writeFileSync(join(dir, FLOOR_SCRIPT), '(function () {})();\n');
  return dir;
}

/** A persistent context with `extDir` loaded (or none), throw-away profile under .cache/profiles. */
export async function launchWith(extDir) {
  const profile = join(ROOT, '.cache/profiles', randomUUID());
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: browserArgs(extDir),
  });
  context.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {}
  });
  return context;
}

/** The host patterns of the extension's content scripts, to tell whether it runs on a URL at all. */
export function contentScriptRunsOn(extDir, url) {
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const toRe = (pattern) => {
    const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
    if (!m) return /^$/;
    const esc = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    const scheme = m[1] === '*' ? 'https?' : m[1];
    const host = m[2].startsWith('*.') ? `([^/]+\\.)?${esc(m[2].slice(2))}` : esc(m[2]);
    return new RegExp(`^${scheme}://${host}${esc(m[3])}$`);
  };
  return (manifest.content_scripts ?? []).some(
    (cs) => (cs.matches ?? []).some((p) => toRe(p).test(url)) && !(cs.exclude_matches ?? []).some((p) => toRe(p).test(url)),
  );
}
