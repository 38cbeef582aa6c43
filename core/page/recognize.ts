/**
 * Foundation placeholder for the page recognizer: tells the overlay which state the Security info
 * page is in. The page-knowledge module (core/page/) replaces the rules; the signature stays.
 */
import type { PageState } from '../types';

export interface PageRecognition {
  state: PageState;
  /** Finer wizard step (`data-step`), when the state is `wizard`. */
  step: string | null;
}

export function recognizeSecurityInfoPage(doc: Document, url: string): PageRecognition {
  const path = new URL(url).pathname;
  if (!/^\/(security-info|register)/.test(path)) return { state: 'unknown', step: null };
  if (doc.querySelector('[role="dialog"]')) return { state: 'method-picker', step: null };
  if (/Add sign-in method/i.test(doc.body?.textContent ?? '')) return { state: 'method-list', step: null };
  return { state: 'unknown', step: null };
}
