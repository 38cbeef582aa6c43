/**
 * Tells the overlay which state Microsoft's Security info page is in, from the URL, ARIA roles,
 * accessible names and the page's own strings (core/page/securityInfoPage.ts). Pure: takes a
 * Document, never touches browser globals, never returns or stores personal data (method row
 * details such as phone numbers or e-mail addresses are never read).
 */
import type { Language, PageState } from '../types';
import { LANGUAGES } from '../types';
import { BUTTON_SELECTOR, CHOICE_SELECTOR, DIALOG_SELECTOR, TEXTBOX_SELECTOR, accessibleName, visible } from './dom';
import { PAGE_ERRORS, PAGE_STRINGS, ROUTES, SECURITY_INFO_HOST, matchesAny, normalize, pattern, type PageError, type PageStrings, type WizardStep } from './securityInfoPage';

export type PageRoute = 'security-info' | 'register' | 'other';

export interface PageRecognition {
  state: PageState;
  /** Finer step (`data-step`): wizard step, picker variant, or error id. */
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
  if (parsed.protocol !== 'https:' || parsed.hostname.toLowerCase() !== SECURITY_INFO_HOST) return 'other';
  if (ROUTES.securityInfo.test(parsed.pathname)) return 'security-info';
  if (ROUTES.register.test(parsed.pathname)) return 'register';
  return 'other';
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

function headingMatches(root: ParentNode, key: Key, langs: Language[]): boolean {
  return visible(root, 'h1, h2, h3, [role="heading"]').some((el) => matchesAny(el.textContent ?? '', key, langs));
}

function textMatches(root: ParentNode, key: Key, langs: Language[]): boolean {
  // Short text nodes only (status lines, headings); long paragraphs are never personal data here, but stay cheap.
  return visible(root, 'h1, h2, h3, p, span, div[role="status"], [role="heading"]').some((el) => {
    const t = el.textContent ?? '';
    return t.length <= 200 && matchesAny(t, key, langs);
  });
}

/** An error on the page: `role=alert`, `#ms-banner`, Fluent message bars. */
export function findError(root: ParentNode, langs: Language[]): PageError | null {
  const alerts = visible(root, '[role="alert"], #ms-banner, .ms-MessageBar, [aria-live="assertive"]');
  for (const el of alerts) {
    const text = normalize(el.textContent ?? '');
    if (!text) continue;
    for (const id of PAGE_ERRORS) if (langs.some((l) => pattern(PAGE_STRINGS[l].errors[id]).test(text))) return id;
  }
  return null;
}

function isPicker(dialog: Element, langs: Language[]): 'recommended' | 'all' | 'legacy' | null {
  if (anyNamed(dialog, '[role="combobox"]', 'pickerCombobox', langs)) return 'legacy';
  const titled = matchesAny(accessibleName(dialog), 'pickerTitle', langs) || headingMatches(dialog, 'pickerTitle', langs);
  const methods = visible(dialog, CHOICE_SELECTOR).filter((el) => {
    const name = accessibleName(el);
    return matchesAny(name, 'authenticatorPasskey', langs) || matchesAny(name, 'passkey', langs) || matchesAny(name, 'securityKey', langs);
  });
  if (!titled && methods.length === 0) return null;
  return anyNamed(dialog, BUTTON_SELECTOR, 'showMore', langs) ? 'recommended' : 'all';
}

function wizardStep(root: ParentNode, langs: Language[]): WizardStep | null {
  if (visible(root, TEXTBOX_SELECTOR).some((el) => matchesAny(accessibleName(el), 'nameField', langs) || /name|nom|naam|nombre|名前|اسم/i.test(accessibleName(el))))
    return 'name';
  if (anyNamed(root, BUTTON_SELECTOR, 'usb', langs) && anyNamed(root, BUTTON_SELECTOR, 'nfc', langs)) return 'usb-nfc';
  if (headingMatches(root, 'scanQr', langs)) return 'qr';
  if (anyNamed(root, BUTTON_SELECTOR, 'ios', langs) && anyNamed(root, BUTTON_SELECTOR, 'android', langs)) return 'choose-device';
  if (anyNamed(root, BUTTON_SELECTOR, 'understand', langs)) return 'reminder';
  if (visible(root, '[role="progressbar"], [aria-busy="true"]').length > 0) return 'creating';
  if (textMatches(root, 'settingUp', langs)) return 'setting-up';
  if (headingMatches(root, 'installAuthenticator', langs)) return 'install-authenticator';
  if (anyNamed(root, BUTTON_SELECTOR, 'continue', langs)) return 'enable-provider';
  if (anyNamed(root, BUTTON_SELECTOR, 'next', langs) || anyNamed(root, BUTTON_SELECTOR, 'done', langs)) return 'wizard';
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

  if (textMatches(scope, 'success', langs) && !(top && wizardStep(top, langs) === 'name')) return { ...base, state: 'success', step: null };

  if (top) {
    const picker = isPicker(top, langs);
    if (picker) return { ...base, state: 'method-picker', step: picker };
    const step = wizardStep(top, langs);
    if (step) return { ...base, state: 'wizard', step };
  }

  if (route === 'register') {
    const step = wizardStep(doc.body, langs);
    if (step) return { ...base, state: 'wizard', step };
    if (headingMatches(doc.body, 'registerHeading', langs)) return { ...base, state: 'wizard', step: 'wizard' };
    return { ...base, state: 'unknown', step: null };
  }

  const hasAdd = anyNamed(doc.body, BUTTON_SELECTOR, 'addMethod', langs);
  if (hasAdd || headingMatches(doc.body, 'heading', langs)) {
    const hasPasskey = anyNamed(doc.body, BUTTON_SELECTOR, 'passkeyRow', langs);
    return { ...base, state: 'method-list', step: null, hasPasskey };
  }
  return { ...base, state: 'unknown', step: null };
}
