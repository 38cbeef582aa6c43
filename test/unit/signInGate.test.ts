/**
 * The sign-in gate (core/page/signInGate.ts, entrypoints/signin-gate.ts) and its manifest entries
 * (scripts/manifest-signin-gate.ts): the gate decides exactly what the overlay's own first check decides on the
 * two sign-in hosts, its headings are the ones the recognizer uses, and the Chromium manifest moves the sign-in
 * hosts from the overlay to the gate without adding a permission or a host.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRegistrationPage } from '@/core/page/recognize';
import { PAGE_STRINGS } from '@/core/page/securityInfoPage';
import { isSignInRegistrationPage, signInHeadingShown } from '@/core/page/signInGate';
import { SIGN_IN_HEADINGS } from '@/core/page/signInHeadings';
import { LANGUAGES } from '@/core/types';
import { applySignInGate, GATE_SCRIPT, OVERLAY_SCRIPT, SIGN_IN_MATCHES } from '@/scripts/manifest-signin-gate';

const DIR = resolve(import.meta.dirname, '../fixtures/pages-2026');
function load(name: string): { doc: Document; url: string } {
  const doc = new DOMParser().parseFromString(readFileSync(join(DIR, `${name}.html`), 'utf8'), 'text/html');
  return { doc, url: doc.querySelector('meta[name="fixture-url"]')?.getAttribute('content') ?? '' };
}
const SIGN_IN_FIXTURES = readdirSync(DIR)
  .filter((f) => /^(signin-|ceremony\.)/.test(f))
  .map((f) => f.replace(/\.html$/, ''));

describe('sign-in gate predicate', () => {
  it('agrees with the overlay’s own first check on every sign-in-host fixture', () => {
    expect(SIGN_IN_FIXTURES.length).toBeGreaterThanOrEqual(15);
    const loaded: string[] = [];
    for (const n of SIGN_IN_FIXTURES) {
      const { doc, url } = load(n);
      const gate = isSignInRegistrationPage(url, doc);
      expect(gate, n).toBe(isRegistrationPage(url, doc));
      if (gate) loaded.push(n);
    }
    // Prompt, proof-up interrupt and ceremony load the overlay; password, MFA and "done" pages do not.
    expect(loaded.some((n) => n.startsWith('signin-prompt'))).toBe(true);
    expect(loaded.some((n) => n.startsWith('signin-proofup'))).toBe(true);
    expect(loaded.some((n) => n.startsWith('ceremony'))).toBe(true);
    expect(loaded.filter((n) => /password|mfa|done/.test(n))).toEqual([]);
  });

  it('stays away from every other URL, whatever the page shows', () => {
    const { doc } = load('signin-prompt.en');
    expect(signInHeadingShown(doc)).toBe(true);
    for (const url of [
      'https://mysignins.microsoft.com/security-info',
      'http://login.microsoftonline.com/common/prompt',
      'https://login.microsoftonline.com.evil.example/prompt',
      'https://login.microsoft.com/consumers/fido/create',
      'https://login.microsoft.com/common/login',
      'not a url',
    ])
      expect(isSignInRegistrationPage(url, doc), url).toBe(false);
    expect(isSignInRegistrationPage('https://login.microsoft.com/contoso.onmicrosoft.com/fido/create', doc)).toBe(true);
  });

  it('matches the headings whatever their case (sources are lower case; the text is lower-cased)', () => {
    for (const l of LANGUAGES) {
      const h = SIGN_IN_HEADINGS[l];
      expect(h.registerHeading, l).toBe(h.registerHeading.toLowerCase());
      if (h.passkeyIntro) expect(h.passkeyIntro, l).toBe(h.passkeyIntro.toLowerCase());
    }
    const page = (heading: string) => new DOMParser().parseFromString(`<div role="heading">${heading}</div>`, 'text/html');
    for (const heading of [
      'KEEP YOUR ACCOUNT SECURE',
      "Let's keep your account secure",
      'SÉCURISONS VOTRE COMPTE',
      'Schützen Sie Ihr Konto',
      'Sign in faster with your face, fingerprint, or PIN',
    ])
      expect(signInHeadingShown(page(heading)), heading).toBe(true);
    for (const heading of ['Enter password', 'Approve sign in request', 'Stay signed in?']) expect(signInHeadingShown(page(heading)), heading).toBe(false);
  });

  it('has one source for the headings: the recognizer’s PAGE_STRINGS use the gate’s', () => {
    for (const l of LANGUAGES) {
      expect(PAGE_STRINGS[l].registerHeading, l).toBe(SIGN_IN_HEADINGS[l].registerHeading);
      expect(PAGE_STRINGS[l].passkeyIntro, l).toBe(SIGN_IN_HEADINGS[l].passkeyIntro);
    }
  });
});

describe('sign-in gate manifest', () => {
  const built = () => ({
    permissions: ['storage'],
    content_scripts: [
      { matches: ['https://login.microsoft.com/*', 'https://login.microsoftonline.com/*', 'https://mysignins.microsoft.com/*'], js: [OVERLAY_SCRIPT] },
    ],
  });

  it('Chromium: the overlay keeps Security info, the gate takes the sign-in hosts, the overlay is reachable only by dynamic URL there', () => {
    const m = built();
    applySignInGate(m, 'chrome');
    expect(m.content_scripts).toEqual([
      { matches: ['https://mysignins.microsoft.com/*'], js: [OVERLAY_SCRIPT] },
      { matches: [...SIGN_IN_MATCHES], js: [GATE_SCRIPT], run_at: 'document_idle' },
    ]);
    expect((m as { web_accessible_resources?: unknown }).web_accessible_resources).toEqual([
      { resources: [OVERLAY_SCRIPT], matches: [...SIGN_IN_MATCHES], use_dynamic_url: true },
    ]);
    // Same hosts in sum, no new permission.
    expect(m.content_scripts.flatMap((c) => c.matches).sort()).toEqual(built().content_scripts[0]!.matches.sort());
    expect(m.permissions).toEqual(['storage']);
  });

  it('Firefox: unchanged (one content script on all three hosts)', () => {
    const m = built();
    applySignInGate(m, 'firefox');
    expect(m).toEqual(built());
  });

  it('fails the build when the overlay entry is missing', () => {
    expect(() => applySignInGate({ content_scripts: [] }, 'chrome')).toThrow(/no content-script entry/);
  });
});
