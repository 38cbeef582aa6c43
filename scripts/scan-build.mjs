#!/usr/bin/env node
// Hardening gate (docs/enterprise.md): scans the built extension(s) for remote code and unsafe DOM/code sinks.
// Usage: node scripts/scan-build.mjs [outDir]   (default: $PG_OUT_DIR or .output; scans every */manifest.json build in it)
// Exit 1 with a list of findings when anything is found, 2 when there is no build to scan.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** [id, pattern, explanation]: applied to every .js/.mjs/.html file of the build. */
export const CODE_RULES = [
  ['eval', /(?<![\w$])eval\s*\(/, 'eval()'],
  ['new-function', /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/, 'new Function / Function("...")'],
  ['string-timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout/setInterval with a string'],
  ['inner-html', /\.(?:innerHTML|outerHTML)\s*=(?!=)/, 'innerHTML/outerHTML assignment'],
  ['insert-html', /\.insertAdjacentHTML\s*\(|\bdocument\.write(?:ln)?\s*\(|createContextualFragment\s*\(/, 'HTML string sinks'],
  ['remote-script-tag', /<script[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i, '<script src> pointing outside the package'],
  ['remote-stylesheet', /<link[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i, '<link href> pointing outside the package'],
  ['remote-import', /\bimport\s*\(\s*["'`](?:https?:)?\/\/|\bfrom\s*["'`](?:https?:)?\/\/|\bimportScripts\s*\(/, 'remote import / importScripts'],
  ['remote-fetch', /\b(?:fetch|sendBeacon|EventSource|WebSocket)\s*\(\s*["'`](?:https?|wss?):\/\//, 'a network call to a literal remote URL'],
];

/** Chromium's CDP virtual-authenticator AAGUID: recognized in unit tests only, never shipped. */
export const VIRTUAL_AAGUID = '01020304-0506-0708-0102-030405060708';
/** Hosts the content script may run on (Security info, and the sign-in prompt on both login hosts). */
export const CONTENT_SCRIPT_MATCHES = ['https://mysignins.microsoft.com/*', 'https://login.microsoftonline.com/*', 'https://login.microsoft.com/*'];
export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';
const BANNER = /\/\*! Passkey Guide\. Includes (.+?)\. Licences: THIRD_PARTY_NOTICES\.txt \*\//;

/** Rules for one built file by its path inside the build (content scripts must not talk to the page). */
export function scanFile(relPath, text) {
  const found = scanText(text).map(({ why }) => why);
  if (text.includes(VIRTUAL_AAGUID)) found.push("Chromium's virtual-authenticator AAGUID (test builds only)");
  if (/^content-scripts\//.test(relPath) && /\bpostMessage\s*\(/.test(text)) found.push('postMessage in a content script (tells the page the extension id)');
  return found;
}

/** Packages named in a chunk's licence banner. */
export function bannerPackages(text) {
  const m = BANNER.exec(text.slice(0, 2000));
  return m ? m[1].split(', ').map((p) => p.replace(/ \([^)]*\)$/, '')) : [];
}

/** Licence notices: the file exists and lists every package a banner names; the background bundle has a banner. */
export function scanNotices(files, notices) {
  const problems = [];
  if (notices === null) return [`no ${NOTICES_FILE} in the build`];
  for (const [rel, text] of files) {
    for (const pkg of bannerPackages(text)) if (!notices.includes(`- ${pkg} `)) problems.push(`${rel}: banner names ${pkg}, missing from ${NOTICES_FILE}`);
    if (/(^|\/)background\.js$/.test(rel) && bannerPackages(text).length === 0) problems.push(`${rel}: no licence banner`);
  }
  return problems;
}

export function scanText(text) {
  return CODE_RULES.filter(([, pattern]) => pattern.test(text)).map(([id, , why]) => ({ id, why }));
}

/** Problems in a manifest object (CSP, remote scripts, permissions we never asked for). */
export function scanManifest(manifest) {
  const problems = [];
  const csp = manifest.content_security_policy?.extension_pages;
  if (manifest.manifest_version === 3) {
    if (typeof csp !== 'string') problems.push('no content_security_policy.extension_pages');
    else {
      const scriptSrc = /(?:^|;)\s*script-src([^;]*)/.exec(csp)?.[1]?.trim();
      if (scriptSrc !== "'self'") problems.push(`script-src must be exactly 'self' (is "${scriptSrc ?? 'missing'}")`);
      if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/.test(csp.replace(/img-src[^;]*/, '')))
        problems.push(`CSP allows more than the package: ${csp}`);
      if (!/object-src\s+'none'/.test(csp)) problems.push("CSP lacks object-src 'none'");
      if (!/require-trusted-types-for\s+'script'/.test(csp)) problems.push("CSP lacks require-trusted-types-for 'script'");
    }
  }
  const allowed = new Set(['storage']);
  for (const p of manifest.permissions ?? []) if (!allowed.has(p)) problems.push(`unexpected permission "${p}" (justify it in docs/enterprise.md and here)`);
  for (const h of manifest.host_permissions ?? []) problems.push(`unexpected host permission "${h}"`);
  for (const cs of manifest.content_scripts ?? [])
    for (const m of cs.matches ?? []) if (!CONTENT_SCRIPT_MATCHES.includes(m)) problems.push(`content script on "${m}"`);
  if (manifest.externally_connectable) problems.push('externally_connectable is set');
  return problems;
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

export function scanBuild(buildDir) {
  const findings = [];
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8'));
  for (const problem of scanManifest(manifest)) findings.push(`${relative(process.cwd(), buildDir)}/manifest.json: ${problem}`);
  let scanned = 0;
  const code = [];
  for (const file of files(buildDir)) {
    if (!/\.(m?js|html|json)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const rel = relative(buildDir, file).split('\\').join('/');
    if (/\.json$/.test(file)) {
      if (text.includes(VIRTUAL_AAGUID)) findings.push(`${relative(process.cwd(), file)}: Chromium's virtual-authenticator AAGUID (test builds only)`);
      continue;
    }
    scanned++;
    code.push([rel, text]);
    for (const why of scanFile(rel, text)) findings.push(`${relative(process.cwd(), file)}: ${why}`);
  }
  const noticesPath = join(buildDir, NOTICES_FILE);
  for (const problem of scanNotices(code, existsSync(noticesPath) ? readFileSync(noticesPath, 'utf8') : null))
    findings.push(`${relative(process.cwd(), buildDir)}: ${problem}`);
  return { findings, scanned };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = resolve(process.argv[2] ?? process.env.PG_OUT_DIR ?? '.output');
  const builds = existsSync(outDir)
    ? readdirSync(outDir)
        .map((d) => join(outDir, d))
        .filter((d) => existsSync(join(d, 'manifest.json')))
    : [];
  if (builds.length === 0) {
    console.error(`scan:build: no built extension in ${outDir}; run npm run build first`);
    process.exit(2);
  }
  let failed = false;
  for (const build of builds) {
    const { findings, scanned } = scanBuild(build);
    console.log(`scan:build ${relative(process.cwd(), build)}: ${scanned} files, ${findings.length} findings`);
    for (const f of findings) console.error(`  ✗ ${f}`);
    failed ||= findings.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
