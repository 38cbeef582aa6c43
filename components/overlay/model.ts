/**
 * Pure overlay logic: which guide step the page is at, and where a step's text lives.
 * No browser globals (unit-tested in test/unit/page-overlay.test.ts).
 */
import type { GuideStep } from '@/core/engine';
import type { UncheckedTranslate } from '@/core/i18n';
import type { PageRecognition } from '@/core/page/recognize';
import type { GuideId, PageTarget } from '@/core/types';

/** For each page state/step, the guide step ids it corresponds to, best first. */
const STEP_FOR_PAGE: Record<string, string[]> = {
  'method-list': ['add-method'],
  'method-picker': ['choose-authenticator-passkey', 'choose-passkey', 'choose-security-key'],
  'install-authenticator': ['install-authenticator', 'sign-in-mfa'],
  'choose-device': ['choose-phone-type', 'enable-provider'],
  'enable-provider': ['enable-provider'],
  reminder: ['save-in-authenticator', 'finish-in-app', 'verify-next'],
  qr: ['show-qr', 'scan-qr'],
  'usb-nfc': ['choose-usb-nfc'],
  'setting-up': ['insert-key'],
  creating: ['insert-key', 'save-on-device', 'scan-qr', 'finish-in-app'],
  name: ['name-key', 'name-passkey', 'done'],
  wizard: ['sign-in-mfa'],
  success: ['done'],
};

/** Index of the guide step the page is at, or `previous` when the page says nothing new (unknown, error). */
export function currentStepIndex(steps: readonly GuideStep[], page: Pick<PageRecognition, 'state' | 'step'>, previous: number): number {
  if (page.state === 'unknown' || page.state === 'error') return previous;
  const key = page.state === 'wizard' ? (page.step ?? 'wizard') : page.state;
  for (const id of STEP_FOR_PAGE[key] ?? []) {
    const i = steps.findIndex((s) => s.id === id);
    if (i >= 0) return i;
  }
  return previous;
}

/** The control to spotlight: the step's own target, adjusted to what the page shows. */
export function spotlightTarget(step: GuideStep | undefined, page: Pick<PageRecognition, 'state' | 'step'>): PageTarget | null {
  if (page.state === 'error') return 'error-retry';
  if (page.state === 'success') return 'wizard-done';
  if (page.state === 'wizard' && page.step === 'usb-nfc') return 'wizard-usb';
  if (page.state === 'wizard' && page.step === 'name') return 'wizard-name-field';
  if (page.state === 'wizard' && page.step && ['install-authenticator', 'reminder', 'setting-up', 'qr', 'wizard'].includes(page.step)) return 'wizard-next';
  return step?.target ?? null;
}

/** Fallback targets when the preferred one is not on screen (e.g. the method is behind "Show more options"). */
export function fallbackTargets(target: PageTarget, page: Pick<PageRecognition, 'state' | 'step'>): PageTarget[] {
  if (target.startsWith('picker-')) return page.step === 'legacy' ? ['picker-add', 'picker-combobox'] : ['picker-show-more'];
  if (target === 'wizard-next') return ['wizard-done'];
  return [];
}

/** A step's text: guides.<guide>.steps.<id>, else the shared step text. */
export function stepText(t: UncheckedTranslate, guide: GuideId, step: GuideStep): string {
  const own = t(step.text, step.params);
  if (own !== step.text) return own;
  const suffix = step.text.split('.').pop() ?? step.id;
  const shared = `guides.shared.steps.${suffix}`;
  const text = t(shared, step.params);
  return text === shared ? `${guide}: ${step.id}` : text;
}
