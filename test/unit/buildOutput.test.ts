// The build scanner (scripts/scan-build.mjs, run as `npm run scan:build` after the build in `npm test`)
// must catch what it claims to catch, and let the real bundle patterns through.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain .mjs script without types
import { bannerPackages, scanBuild, scanFile, scanManifest, scanNotices, scanText } from '../../scripts/scan-build.mjs';
import { bannerFor, packageDirOf, renderNotices } from '../../scripts/vite-licence-notices';
import { patchContentScriptContext } from '../../scripts/vite-content-script-handshake';
import { readFileSync } from 'node:fs';
import { manifestLocaleFiles, manifestMessages } from '../../scripts/manifest-locales.mjs';
import { LANGUAGES } from '@/core/types';

const ids = (text: string) => (scanText(text) as { id: string }[]).map((f) => f.id);
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

describe('scan-build rules', () => {
  it.each([
    ['eval("1+1")', 'eval'],
    ['x=window.eval (code)', 'eval'],
    ['new Function("return 1")', 'new-function'],
    ['Function("a","return a")', 'new-function'],
    ['setTimeout("alert(1)", 5)', 'string-timer'],
    ['el.innerHTML = data', 'inner-html'],
    ['e.outerHTML=s', 'inner-html'],
    ['el.insertAdjacentHTML("beforeend", s)', 'insert-html'],
    ['document.write(s)', 'insert-html'],
    ['<script src="https://cdn.example.com/x.js"></script>', 'remote-script-tag'],
    ['<script src=//cdn.example.com/x.js></script>', 'remote-script-tag'],
    ['<link rel="stylesheet" href="https://fonts.example.com/a.css">', 'remote-stylesheet'],
    ['import("https://evil.example/x.js")', 'remote-import'],
    ['import x from "https://esm.sh/preact"', 'remote-import'],
    ['importScripts("a.js")', 'remote-import'],
    ['fetch("https://telemetry.example.com/e")', 'remote-fetch'],
    ['navigator.sendBeacon(`https://t.example/`)', 'remote-fetch'],
  ])('flags %s', (code, id) => {
    expect(ids(code)).toContain(id);
  });

  it.each([
    'const evaluate = 1; retrieval(x)',
    'el.textContent = data',
    'if (a.innerHTML == b) {}',
    'fetch(browser.runtime.getURL("/content-scripts/mysignins.css"))',
    'fetch(e.href,n)',
    '<script type="module" src="./chunks/popup.js"></script>',
    'const ns = "http://www.w3.org/2000/svg"',
    'const link = "https://mysignins.microsoft.com/security-info"',
    'x.setTimeout(fn, 10)',
  ])('lets %s through', (code) => {
    expect(ids(code)).toEqual([]);
  });
});

