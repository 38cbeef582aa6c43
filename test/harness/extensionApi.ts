/**
 * The extension API in unit tests: WXT's fakeBrowser (an in-memory `browser`, https://wxt.dev/guide/essentials/unit-testing.html),
 * which WxtVitest (vitest.config.ts) installs as the `browser` and `chrome` globals and as the `wxt/browser` module.
 * `vi.unstubAllGlobals()` removes those globals too, so a test that needs the extension calls `installFakeExtension()` first.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A fresh, empty fakeBrowser as the `browser`/`chrome` globals (storage.local/session/managed, runtime.id). */
export function installFakeExtension(): typeof fakeBrowser {
  fakeBrowser.reset();
  vi.stubGlobal('browser', fakeBrowser);
  vi.stubGlobal('chrome', fakeBrowser);
  return fakeBrowser;
}

/** The standalone companion site: no extension API at all (code falls back to localStorage and the default policy). */
export function withoutExtensionApi(): void {
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', undefined);
}
