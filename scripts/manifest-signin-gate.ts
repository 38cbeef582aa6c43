/**
 * The manifest side of the sign-in gate (entrypoints/signin-gate.ts), Chromium builds only.
 * The overlay content script keeps Security info (mysignins.microsoft.com); on the two sign-in hosts the tiny gate
 * runs instead and loads the overlay only on a registration page, by `import()` of the overlay script as a
 * web-accessible resource. That resource is exposed to those two hosts only and with `use_dynamic_url: true`:
 * Chromium then serves it only under a per-session dynamic ID, which `runtime.getURL` returns to our own scripts
 * (https://developer.chrome.com/docs/extensions/reference/manifest/web-accessible-resources, checked 2026-12), so
 * a page cannot detect the extension by fetching a fixed URL. No new permission: the host access is the same as
 * the content-script matches (which stay the same three hosts in sum).
 * Firefox keeps the single content script on all three hosts (no gate), unchanged.
 */
export const SIGN_IN_MATCHES = ['https://login.microsoftonline.com/*', 'https://login.microsoft.com/*'] as const;
export const GATE_SCRIPT = 'signin-gate.js';
export const OVERLAY_SCRIPT = 'content-scripts/overlay.js';

interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
  run_at?: string;
  [key: string]: unknown;
}
interface WebAccessibleEntry {
  resources: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
  [key: string]: unknown;
}
interface ManifestLike {
  content_scripts?: ContentScriptEntry[];
  web_accessible_resources?: (WebAccessibleEntry | string)[];
  [key: string]: unknown;
}

/** Moves the sign-in hosts from the overlay's content-script entry to the gate. Throws if the overlay entry is missing. */
export function applySignInGate(manifest: ManifestLike, browser: string): void {
  if (browser === 'firefox') return;
  const overlay = manifest.content_scripts?.find((cs) => cs.js?.includes(OVERLAY_SCRIPT));
  if (!overlay?.matches) throw new Error(`sign-in gate: no content-script entry for ${OVERLAY_SCRIPT} in the manifest`);
  const signIn: readonly string[] = SIGN_IN_MATCHES;
  overlay.matches = overlay.matches.filter((m) => !signIn.includes(m));
  manifest.content_scripts!.push({ matches: [...SIGN_IN_MATCHES], js: [GATE_SCRIPT], run_at: 'document_idle' });
  manifest.web_accessible_resources = [
    ...(manifest.web_accessible_resources ?? []),
    { resources: [OVERLAY_SCRIPT], matches: [...SIGN_IN_MATCHES], use_dynamic_url: true },
  ];
}
