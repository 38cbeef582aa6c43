// The benchmark's own logic (scripts/bench/): the empty-script "floor" extension must mirror the built
// extension's content-script entries exactly, the host-match check must follow the manifest, and the
// statistics must be the nearest-rank quantiles the docs describe. A wrong floor or match would make every
// "above the floor" figure meaningless.
// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs module without types
import { FLOOR_SCRIPT, contentScriptRunsOn, writeFloorExtension } from '../../scripts/bench/variants.mjs';
// @ts-expect-error plain .mjs module without types
import { quantile, summarize } from '../../scripts/bench/stats.mjs';

function fakeBuild(contentScripts: unknown[]) {
  const dir = mkdtempSync(join(tmpdir(), 'pg-bench-ext-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'x', version: '1', content_scripts: contentScripts }));
  return dir;
}

describe('floor extension', () => {
  it('keeps every content-script entry (matches, run_at, frames) and replaces its files by one empty script', () => {
    const ext = fakeBuild([
      { matches: ['https://mysignins.microsoft.com/*'], js: ['content-scripts/overlay.js'], css: ['content-scripts/overlay.css'] },
      { matches: ['https://login.microsoftonline.com/*', 'https://login.microsoft.com/*'], js: ['a.js', 'b.js'], run_at: 'document_end', all_frames: true },
    ]);
    const floor = writeFloorExtension(ext, join(mkdtempSync(join(tmpdir(), 'pg-bench-floor-')), 'floor'));
    const manifest = JSON.parse(readFileSync(join(floor, 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts).toEqual([
      { matches: ['https://mysignins.microsoft.com/*'], js: [FLOOR_SCRIPT] },
      { matches: ['https://login.microsoftonline.com/*', 'https://login.microsoft.com/*'], js: [FLOOR_SCRIPT], run_at: 'document_end', all_frames: true },
    ]);
    expect(manifest.permissions).toBeUndefined();
    expect(manifest.background).toBeUndefined();
    // The script does nothing: a function that is called and returns.
    expect(readFileSync(join(floor, FLOOR_SCRIPT), 'utf8').trim()).toBe('(function () {})();');
  });

  it('refuses a build without content scripts (there would be no floor to measure)', () => {
    expect(() => writeFloorExtension(fakeBuild([]), join(mkdtempSync(join(tmpdir(), 'pg-bench-floor-')), 'floor'))).toThrow(/no content script/);
  });
});

describe('contentScriptRunsOn', () => {
  const ext = fakeBuild([
    {
      matches: ['https://mysignins.microsoft.com/*', 'https://*.example.com/app/*'],
      exclude_matches: ['https://mysignins.microsoft.com/private/*'],
      js: ['x.js'],
    },
  ]);
  it.each([
    ['https://mysignins.microsoft.com/security-info', true],
    ['https://mysignins.microsoft.com/private/x', false],
    ['https://login.microsoftonline.com/common/login', false],
    ['https://mysignins.microsoft.com.evil.test/security-info', false],
    ['http://mysignins.microsoft.com/security-info', false],
    ['https://example.com/app/1', true],
    ['https://a.b.example.com/app/1', true],
    ['https://example.com/other', false],
  ])('%s → %s', (url, expected) => {
    expect(contentScriptRunsOn(ext, url)).toBe(expected);
  });
});

describe('stats', () => {
  it('uses nearest-rank quantiles', () => {
    const v = [5, 1, 4, 2, 3];
    expect(quantile(v, 0.5)).toBe(3);
    expect(quantile(v, 0.1)).toBe(1);
    expect(quantile(v, 0.95)).toBe(5);
    expect(summarize([1.234, 2.345, 3.456, 10])).toMatchObject({ n: 4, median: 2.35, min: 1.23, max: 10 });
  });
});
