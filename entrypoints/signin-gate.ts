/**
 * The sign-in gate: the only script that runs on every load of login.microsoftonline.com and login.microsoft.com
 * (Chromium builds). Most of those loads are password, MFA and consent pages, where Passkey Guide must cost next to
 * nothing: this script is a few hundred bytes, imports nothing but the one cheap check (core/page/signInGate.ts),
 * touches no extension API, adds no listener, observer or timer, and stops there. Only on the passkey prompt, the
 * proof-up interrupt and the ceremony page does it load the overlay (content-scripts/overlay.js, the same script
 * that runs on Security info) as a module into this content script's isolated world. The overlay is a
 * web-accessible resource for the two sign-in hosts only, reachable only through the per-session dynamic URL
 * (`use_dynamic_url`), so a page cannot probe for it at a fixed address (scripts/manifest-signin-gate.ts).
 * Firefox builds keep the single overlay content script on all three hosts (this file is not built for them).
 */
import { isSignInRegistrationPage } from '@/core/page/signInGate';

export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    if (!isSignInRegistrationPage(location.href, document)) return;
    const api = (globalThis as { chrome?: { runtime?: { getURL(path: string): string } } }).chrome;
    const url = api?.runtime?.getURL('/content-scripts/overlay.js');
    // Never throw into Microsoft's page; a failed load leaves a trace for developers only.
    if (url) import(/* @vite-ignore */ url).catch((err: unknown) => console.debug('[Passkey Guide]', err));
  },
});
