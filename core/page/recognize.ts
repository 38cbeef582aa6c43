/**
 * Tells the overlay which state Microsoft's registration pages are in (Security info, /register, the
 * sign-in prompt on login.microsoftonline.com and the ceremony page on login.microsoft.com), from the URL,
 * ARIA roles, accessible names, Microsoft's own test ids and the page's own strings
 * (core/page/securityInfoPage.ts). Pure: takes a Document, never touches browser globals, never returns or
 * stores personal data (method row details such as phone numbers or e-mail addresses are never read, and
 * input fields are never read).
 */
import type { Language, PageState } from '../types';
import { LANGUAGES } from '../types';
import {
  BUTTON_SELECTOR,
  CHOICE_SELECTOR,
  DIALOG_SELECTOR,
  ERROR_SELECTOR,
  TEXTBOX_SELECTOR,
  accessibleName,
  inMethodRow,
  isHidden,
  visible,
  visibleText,
} from './dom';
import {
  CEREMONY_HOST,
  CEREMONY_PATH,
  HOOKS,
  LOGIN_HOST,
  PAGE_ERRORS,
  PAGE_STRINGS,
  ROUTES,
  SECURITY_INFO_HOST,
  matchesAny,
  pattern,
  type PageError,
  type PageStrings,
  type WizardStep,
} from './securityInfoPage';
import { signInHeadingShown } from './signInGate';

/** `sign-in`: login.microsoftonline.com (any path); `ceremony`: login.microsoft.com/{tenant}/fido/create. */
export type PageRoute = 'security-info' | 'register' | 'sign-in' | 'ceremony' | 'other';

export interface PageRecognition {
  state: PageState;
  /** Finer step (`data-step`): wizard step, picker variant, sign-in step, `authenticator-app` success, or error id. */
  step: string | null;
  route: PageRoute;
  /** The page's language (from <html lang> or the strings that matched); null when unknown. */
  language: Language | null;
  /** A passkey or security key is already listed (method-list only); null when not on the list. */
  hasPasskey: boolean | null;
  error: PageError | null;
}

const UNKNOWN: PageRecognition = { state: 'unknown', step: null, route: 'other', language: null, hasPasskey: null, error: null };

export function routeOf(url: string): PageRoute {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'other';
  }
  if (parsed.protocol !== 'https:') return 'other';
  const host = parsed.hostname.toLowerCase();
  if (host === SECURITY_INFO_HOST) {
    if (ROUTES.securityInfo.test(parsed.pathname)) return 'security-info';
    if (ROUTES.register.test(parsed.pathname)) return 'register';
    return 'other';
  }
  if (host === LOGIN_HOST) return 'sign-in';
  if (host === CEREMONY_HOST && CEREMONY_PATH.test(parsed.pathname)) return 'ceremony';
  return 'other';
}

/** Which of the three Microsoft hosts a URL is on (URL only, no DOM): the content script's very first check. */
export function signInHostKind(url: string): 'security-info' | 'sign-in' | 'ceremony' | null {
  const route = routeOf(url);
  if (route === 'security-info' || route === 'register') return 'security-info';
  if (route === 'sign-in' || route === 'ceremony') return route;
  return null;
}

/**
 * The CHEAP first check (URL + at most ONE querySelector; never reads an input field): is this a page where the
 * overlay has anything to do? Security info and the ceremony page: by URL alone. login.microsoftonline.com: only
 * when the first heading is the proof-up interrupt or the passkey prompt (or the proof-up redirect button is
 * there): core/page/signInGate.ts, which the sign-in gate script runs on its own. Password, MFA and consent
 * pages return false, and the caller should stop there.
 */
export function isRegistrationPage(url: string, doc: Document): boolean {
  const kind = signInHostKind(url);
  if (kind !== 'sign-in') return kind !== null;
  return signInHeadingShown(doc);
}

/** Page language from <html lang>, else null. */
export function declaredLanguage(doc: Document): Language | null {
  const raw = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(raw) ? (raw as Language) : null;
}

