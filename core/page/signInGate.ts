/**
 * The one cheap check on Microsoft's sign-in hosts, on its own so a tiny gate script can run it
 * (entrypoints/signin-gate.ts): on login.microsoftonline.com most loads are password, MFA and consent pages,
 * where Passkey Guide must cost next to nothing (docs/performance.md). Only the passkey prompt, the proof-up
 * interrupt and the ceremony page on login.microsoft.com load the overlay. URL + at most ONE querySelector;
 * never reads an input field. core/page/recognize.ts (isRegistrationPage) uses the same check.
 * Imports only the sign-in headings and the host constants: keep it that way (the gate's size is its cost).
 */
import { LANGUAGES } from '../types';
import { CEREMONY_HOST, CEREMONY_PATH, LOGIN_HOST, SIGN_IN_HINT, normalize } from './securityInfoPage';
import { SIGN_IN_HEADINGS } from './signInHeadings';

/**
 * Every language's sign-in heading patterns (interrupt + passkey prompt) as one expression, built once. No `i`/`u`
 * flags: the sources are lower case and the text is lower-cased instead, because a case-insensitive Unicode
 * expression makes V8 build case-folding tables at compile time (about 1 ms measured, on every password-page load).
 */
let headings: RegExp | null = null;
export function signInHeadingPattern(): RegExp {
  if (!headings) {
    const parts: string[] = [];
    for (const l of LANGUAGES) {
      const s = SIGN_IN_HEADINGS[l];
      parts.push(s.registerHeading);
      if (s.passkeyIntro) parts.push(s.passkeyIntro);
    }
    headings = new RegExp(parts.map((p) => `(?:${p})`).join('|'));
  }
  return headings;
}

/**
 * On login.microsoftonline.com: is the first heading-like element the proof-up interrupt or the passkey prompt
 * (or is the proof-up redirect button there)? Password, MFA and consent pages have other headings.
 */
export function signInHeadingShown(doc: Document): boolean {
  try {
    const el = doc.querySelector(SIGN_IN_HINT);
    if (!el) return false;
    if (el.id === 'idSubmit_ProofUp_Redirect') return true;
    return signInHeadingPattern().test(normalize(el.textContent ?? '').toLowerCase());
  } catch {
    return false;
  }
}

/**
 * Whether a page on the two sign-in hosts is one the overlay has work on: login.microsoftonline.com with the
 * interrupt or prompt heading, or login.microsoft.com/{tenant}/fido/create (the ceremony). Any other URL: false.
 */
export function isSignInRegistrationPage(url: string, doc: Document): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  if (host === CEREMONY_HOST) return CEREMONY_PATH.test(parsed.pathname);
  return host === LOGIN_HOST && signInHeadingShown(doc);
}
