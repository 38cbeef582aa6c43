/**
 * Arabic mirrors correctly only if layout CSS uses logical properties. This scans every stylesheet
 * and inline style of the surfaces for physical left/right properties.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textDirection } from '@/core/i18n';
import { LANGUAGES } from '@/core/types';

const root = resolve(import.meta.dirname, '../..');
const DIRS = ['entrypoints', 'components', 'site'];

function files(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(css|tsx)$/.test(name) ? [path] : [];
  });
}

/** Physical properties and values, with the logical replacement to suggest. */
const PHYSICAL: [RegExp, string][] = [
  [/\b(margin|padding|border)-(left|right)\b/, 'margin/padding/border-inline-start/end'],
  [/(^|[\s;{"'`])(left|right)\s*:/, 'inset-inline-start/end'],
  [/\btext-align\s*:\s*(left|right)\b/, 'text-align: start/end'],
  [/\bfloat\s*:\s*(left|right)\b/, 'float: inline-start/end'],
  [/\b(border-(top|bottom)-(left|right)-radius)\b/, 'border-start-start-radius etc.'],
  [/\bmarginLeft|marginRight|paddingLeft|paddingRight\b/, 'marginInlineStart etc.'],
];

describe('right-to-left layout', () => {
  it('Arabic is the only right-to-left language', () => {
    expect(LANGUAGES.filter((l) => textDirection(l) === 'rtl')).toEqual(['ar']);
  });

  it('styles use logical properties (no left/right) so Arabic mirrors', () => {
    const found: string[] = [];
    const all = DIRS.flatMap((d) => files(resolve(root, d)));
    expect(all.length).toBeGreaterThan(0);
    for (const file of all) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      text.split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        // In .tsx only style-ish lines matter (style props, css template strings); class names and text do not.
        if (file.endsWith('.tsx') && !/style|css|:\s*['"`]?\d/.test(line)) return;
        // The spotlight is placed from getBoundingClientRect(), which is physical in every direction.
        if (file.endsWith('overlay.content/style.css') && /^\s*left:\s*0;/.test(line)) return;
        for (const [pattern, fix] of PHYSICAL) if (pattern.test(line)) found.push(`${file.slice(root.length + 1)}:${i + 1}: ${line.trim()} → use ${fix}`);
      });
    }
    expect(found).toEqual([]);
  });
});