/** Languages to try, page language first (Microsoft may leave a string untranslated, so English is always tried). */
export function languageOrder(lang: Language | null): Language[] {
  return lang ? [lang, ...LANGUAGES.filter((l) => l !== lang)] : [...LANGUAGES];
}

type Key = Exclude<keyof PageStrings, 'errors'>;

function anyNamed(root: ParentNode, selector: string, key: Key, langs: Language[]): boolean {
  return visible(root, selector).some((el) => matchesAny(accessibleName(el), key, langs));
}

const HEADINGS = `h1, h2, h3, [role="heading"], ${HOOKS.stepTitle}`;
function headingMatches(root: ParentNode, key: Key, langs: Language[]): boolean {
  return visible(root, HEADINGS).some((el) => !inMethodRow(el) && matchesAny(visibleText(el), key, langs));
}

function textMatches(root: ParentNode, key: Key, langs: Language[]): boolean {
  // Short text (status lines, headings), never inside a method row (names, numbers, addresses live there).
  return visible(root, `${HEADINGS}, p, span, div[role="status"]`).some((el) => {
    if (inMethodRow(el)) return false;
    const t = el.textContent ?? '';
    return t.length <= 200 && matchesAny(visibleText(el), key, langs);
  });
}

/** An error on the page: `role=alert`, `#ms-banner`, Fluent message bars, testid-only error bars. */
export function findError(root: ParentNode, langs: Language[]): PageError | null {
  const alerts = visible(root, ERROR_SELECTOR);
  for (const el of alerts) {
    const text = visibleText(el);
    if (!text) continue;
    for (const id of PAGE_ERRORS) if (langs.some((l) => pattern(PAGE_STRINGS[l].errors[id]).test(text))) return id;
  }
  // A testid-marked error bar in a language whose wording is unknown is still an error.
  if (visible(root, HOOKS.errorBar).some((el) => visibleText(el) !== '')) return 'generic';
  return null;
}

function isPicker(dialog: Element, langs: Language[]): 'recommended' | 'all' | 'legacy' | null {
  if (anyNamed(dialog, '[role="combobox"]', 'pickerCombobox', langs)) return 'legacy';
  const titled = matchesAny(accessibleName(dialog), 'pickerTitle', langs) || headingMatches(dialog, 'pickerTitle', langs);
  const cards = visible(dialog, HOOKS.pickerCard).length > 0;
  const methods =
    cards ||
    visible(dialog, CHOICE_SELECTOR).some((el) => {
      const name = accessibleName(el);
      return matchesAny(name, 'authenticatorPasskey', langs) || matchesAny(name, 'passkey', langs) || matchesAny(name, 'securityKey', langs);
    });
  if (!titled && !methods) return null;
  return anyNamed(dialog, BUTTON_SELECTOR, 'showMore', langs) ? 'recommended' : 'all';
}

/** The wizard step a dialog (or the /register page) shows; null when it offers nothing wizard-like. */
export function wizardStep(root: ParentNode, langs: Language[]): WizardStep | null {
  const buttons = (key: Key) => anyNamed(root, BUTTON_SELECTOR, key, langs);
  const heading = (key: Key) => headingMatches(root, key, langs);
  if (
    heading('nameTitle') ||
    visible(root, TEXTBOX_SELECTOR).some(
      (el) => matchesAny(accessibleName(el), 'nameField', langs) || /name|nom|naam|nombre|名前|اسم/i.test(accessibleName(el)),
    )
  )
    return 'name';
  if (buttons('usb') && buttons('nfc')) return 'usb-nfc';
  if (heading('scanQr') || buttons('cantScan') || visible(root, HOOKS.appQr).length > 0) return 'authenticator-app-qr';
  if ((buttons('ios') || buttons('iphone')) && buttons('android')) return 'choose-device';
  if (heading('devicesReady') || buttons('ready')) return 'devices-ready';
  if (heading('havingTrouble') || buttons('differentWay')) return 'having-trouble';
  if (heading('finishInApp') || buttons('havingTrouble')) return 'finish-in-app';
  if (heading('createInApp')) return 'create-in-app';
  if (heading('passkeyIntro')) return 'passkey-intro';
  if (buttons('understand')) return 'reminder';
  if (visible(root, '[role="progressbar"], [aria-busy="true"]').length > 0) return 'creating';
  if (textMatches(root, 'settingUp', langs)) return 'setting-up';
  if (heading('installAuthenticator')) return 'install-authenticator';
  if (buttons('continue')) return 'enable-provider';
  if (buttons('next') || buttons('done') || visible(root, `${HOOKS.stepNext}, ${HOOKS.stepTitle}`).length > 0) return 'wizard';
  return null;
}

