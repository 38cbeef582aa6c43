/**
 * Finds the page control a guide step points at (PageTarget), by ARIA role and accessible name
 * in the page's language (English always tried too). Never by generated class names. Returns
 * null when the control is not on screen; callers then show the step without a spotlight.
 */
import type { Language, PageTarget } from '../types';
import { BUTTON_SELECTOR, CHOICE_SELECTOR, DIALOG_SELECTOR, TEXTBOX_SELECTOR, accessibleName, isHidden, visible } from './dom';
import { declaredLanguage, languageOrder } from './recognize';
import { matchesAny, type PageStrings } from './securityInfoPage';

type Key = Exclude<keyof PageStrings, 'errors'>;

const TARGETS: Record<PageTarget, { selector: string; key: Key; inDialog: boolean }> = {
  'add-method': { selector: BUTTON_SELECTOR, key: 'addMethod', inDialog: false },
  'picker-authenticator-passkey': { selector: CHOICE_SELECTOR, key: 'authenticatorPasskey', inDialog: true },
  'picker-passkey': { selector: CHOICE_SELECTOR, key: 'passkey', inDialog: true },
  'picker-security-key': { selector: CHOICE_SELECTOR, key: 'securityKey', inDialog: true },
  'picker-show-more': { selector: BUTTON_SELECTOR, key: 'showMore', inDialog: true },
  'picker-combobox': { selector: '[role="combobox"]', key: 'pickerCombobox', inDialog: true },
  'picker-add': { selector: BUTTON_SELECTOR, key: 'add', inDialog: true },
  'wizard-next': { selector: BUTTON_SELECTOR, key: 'next', inDialog: true },
  'wizard-usb': { selector: BUTTON_SELECTOR, key: 'usb', inDialog: true },
  'wizard-nfc': { selector: BUTTON_SELECTOR, key: 'nfc', inDialog: true },
  'wizard-qr': { selector: 'h1, h2, h3, [role="heading"]', key: 'scanQr', inDialog: true },
  'wizard-name-field': { selector: TEXTBOX_SELECTOR, key: 'nameField', inDialog: true },
  'wizard-done': { selector: BUTTON_SELECTOR, key: 'done', inDialog: true },
  'error-retry': { selector: BUTTON_SELECTOR, key: 'tryAgain', inDialog: true },
};

/** The name a choice shows: its accessible name, or (picker cards) its first line of text. */
function choiceNames(el: Element): string[] {
  const names = [accessibleName(el)];
  const first = el.querySelector('p, span, strong');
  if (first?.textContent) names.push(first.textContent);
  return names;
}

export function findPageTarget(doc: Document, target: PageTarget, lang?: Language | null): Element | null {
  try {
    const spec = TARGETS[target];
    if (!spec || !doc.body) return null;
    const langs = languageOrder(lang ?? declaredLanguage(doc));
    const dialogs = visible(doc, DIALOG_SELECTOR);
    const scope: ParentNode = spec.inDialog && dialogs.length > 0 ? dialogs[dialogs.length - 1]! : doc.body;
    const candidates = visible(scope, spec.selector).filter((el) => !isHidden(el));
    const matches = candidates.filter((el) =>
      spec.selector === CHOICE_SELECTOR ? choiceNames(el).some((n) => matchesAny(n, spec.key, langs)) : matchesAny(accessibleName(el), spec.key, langs),
    );
    if (target === 'wizard-name-field' && matches.length === 0) return candidates[candidates.length - 1] ?? null;
    // The innermost match (a card's button rather than its wrapper), last one wins for "Next"/"Done" (primary sits last).
    const innermost = matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
    return (spec.key === 'next' || spec.key === 'done' ? innermost[innermost.length - 1] : innermost[0]) ?? null;
  } catch {
    return null;
  }
}