describe('scan-build manifest checks', () => {
  const good = {
    manifest_version: 3,
    permissions: ['storage'],
    content_security_policy: { extension_pages: CSP },
    content_scripts: [{ matches: ['https://mysignins.microsoft.com/*'] }],
  };

  it('accepts the project manifest shape', () => {
    expect(scanManifest(good)).toEqual([]);
  });

  it('flags a weak CSP, extra permissions and broad content scripts', () => {
    expect(scanManifest({ ...good, content_security_policy: undefined })).toEqual(['no content_security_policy.extension_pages']);
    expect(
      scanManifest({ ...good, content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'" } }).length,
    ).toBeGreaterThan(0);
    expect(
      scanManifest({ ...good, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example.com; object-src 'none'" } }).length,
    ).toBeGreaterThan(0);
    expect(scanManifest({ ...good, permissions: ['storage', 'tabs'] })).toEqual([expect.stringContaining('"tabs"')]);
    expect(scanManifest({ ...good, host_permissions: ['<all_urls>'] })).toEqual([expect.stringContaining('<all_urls>')]);
    expect(scanManifest({ ...good, content_scripts: [{ matches: ['*://*/*'] }] })).toEqual([expect.stringContaining('*://*/*')]);
  });

  it('scans a whole build folder and reports file and rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-scan-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(good));
    writeFileSync(join(dir, 'chunks/ok.js'), 'export const a = 1;');
    writeFileSync(join(dir, 'chunks/bad.js'), 'el.innerHTML = location.hash;');
    writeFileSync(join(dir, 'THIRD_PARTY_NOTICES.txt'), 'notices');
    const { findings, scanned } = scanBuild(dir);
    expect(scanned).toBe(2);
    expect(findings).toEqual([expect.stringMatching(/bad\.js: innerHTML/)]);
  });
});

describe('manifest locales', () => {
  it('every language gives a localized name and description within store limits', () => {
    const files = manifestLocaleFiles();
    expect(files.map((f) => f.relativeDest)).toEqual(LANGUAGES.map((l) => `_locales/${l}/messages.json`));
    for (const file of files) {
      const parsed = JSON.parse(file.contents);
      expect(parsed.appName.message.length, file.relativeDest).toBeGreaterThan(0);
      expect([...parsed.appDescription.message].length, file.relativeDest).toBeLessThanOrEqual(132);
    }
  });

  it('the toolbar tooltip (action.default_title = __MSG_actionTitle__) is localized in every language', () => {
    const titles = manifestLocaleFiles().map((file) => JSON.parse(file.contents).actionTitle?.message as string);
    for (const title of titles) expect(title.length).toBeGreaterThan(0);
    // Seven different texts: no language falls back to the English tooltip.
    expect(new Set(titles).size).toBe(LANGUAGES.length);
    expect(() => manifestMessages('xx', { common: { appName: 'A', appDescription: 'B' } })).toThrow('locales/xx.json: common.actionTitle is missing');
  });

  it('refuses a missing or too long description with a clear message', () => {
    expect(() => manifestMessages('xx', { common: { appName: 'A' } })).toThrow('locales/xx.json: common.appDescription is missing');
    expect(() => manifestMessages('xx', { common: { appName: 'A', appDescription: 'x'.repeat(133) } })).toThrow('longer than 132');
  });
});

const PKG = (name: string, license = 'MIT') => ({ name, version: '1.0.0', license, homepage: null, text: `${name} licence text` });

describe('trust boundaries in the build (scan-build)', () => {
  const good = {
    manifest_version: 3,
    permissions: ['storage'],
    content_security_policy: { extension_pages: CSP },
    content_scripts: [{ matches: ['https://mysignins.microsoft.com/*'] }],
  };

  it('requires Trusted Types in the extension-page CSP', () => {
    const withoutTT = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";
    expect(scanManifest({ ...good, content_security_policy: { extension_pages: withoutTT } })).toEqual(["CSP lacks require-trusted-types-for 'script'"]);
    expect(scanManifest(good)).toEqual([]);
  });

  it('allows the content script on Security info and the two sign-in hosts only', () => {
    const matches = ['https://mysignins.microsoft.com/*', 'https://login.microsoftonline.com/*', 'https://login.microsoft.com/*'];
    expect(scanManifest({ ...good, content_scripts: [{ matches }] })).toEqual([]);
    expect(scanManifest({ ...good, content_scripts: [{ matches: ['https://*.microsoft.com/*'] }] })).toHaveLength(1);
  });

  it("flags Chromium's virtual-authenticator AAGUID anywhere, and postMessage in a content script", () => {
    expect(scanFile('chunks/x.js', 'const a="01020304-0506-0708-0102-030405060708"')).toEqual([expect.stringContaining('virtual-authenticator AAGUID')]);
    expect(scanFile('content-scripts/overlay.js', 'window.postMessage({type:t},"*")')).toEqual([expect.stringContaining('postMessage in a content script')]);
    expect(scanFile('chunks/popup.js', 'window.postMessage(x)')).toEqual([]);
  });

  it('licence notices: the file must exist and list every package a chunk banner names', () => {
    const banner = bannerFor([PKG('preact'), PKG('webextension-polyfill', 'MPL-2.0')]);
    expect(banner).toBe('/*! Passkey Guide. Includes preact (MIT), webextension-polyfill (MPL-2.0). Licences: THIRD_PARTY_NOTICES.txt */');
    expect(bannerPackages(`${banner}\nvar a=1`)).toEqual(['preact', 'webextension-polyfill']);
    const notices = renderNotices([PKG('webextension-polyfill', 'MPL-2.0'), PKG('preact')]);
    expect(notices).toContain('- preact 1.0.0 (MIT)');
    expect(notices).toContain('webextension-polyfill licence text');
    expect(scanNotices([['background.js', `${banner}\nx`]], notices)).toEqual([]);
    expect(scanNotices([['background.js', 'x']], notices)).toEqual(['background.js: no licence banner']);
    expect(scanNotices([['background.js', `${banner}\nx`]], renderNotices([PKG('preact')]))).toEqual([
      expect.stringContaining('webextension-polyfill, missing'),
    ]);
    expect(scanNotices([], null)).toEqual(['no THIRD_PARTY_NOTICES.txt in the build']);
    // A package name cannot close the comment early.
    expect(bannerFor([PKG('evil*/alert(1)/*')])).not.toMatch(/\*\/(?!$)/);
  });

  it('finds the innermost npm package of a bundled module', () => {
    expect(packageDirOf('/p/node_modules/preact/dist/preact.mjs')).toBe('/p/node_modules/preact');
    expect(packageDirOf('/p/node_modules/@simplewebauthn/browser/esm/index.js?x')).toBe('/p/node_modules/@simplewebauthn/browser');
    expect(packageDirOf('/p/node_modules/a/node_modules/b/i.js')).toBe('/p/node_modules/a/node_modules/b');
    expect(packageDirOf('/p/core/types.ts')).toBeNull();
  });
});

describe("WXT's content-script handshake patch (scripts/vite-content-script-handshake.ts)", () => {
  const source = readFileSync(join(process.cwd(), 'node_modules/wxt/dist/utils/content-script-context.mjs'), 'utf8');

  it('removes the start-up postMessage and obeys the "newer script" event only once orphaned', () => {
    const patched = patchContentScriptContext(source);
    expect(source).toMatch(/window\.postMessage\(/);
    expect(patched).toContain('if (false) window.postMessage(');
    expect(patched).toContain('browser.runtime?.id != null) return;');
  });

  it('fails loudly when WXT changes the code it patches', () => {
    expect(() => patchContentScriptContext(source.replace('noScriptStartedPostMessage', 'renamedOption'))).toThrow(/postMessage/);
  });
});
