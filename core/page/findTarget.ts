/**
 * Finds the page control a guide step points at (PageTarget), by ARIA role and accessible name
 * in the page's language (English always tried too), then by Microsoft's own test ids / Fluent
 * attributes when the wording is unknown. Never by generated class names. Returns null when the
 * control is not on screen; callers then show the step without a spotlight.
 */
import type { Language, PageTarget } from '../types';
import { BUTTON_SELECTOR, CHOICE_SELECTOR, DIALOG_SELECTOR, TEXTBOX_SELECTOR, accessibleName, isHidden, visible, visibleText } from './dom';
import { declaredLanguage, languageOrder } from './recognize';
import { HOOKS, matchesAny, type PageStrings } from './securityInfoPage';

type Key = Exclude<keyof PageStrings, 'errors'>;

interface Spec {
  selector: string;
  key: Key;
  inDialog: boolean;
  /** Structural fallback when no name matched (unknown wording): a selector in the same scope. */
  fallback?: string;
  /** Which match wins: the last one ("Next"/"Done" primary buttons sit last) or the first. */
  last?: boolean;
}

const HEADING = 'h1, h2, h3, [role="heading"]';
const TARGETS: Record<PageTarget, Spec> = {
  'add-method': { selector: BUTTON_SELECTOR, key: 'addMethod', inDialog: false, fallback: HOOKS.addIcon },
  'picker-authenticator-passkey': { selector: CHOICE_SELECTOR, key: 'authenticatorPasskey', inDialog: true },
  'picker-passkey': { selector: CHOICE_SELECTOR, key: 'passkey', inDialog: true },
  'picker-security-key': { selector: CHOICE_SELECTOR, key: 'securityKey', inDialog: true },
  'picker-show-more': { selector: BUTTON_SELECTOR, key: 'showMore', inDialog: true },
  'picker-combobox': { selector: '[role="combobox"]', key: 'pickerCombobox', inDialog: true },
  'picker-add': { selector: BUTTON_SELECTOR, key: 'add', inDialog: true },
  'wizard-next': { selector: BUTTON_SELECTOR, key: 'next', inDialog: true, fallback: HOOKS.stepNext, last: true },
  'wizard-usb': { selector: BUTTON_SELECTOR, key: 'usb', inDialog: true },
  'wizard-nfc': { selector: BUTTON_SELECTOR, key: 'nfc', inDialog: true },
  'wizard-qr': { selector: HEADING, key: 'scanQr', inDialog: true },
  'wizard-name-field': { selector: TEXTBOX_SELECTOR, key: 'nameField', inDialog: true },
  'wizard-done': { selector: BUTTON_SELECTOR, key: 'done', inDialog: true, last: true },
  // 2026 error bars sit above the step; the step's own Next retries.
  'error-retry': { selector: BUTTON_SELECTOR, key: 'tryAgain', inDialog: true, fallback: HOOKS.stepNext },
  'wizard-having-trouble': { selector: BUTTON_SELECTOR, key: 'havingTrouble', inDialog: true },
  'wizard-different-way': { selector: BUTTON_SELECTOR, key: 'differentWay', inDialog: true },
  'wizard-ready': { selector: BUTTON_SELECTOR, key: 'ready', inDialog: true, fallback: HOOKS.stepNext },
  'wizard-iphone': { selector: CHOICE_SELECTOR, key: 'iphone', inDialog: true },
  'wizard-android': { selector: CHOICE_SELECTOR, key: 'android', inDialog: true },
  'wizard-continue': { selector: BUTTON_SELECTOR, key: 'continue', inDialog: true, fallback: HOOKS.stepNext },
  // #idSIButton9 is also "Sign in" on the password page, so only the proof-up redirect is a structural fallback.
  'signin-next': { selector: BUTTON_SELECTOR, key: 'next', inDialog: false, fallback: '#idSubmit_ProofUp_Redirect' },
  'signin-skip': { selector: BUTTON_SELECTOR, key: 'skip', inDialog: false },
  'ceremony-next': { selector: BUTTON_SELECTOR, key: 'next', inDialog: false, last: true },
};

/**
 * The name a choice shows: its accessible name, or (picker cards: plain divs holding a title and a
 * descriptor) its first line of visible text.
 */
function choiceNames(el: Element): string[] {
  const names = [accessibleName(el)];
  for (const d of Array.from(el.querySelectorAll('p, span, strong, div'))) {
    if (d.children.length > 0 && d.tagName === 'DIV') continue;
    if (isHidden(d)) continue;
    const t = visibleText(d);
    if (t) {
      names.push(t);
      break;
    }
  }
  return names;
}

export function findPageTarget(doc: Document, target: PageTarget, lang?: Language | null): Element | null {
  try {
    const spec = TARGETS[target];
    if (!spec || !doc.body) return null;
    const langs = languageOrder(lang ?? declaredLanguage(doc));
    const dialogs = visible(doc, DIALOG_SELECTOR);
    const scope: ParentNode = spec.inDialog && dialogs.length > 0 ? dialogs[dialogs.length - 1]! : doc.body;
    const candidates = visible(scope, spec.selector);
    const matches = candidates.filter((el) =>
      spec.selector === CHOICE_SELECTOR ? choiceNames(el).some((n) => matchesAny(n, spec.key, langs)) : matchesAny(accessibleName(el), spec.key, langs),
    );
    if (target === 'wizard-name-field' && matches.length === 0) return candidates[candidates.length - 1] ?? null;
    // The innermost match (a card's button rather than its wrapper).
    const innermost = matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
    const found = (spec.last ? innermost[innermost.length - 1] : innermost[0]) ?? null;
    if (found || !spec.fallback) return found;
    // The hook may sit inside the control (Fluent's aria-hidden icon): climb to the control itself.
    const structural = Array.from(scope.querySelectorAll(spec.fallback))
      .map((el) => el.closest(BUTTON_SELECTOR) ?? el)
      .filter((el) => !isHidden(el) && (spec.inDialog || !el.closest(DIALOG_SELECTOR)));
    return structural[structural.length - 1] ?? null;
  } catch {
    return null;
  }
}
