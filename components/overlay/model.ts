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
  // Page order: reminder → (browser asks where to save) → QR → creating. Cross-device: show-qr → scan-qr → save;
  // on-phone Authenticator guide: the QR leads into the app (create-in-app → finish-in-app).
  reminder: ['show-qr', 'create-in-app', 'verify-next'],
  qr: ['scan-qr', 'create-in-app'],
  'usb-nfc': ['choose-usb-nfc'],
  'setting-up': ['insert-key'],
  creating: ['insert-key', 'save-on-device', 'save-in-authenticator', 'finish-in-app'],
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

/**
 * The step after a page update, when the overlay may be resuming a place restored from storage
 * (the tab came back from login.microsoftonline.com, a new page load). While resuming, a page that
 * says nothing newer (still loading, or back on the method list) keeps the restored step; the
 * first picker/wizard/success/error screen ends resuming and the page leads again.
 */
export function nextStep(
  steps: readonly GuideStep[],
  page: Pick<PageRecognition, 'state' | 'step'>,
  previous: number,
  resuming: boolean,
): { index: number; resuming: boolean } {
  if (resuming && (page.state === 'unknown' || page.state === 'method-list')) return { index: previous, resuming: true };
  return { index: currentStepIndex(steps, page, previous), resuming: false };
}

/** The control to spotlight: the step's own target, adjusted to what the page shows. */
export function spotlightTarget(step: GuideStep | undefined, page: Pick<PageRecognition, 'state' | 'step'>, resuming = false): PageTarget | null {
  // Resumed on the method list: the way back into the wizard is "Add sign-in method".
  if (resuming && page.state === 'method-list') return 'add-method';
  if (page.state === 'error') return 'error-retry';
  if (page.state === 'success') return 'wizard-done';
  if (page.state === 'wizard' && page.step === 'usb-nfc') return 'wizard-usb';
  if (page.state === 'wizard' && page.step === 'name') return 'wizard-name-field';
  if (page.state === 'wizard' && page.step && ['install-authenticator', 'reminder', 'setting-up', 'qr', 'wizard'].includes(page.step)) return 'wizard-next';
  return step?.target ?? null;
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const MARGIN = 8;
/** A panel shorter than this shows little more than its header: then only the control itself is kept clear. */
const MIN_READABLE = 160;

/**
 * Where the panel goes so it never covers the spotlighted control: null = its usual place (bottom
 * corner), else the side of the window (above or below the control) with more room, and the
 * panel's maximum height for that room (it scrolls inside). `panel` is measured at its usual place.
 * `around` (the dialog holding the control) is kept clear too when that still leaves a readable panel,
 * so the dialog's own buttons (Next, Done) stay visible.
 */
export function panelPlacement(spot: Box | null, panel: Box, viewportHeight: number, around: Box | null = null): { top: boolean; maxBlock: number } | null {
  if (!spot) return null;
  if (around) {
    const wide = panelPlacement(around, panel, viewportHeight);
    if (!wide || wide.maxBlock >= MIN_READABLE) return wide ?? panelPlacement(spot, panel, viewportHeight);
  }
  const overlaps = spot.left < panel.right && spot.right > panel.left && spot.top < panel.bottom && spot.bottom > panel.top;
  if (!overlaps) return null;
  const above = spot.top - 3 * MARGIN;
  const below = viewportHeight - spot.bottom - 3 * MARGIN;
  const top = above > below;
  return { top, maxBlock: Math.max(Math.floor(top ? above : below), 48) };
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
