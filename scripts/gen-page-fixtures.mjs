// Saves each view of the interactive replica (test/fixtures/replica) as a static page fixture in
// test/fixtures/pages/<name>.html. Class names and ids come out randomized on every run, which is
// the point: recognizers must not depend on them. Usage: node scripts/gen-page-fixtures.mjs
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { render } from '../test/fixtures/replica/replica-assets/render.js';

const OUT = resolve(import.meta.dirname, '../test/fixtures/pages');
const ERRORS = ['not-registered', 'already-exists', 'key-limit', 'mfa-required', 'provider-not-allowed', 'generic'];
const WIZARD = ['install', 'device', 'provider', 'reminder', 'qr', 'usb-nfc', 'setting-up', 'creating', 'name'];

/** [fixture name, view, options] */
const PAGES = [
  ['method-list.en', 'list', {}],
  ['method-list-passkey.en', 'list', { hasPasskey: true }],
  ['method-picker.en', 'picker', {}],
  ['method-picker-all.en', 'picker-all', {}],
  ['method-picker-legacy.en', 'picker-legacy', {}],
  ['method-picker-legacy-open.en', 'picker-legacy', { comboboxOpen: true }],
  ...WIZARD.map((v) => [`wizard-${v}.en`, v, {}]),
  ...ERRORS.map((e) => [`error-${e}.en`, 'error', { error: e }]),
  ['success.en', 'success', {}],
  ['register.en', 'register', { route: 'register' }],
  ['register.ja', 'register', { route: 'register', lang: 'ja' }],
  ['register.ar', 'register', { route: 'register', lang: 'ar' }],
];
for (const lang of ['de', 'fr', 'nl', 'es', 'ja', 'ar']) {
  PAGES.push(
    [`method-list.${lang}`, 'list', { lang }],
    [`method-list-passkey.${lang}`, 'list', { lang, hasPasskey: true }],
    [`method-picker.${lang}`, 'picker', { lang }],
    [`method-picker-all.${lang}`, 'picker-all', { lang }],
    [`wizard-usb-nfc.${lang}`, 'usb-nfc', { lang }],
    [`wizard-name.${lang}`, 'name', { lang }],
    [`wizard-reminder.${lang}`, 'reminder', { lang }],
    [`wizard-qr.${lang}`, 'qr', { lang }],
    [`error-not-registered.${lang}`, 'error', { lang, error: 'not-registered' }],
    [`success.${lang}`, 'success', { lang }],
  );
}

for (const [name, view, opts] of PAGES) {
  const window = new Window({ url: 'https://mysignins.microsoft.com/security-info' });
  const doc = window.document;
  doc.write('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div></body></html>');
  render(doc, view, opts);
  const path = opts.route === 'register' ? '/register' : '/security-info';
  const meta = doc.createElement('meta');
  meta.setAttribute('name', 'fixture-url');
  meta.setAttribute('content', `https://mysignins.microsoft.com${path}`);
  doc.head.append(meta);
  writeFileSync(join(OUT, `${name}.html`), `<!doctype html>\n${doc.documentElement.outerHTML}\n`);
  await window.happyDOM.close();
}
// An app shell before the SPA has rendered anything (the real page renders late).
writeFileSync(
  join(OUT, 'loading.en.html'),
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="fixture-url" content="https://mysignins.microsoft.com/security-info"><title>My Sign-Ins</title></head><body><div id="root"><div class="ms-Spinner root-101" role="progressbar" aria-label="Loading"></div></div></body></html>\n',
);
console.log(`wrote ${PAGES.length + 1} fixtures to ${OUT}`);
