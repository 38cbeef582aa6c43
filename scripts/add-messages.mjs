#!/usr/bin/env node
// Deep-merges a patch { "<lang>": { namespace: {...} } } into locales/<lang>.json under a lock,
// so several people (or scripts) can add strings at once without losing each other's edits.
import { mkdirSync, readFileSync, rmdirSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const lock = resolve(root, 'locales/.lock');
const patchFile = process.argv[2];
if (!patchFile) {
  console.error('usage: node scripts/add-messages.mjs <patch.json>');
  process.exit(2);
}
const patch = JSON.parse(readFileSync(patchFile, 'utf8'));

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && target[key] && typeof target[key] === 'object') {
      merge(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

const started = Date.now();
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() - started > 20000) {
      console.error('locales/.lock is held for over 20 s; remove it if no merge is running');
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
try {
  for (const [lang, messages] of Object.entries(patch)) {
    const file = resolve(root, `locales/${lang}.json`);
    const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    writeFileSync(file, `${JSON.stringify(merge(current, messages), null, 2)}\n`);
    console.log(`merged ${lang}`);
  }
} finally {
  rmdirSync(lock);
}
