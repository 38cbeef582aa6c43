/**
 * Small DOM helpers for the page recognizer: accessible names and visibility, computed from
 * attributes only (no layout, no browser globals), so they run in tests and in the content script.
 */
import { HOOKS, normalize } from './securityInfoPage';

/** Hidden by markup: `hidden`, `aria-hidden="true"`, `inert`, or inside a closed <dialog>/<template>. */
export function isHidden(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('inert')) return true;
    if (n.tagName === 'TEMPLATE') return true;
    if (n.tagName === 'DIALOG' && !n.hasAttribute('open')) return true;
  }
  return false;
}

/** Private-use code points: icon-font glyphs (Fluent MDL2 "Add" is U+E710) are not words. */
const PRIVATE_USE = /[\uE000-\uF8FF]|[\u{F0000}-\u{FFFFD}]|[\u{100000}-\u{10FFFD}]/gu;

/**
 * Text as a screen reader would read it from content: skips `aria-hidden`/`hidden` descendants (Fluent renders
 * its icon as `<i data-icon-name aria-hidden="true">` holding a private-use glyph), scripts and styles, and drops
 * private-use characters.
 */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('hidden') || /^(SCRIPT|STYLE|TEMPLATE)$/.test(e.tagName)) return;
    for (let c = e.firstChild; c; c = c.nextSibling) walk(c);
    // Block-ish children would read as separate words.
    out += ' ';
  };
  for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
  return normalize(out.replace(PRIVATE_USE, ''));
}

/** A reduced accessible-name computation: aria-labelledby, aria-label, <label for>, value, text, placeholder. */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => {
        const ref = id ? doc.getElementById(id) : null;
        return ref ? visibleText(ref) : '';
      })
      .join(' ');
    if (normalize(text)) return normalize(text);
  }
  const label = el.getAttribute('aria-label');
  if (label && normalize(label)) return normalize(label.replace(PRIVATE_USE, ''));
  const id = el.getAttribute('id');
  if (id && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) {
    for (const l of Array.from(doc.querySelectorAll('label'))) if (l.getAttribute('for') === id) return visibleText(l);
    const wrapping = el.closest('label');
    if (wrapping) return visibleText(wrapping);
  }
  if (el.tagName === 'INPUT') {
    // Attributes only: an input's value is never read, except a submit/button input's label.
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'submit' || type === 'button') return normalize(el.getAttribute('value') ?? '');
    return normalize(el.getAttribute('placeholder') ?? el.getAttribute('title') ?? '');
  }
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return '';
  return visibleText(el);
}

export const BUTTON_SELECTOR = 'button, [role="button"], [role="link"], a[href], input[type="submit"], input[type="button"]';
/** Method choices: ARIA options/radios/menu items, buttons, and the 2025–26 picker cards (plain divs with a testid, no role). */
export const CHOICE_SELECTOR = `[role="option"], [role="radio"], [role="menuitem"], [role="menuitemradio"], button, [role="button"], ${HOOKS.pickerCard}`;
export const TEXTBOX_SELECTOR = 'input:not([type]), input[type="text"], textarea, [role="textbox"]';
export const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], dialog[open]';
/** Error containers: role=alert, legacy #ms-banner, Fluent message bars, assertive live regions, testid-only error bars. */
export const ERROR_SELECTOR = `[role="alert"], #ms-banner, .ms-MessageBar--error, .ms-MessageBar, [aria-live="assertive"], ${HOOKS.errorBar}`;

export function visible(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => !isHidden(el));
}

/** Inside a method-list row (names, phone numbers, e-mail addresses live there): never read. */
export function inMethodRow(el: Element): boolean {
  return !!el.closest('[role="listitem"], [role="row"], li, tr');
}
