/**
 * Content-script hardening for WXT 0.21's ContentScriptContext (wxt/utils/content-script-context):
 *
 * 1. WXT announces every start of a content script with
 *    `window.postMessage({ type: "<extension id>:<entry>:wxt:content-script-started", … }, "*")`, so any
 *    script on Microsoft's page (or any frame) learns that the extension is installed and its ID on every
 *    load. We drop that postMessage (the `noScriptStartedPostMessage` behaviour, for every content script,
 *    without relying on each entry to pass the option).
 * 2. A newer copy of the script tells older ones to stop with a DOM CustomEvent on `document`. The page can
 *    dispatch the same event (its name is public: id + entry name), and WXT then invalidates the context,
 *    which removes the overlay. Events dispatched by scripts are never `isTrusted`, so that cannot tell the
 *    real sender apart; instead an old copy only obeys while its own extension context is gone
 *    (`browser.runtime.id` is undefined after an update, reload or uninstall), which is the only case the
 *    event exists for. A page event can no longer tear down a live overlay.
 *
 * If a WXT upgrade changes the code so the patterns no longer match, the build fails loudly.
 */
import type { Plugin } from 'vite';

const FILE = /[\\/]node_modules[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/;
const POST = 'if (!this.options?.noScriptStartedPostMessage) window.postMessage(';
const LISTEN = 'if (!(event instanceof CustomEvent) || !this.verifyScriptStartedEvent(event)) return;';

export function patchContentScriptContext(code: string): string {
  if (code.split(POST).length !== 2) throw new Error(`expected one start-up postMessage in WXT's content-script-context, found ${code.split(POST).length - 1}`);
  if (code.split(LISTEN).length !== 2) throw new Error("expected one script-started listener in WXT's content-script-context");
  return code
    .replace(POST, 'if (false) window.postMessage(')
    .replace(LISTEN, 'if (!(event instanceof CustomEvent) || !this.verifyScriptStartedEvent(event) || browser.runtime?.id != null) return;');
}

export function contentScriptHandshake(): Plugin {
  return {
    name: 'passkey-guide:content-script-handshake',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!FILE.test(file)) return null;
      try {
        return { code: patchContentScriptContext(code), map: null };
      } catch (err) {
        this.error(`${String(err)}: update scripts/vite-content-script-handshake.ts`);
      }
    },
  };
}
