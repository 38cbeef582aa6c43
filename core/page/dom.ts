/**
 * Small DOM helpers for the page recognizer: accessible names and visibility, computed from
 * attributes only (no layout, no browser globals), so they run in tests and in the content script.
 */
import { normalize } from './securityInfoPage';

/** Hidden by markup: `hidden`, `aria-hidden="true"`, `inert`, or inside a closed <dialog>/<template>. */
export function isHidden(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('inert')) return true;
    if (n.tagName === 'TEMPLATE') return true;
    if (n.tagName === 'DIALOG' && !n.hasAttribute('open')) return true;
  }
  return false;
}

/** A reduced accessible-name computation: aria-labelledby, aria-label, <label for>, value, text, placeholder. */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''))
      .join(' ');
    if (normalize(text)) return normalize(text);
  }
  const label = el.getAttribute('aria-label');
  if (label && normalize(label)) return normalize(label);
  const id = el.getAttribute('id');
  if (id && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) {
    for (const l of Array.from(doc.querySelectorAll('label'))) if (l.getAttribute('for') === id) return normalize(l.textContent ?? '');
    const wrapping = el.closest('label');
    if (wrapping) return normalize(wrapping.textContent ?? '');
  }
  if (el.tagName === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'submit' || type === 'button') return normalize(el.getAttribute('value') ?? '');
    return normalize(el.getAttribute('placeholder') ?? el.getAttribute('title') ?? '');
  }
  return normalize(el.textContent ?? '');
}

export const BUTTON_SELECTOR = 'button, [role="button"], [role="link"], a[href], input[type="submit"], input[type="button"]';
export const CHOICE_SELECTOR = '[role="option"], [role="radio"], [role="menuitem"], [role="menuitemradio"], button, [role="button"]';
export const TEXTBOX_SELECTOR = 'input:not([type]), input[type="text"], textarea, [role="textbox"]';
export const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], dialog[open]';

export function visible(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => !isHidden(el));
}
