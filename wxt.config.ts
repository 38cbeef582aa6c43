import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { stripPreactInnerHtml } from './scripts/vite-strip-innerhtml';
import { nativeBrowserInContentScripts } from './scripts/vite-native-browser-in-content';
import { contentScriptHandshake } from './scripts/vite-content-script-handshake';
import { thirdPartyNotices } from './scripts/vite-licence-notices';
import { manifestLocaleFiles } from './scripts/manifest-locales.mjs';
import { applySignInGate } from './scripts/manifest-signin-gate';

// Enterprise/hardening (docs/enterprise.md): extension-page CSP. No remote code, no eval, no plugins, nothing framed.
// Trusted Types: DOM XSS sinks (innerHTML, script.src, …) refuse plain strings and no policy may be created,
// so no string can ever become markup or script. Preact's one innerHTML write is stripped
// (scripts/vite-strip-innerhtml.ts); test/browser/privacy.spec.ts checks the pages render with no violation.
const EXTENSION_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
// PG_FIXED_KEY=1: test build with a fixed id (public key only; see test/keys/README.md).
const fixedKey = process.env.PG_FIXED_KEY === '1' ? readFileSync('test/keys/fixed-id.pub.b64', 'utf8').trim() : undefined;

// PG_OUT_DIR lets parallel builds (tests, benchmarks, several engineers) use separate output folders.
const outDir = process.env.PG_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // Terser with two passes: the content script runs on every Security info load and has a 22 KB gzip budget (docs/performance.md).
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
    plugins: [preact(), stripPreactInnerHtml(), nativeBrowserInContentScripts(), contentScriptHandshake(), thirdPartyNotices()],
  }),
  hooks: {
    // WXT copies the popup's <title> into action.default_title, and that <title> wins over a
    // <meta name="manifest.default_title"> (wxt 0.21 find-entrypoints), so the localized tooltip is set here.
    'build:manifestGenerated': (wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      // Chromium: a tiny gate script on the sign-in hosts loads the overlay only on registration pages (docs/performance.md).
      applySignInGate(manifest, wxt.config.browser);
    },
    // Localized manifest name/description (_locales) from locales/*.json, fresh on every build.
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocaleFiles());
    },
  },
  zip: {
    // The Firefox sources zip must never carry keys, secrets, builds or caches.
    excludeSources: [
      '**/*.pem',
      '**/*.key',
      '**/*.p12',
      '**/.env*',
      'keys/**',
      '.cache/**',
      '.output*/**',
      'site-dist/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      '.ci/**',
      '*.log',
    ],
  },
  manifest: ({ browser, command }) => ({
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    storage: { managed_schema: 'managed_schema.json' },
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_CSP } } : {}),
    ...(fixedKey && browser !== 'firefox' ? { key: fixedKey } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'passkey-guide@passkey-guide.github.io',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142 (web-ext lint warns otherwise).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
