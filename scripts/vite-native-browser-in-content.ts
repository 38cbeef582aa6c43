/**
 * Performance (docs/performance.md): the content script uses the browser's own promise-based `browser`/`chrome`
 * object instead of webextension-polyfill (about 9.6 kB raw / 3 kB gzip and a start-up cost on every
 * load of Security info). Every call it makes (runtime.sendMessage, storage.local.get/set/remove,
 * runtime.getURL/id) returns a promise natively in Chrome/Edge MV3 and Firefox. The other entry points
 * (service worker, popup, pages) keep the polyfill, so the background's promise-returning onMessage
 * listener still answers through sendResponse, which native sendMessage receives.
 */
import type { Plugin } from 'vite';

const POLYFILL = /^(?:wxt\/browser|@wxt-dev\/webextension-polyfill\/browser)$/;

function inputs(input: unknown): string[] {
  if (typeof input === 'string') return [input];
  if (Array.isArray(input)) return input.map(String);
  if (input && typeof input === 'object') return Object.values(input).map(String);
  return [];
}

export function nativeBrowserInContentScripts(): Plugin {
  let contentBuild = false;
  return {
    name: 'passkey-guide:native-browser-in-content-scripts',
    enforce: 'pre',
    buildStart(options) {
      const entries = inputs(options.input);
      contentBuild = entries.length > 0 && entries.every((f) => /\.content(?:[\\/]index)?\.[jt]sx?$|\.content[\\/]/.test(f));
    },
    async resolveId(source, importer) {
      if (!contentBuild || !POLYFILL.test(source)) return null;
      return (await this.resolve('@wxt-dev/browser', importer, { skipSelf: true }))?.id ?? null;
    },
  };
}