export function recognizeSecurityInfoPage(doc: Document, url: string): PageRecognition {
  try {
    return recognize(doc, url);
  } catch {
    // Never throw into the page: an unexpected DOM is simply "unknown".
    return UNKNOWN;
  }
}

/** Success: "Authenticator Added" (the Authenticator app, step `authenticator-app`) or a passkey success. */
function success(scope: ParentNode, langs: Language[]): string | null | false {
  if (textMatches(scope, 'authenticatorAdded', langs)) return 'authenticator-app';
  if (textMatches(scope, 'success', langs)) return null;
  return false;
}

function recognize(doc: Document, url: string): PageRecognition {
  const route = routeOf(url);
  if (route === 'other' || !doc.body) return { ...UNKNOWN, route };
  const declared = declaredLanguage(doc);
  const langs = languageOrder(declared);
  const base = { route, language: declared, hasPasskey: null, error: null } as const;

  const dialogs = visible(doc, DIALOG_SELECTOR);
  const top = dialogs[dialogs.length - 1] ?? null;
  const scope: ParentNode = top ?? doc.body;

  const error = findError(top ?? doc.body, langs) ?? (top ? findError(doc.body, langs) : null);
  if (error) return { ...base, state: 'error', step: error, error };

  if (route === 'ceremony') return { ...base, state: 'ceremony', step: null };

  if (route === 'sign-in') {
    // Headings only: the login host's forms (user name, password, codes) are never read.
    if (headingMatches(scope, 'passkeyIntro', langs)) return { ...base, state: 'sign-in-prompt', step: 'passkey-prompt' };
    if (headingMatches(scope, 'registerHeading', langs) || visible(doc, '#idSubmit_ProofUp_Redirect').length > 0)
      return { ...base, state: 'sign-in-prompt', step: 'proof-up' };
    if (headingMatches(scope, 'nameTitle', langs)) return { ...base, state: 'wizard', step: 'name' };
    if (headingMatches(scope, 'success', langs)) return { ...base, state: 'success', step: null };
    if (headingMatches(scope, 'settingUp', langs)) return { ...base, state: 'ceremony', step: null };
    return { ...base, state: 'unknown', step: null };
  }

  const ok = success(scope, langs);
  const topStep = top ? wizardStep(top, langs) : null;
  if (ok !== false && topStep !== 'name') return { ...base, state: 'success', step: ok };

  if (top) {
    const picker = isPicker(top, langs);
    if (picker) return { ...base, state: 'method-picker', step: picker };
    if (topStep) return { ...base, state: 'wizard', step: topStep };
    // An open dialog we do not recognize is never the list under it.
    return { ...base, state: 'unknown', step: null };
  }

  if (route === 'register') {
    const step = wizardStep(doc.body, langs);
    if (step) return { ...base, state: 'wizard', step };
    if (headingMatches(doc.body, 'registerHeading', langs)) return { ...base, state: 'wizard', step: 'wizard' };
    return { ...base, state: 'unknown', step: null };
  }

  const hasAdd =
    anyNamed(doc.body, BUTTON_SELECTOR, 'addMethod', langs) ||
    Array.from(doc.body.querySelectorAll(HOOKS.addIcon)).some((i) => {
      const b = i.closest('button');
      return !!b && !isHidden(b);
    });
  if (hasAdd || headingMatches(doc.body, 'heading', langs)) {
    const hasPasskey = anyNamed(doc.body, BUTTON_SELECTOR, 'passkeyRow', langs);
    return { ...base, state: 'method-list', step: null, hasPasskey };
  }
  return { ...base, state: 'unknown', step: null };
}
