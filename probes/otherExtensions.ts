/**
 * May another extension (a password manager) take over passkey prompts? Password managers replace
 * navigator.credentials.create/get in pages (https://github.com/bitwarden/clients/issues/7080; 1Password's
 * property setter on navigator.credentials, https://github.com/bitwarden/clients/pull/20849). A native function stringifies as "[native code]"; a wrapped one does not.
 * This can only say "may": extensions using chrome.webAuthenticationProxy or the OS picker are invisible
 * here, and the popup itself is not a page they inject into. So "no" is never claimed: yes or unknown.
 */
import type { Tri } from '@/core/types';

export function isNativeFunction(fn: unknown): boolean {
  if (typeof fn !== 'function') return false;
  try {
    return /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(fn));
  } catch {
    return false;
  }
}

/** 'yes' = something wrapped WebAuthn in this document; 'unknown' otherwise (we cannot see everything). */
export function detectWebAuthnTakeover(win: { navigator?: Navigator } = globalThis): Tri {
  const credentials = win.navigator?.credentials as (CredentialsContainer & Record<string, unknown>) | undefined;
  if (!credentials) return 'unknown';
  const create = credentials.create;
  const get = credentials.get;
  if (create === undefined || get === undefined) return 'unknown';
  return isNativeFunction(create) && isNativeFunction(get) ? 'unknown' : 'yes';
}
