#!/usr/bin/env node
// The manifest's localized name, description and toolbar tooltip (__MSG_appName__, __MSG_appDescription__,
// __MSG_actionTitle__) come from locales/<lang>.json `common.appName` / `common.appDescription` /
// `common.actionTitle`, so they are translated in one place.
// wxt.config.ts calls manifestLocaleFiles() in the `build:publicAssets` hook: every build writes fresh
// _locales/<lang>/messages.json (never stale, nothing generated is committed).
// CLI: `node scripts/manifest-locales.mjs [outDir]` writes them to outDir (default .cache/_locales) to inspect.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
/**
 * The one language list is `LANGUAGES` in core/types.ts; this plain-Node script reads it from there
 * (test/unit/languages.test.ts checks the result equals the TypeScript constant).
 */
export function languagesFromTypes(source = readFileSync(resolve(root, 'core/types.ts'), 'utf8')) {
  const match = /export const LANGUAGES = \[([^\]]*)\] as const/.exec(source);
  if (!match) throw new Error('core/types.ts: `export const LANGUAGES = [...] as const` not found');
  return [...match[1].matchAll(/'([a-z]{2,3})'/g)].map((m) => m[1]);
}
export const MANIFEST_LANGUAGES = languagesFromTypes();
// Chrome Web Store limits: name ≤ 75 characters (45 recommended, we enforce 45), description ≤ 132.
// actionTitle is the toolbar button's tooltip (action.default_title); kept short enough to show whole.
export const LIMITS = { appName: 45, appDescription: 132, actionTitle: 80 };
const DESCRIPTIONS = {
  appName: 'Extension name (manifest, stores)',
  appDescription: 'Extension description (manifest, stores)',
  actionTitle: 'Tooltip of the toolbar button (manifest action.default_title)',
};

/** messages.json text for one language; throws a clear error when a string is missing or too long. */
export function manifestMessages(lang, messages = JSON.parse(readFileSync(resolve(root, `locales/${lang}.json`), 'utf8'))) {
  const out = {};
  for (const [key, limit] of Object.entries(LIMITS)) {
    const message = messages?.common?.[key];
    if (typeof message !== 'string' || !message.trim()) throw new Error(`locales/${lang}.json: common.${key} is missing`);
    if ([...message].length > limit) throw new Error(`locales/${lang}.json: common.${key} is longer than ${limit} characters`);
    out[key] = { message, description: DESCRIPTIONS[key] };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Generated public files for WXT's build:publicAssets hook. */
export function manifestLocaleFiles() {
  return MANIFEST_LANGUAGES.map((lang) => ({ relativeDest: `_locales/${lang}/messages.json`, contents: manifestMessages(lang) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = resolve(process.argv[2] ?? resolve(root, '.cache'));
  for (const file of manifestLocaleFiles()) {
    const dest = resolve(outDir, file.relativeDest);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, file.contents);
  }
  console.log(`wrote ${outDir}/_locales for ${MANIFEST_LANGUAGES.join(', ')}`);
}
