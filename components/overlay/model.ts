/**
 * Pure helpers of the overlay callout: which text this screen needs, and where the callout goes so it never
 * covers the control, the dialog's buttons or the page's error. No browser globals (test/unit/overlay-model.test.tsx).
 */
import type { GuideStep } from '@/core/engine';
import type { UncheckedTranslate } from '@/core/i18n';
import type { OverlayView } from '@/core/overlay/reducer';
import type { GuideId, PlatformFacts } from '@/core/types';

export { currentStepIndex, fallbackTargets, spotlightTarget } from '@/core/overlay/reducer';

/** A step's text: guides.<guide>.steps.<id>, else the shared step text. */
export function stepText(t: UncheckedTranslate, guide: GuideId, step: GuideStep): string {
  const own = t(step.text, step.params);
  if (own !== step.text) return own;
  const suffix = step.text.split('.').pop() ?? step.id;
  const shared = `guides.shared.steps.${suffix}`;
  const text = t(shared, step.params);
  return text === shared ? `${guide}: ${step.id}` : text;
}

/**
 * The option to pick in the operating system's "where to save your passkey" dialog for a guide (the names
 * Windows and browsers show: https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey, 2026-07-05).
 */
export function osDialogChoice(guide: GuideId, platform: Pick<PlatformFacts, 'os' | 'browser'>): string {
  if (guide === 'security-key') return 'securityKey';
  if (guide === 'authenticator-app' || guide === 'cross-device') return 'phone';
  if (platform.os === 'windows') return 'windows';
  if (platform.os === 'macos' || platform.os === 'ios' || platform.os === 'ipados')
    return platform.browser === 'chrome' ? 'google' : platform.browser === 'edge' ? 'edge' : 'apple';
  if (platform.browser === 'edge') return 'edge';
  return 'google';
}

/** The i18n key (under overlay.screen) and params of the callout's lead text for the current screen. */
export function screenKey(v: Pick<OverlayView, 'kind' | 'state' | 'step' | 'guide'>): string | null {
  switch (v.kind) {
    case 'sign-in-prompt':
      return null;
    case 'ceremony':
    case 'not-passkey':
    case 'success':
      return `overlay.screen.${v.kind}`;
    case 'error':
    case 'unrecognized':
      return null;
  }
  if (v.state === 'method-list') return 'overlay.screen.method-list';
  if (v.state === 'method-picker')
    return `overlay.screen.picker-${v.guide === 'security-key' ? 'security-key' : v.guide === 'platform' ? 'passkey' : 'authenticator'}`;
  if (v.state === 'wizard') {
    const known = [
      'install-authenticator',
      'create-in-app',
      'finish-in-app',
      'having-trouble',
      'choose-device',
      'enable-provider',
      'devices-ready',
      'passkey-intro',
      'reminder',
      'qr',
      'usb-nfc',
      'setting-up',
      'creating',
      'name',
    ];
    return v.step && known.includes(v.step) ? `overlay.screen.${v.step}` : 'overlay.screen.wizard';
  }
  return null;
}

/** `**bold**` in a string → segments; the page's own button names are written in bold. */
export function boldSegments(text: string): { text: string; bold: boolean }[] {
  const out: { text: string; bold: boolean }[] = [];
  const parts = text.split('**');
  parts.forEach((part, i) => {
    if (part) out.push({ text: part, bold: i % 2 === 1 && i < parts.length - 1 });
  });
  return out;
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
export interface Placement {
  left: number;
  top: number;
  /** Largest height that keeps the callout clear of what it must not cover (it scrolls inside). */
  maxHeight: number;
}

const GAP = 12;
const EDGE = 8;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the callout goes. `spot` is the spotlighted control (with its ring), `avoid` the dialog's buttons and
 * the page's error message, `dialog` the open dialog (kept clear when there is room beside it). Candidates:
 * beside the dialog, beside/below/above the control, then the window's edges; the first that covers nothing
 * wins, preferring the inline-end side (right in left-to-right, left in right-to-left).
 */
export function placeCallout(a: {
  spot: Box | null;
  avoid: Box[];
  dialog: Box | null;
  size: { width: number; height: number };
  viewport: { width: number; height: number };
  rtl: boolean;
}): Placement {
  const { width: w, height: h } = a.size;
  const { width: vw, height: vh } = a.viewport;
  const clampX = (x: number) => Math.max(EDGE, Math.min(x, vw - w - EDGE));
  const clampY = (y: number) => Math.max(EDGE, Math.min(y, vh - h - EDGE));
  const anchorY = a.spot ? a.spot.top : vh - h - 16;
  const endX = (box: Box) => (a.rtl ? box.left - GAP - w : box.right + GAP);
  const startX = (box: Box) => (a.rtl ? box.right + GAP : box.left - GAP - w);
  const candidates: { left: number; top: number }[] = [];
  const boxes = [a.dialog, a.spot].filter((b): b is Box => b !== null);
  for (const box of boxes) {
    candidates.push({ left: endX(box), top: anchorY }, { left: startX(box), top: anchorY });
  }
  if (a.spot) {
    const x = a.rtl ? a.spot.right - w : a.spot.left;
    candidates.push({ left: x, top: a.spot.bottom + GAP }, { left: x, top: a.spot.top - GAP - h });
  }
  if (a.dialog) candidates.push({ left: a.dialog.left, top: a.dialog.bottom + GAP }, { left: a.dialog.left, top: a.dialog.top - GAP - h });
  // The window's corners, inline end first.
  const cornerX = a.rtl ? EDGE : vw - w - 16;
  candidates.push({ left: cornerX, top: vh - h - 16 }, { left: cornerX, top: EDGE }, { left: a.rtl ? vw - w - 16 : EDGE, top: vh - h - 16 });

  const keepClear = [...(a.spot ? [a.spot] : []), ...a.avoid];
  let best: { p: Placement; cost: number } | null = null;
  for (const c of candidates) {
    // Off-window positions are moved in; only a fully visible callout counts as "beside".
    const left = clampX(c.left);
    const top = clampY(c.top);
    const box = { left, right: left + w, top, bottom: top + h };
    const covered = keepClear.reduce((sum, b, i) => sum + overlap(box, b) * (i === 0 && a.spot ? 4 : 1), 0);
    const dialogCover = a.dialog ? overlap(box, a.dialog) : 0;
    const distance = a.spot ? Math.abs(top - a.spot.top) + Math.abs(left - a.spot.left) : 0;
    const cost = covered * 1000 + dialogCover * 0.5 + distance * 0.01;
    if (!best || cost < best.cost) best = { p: { left, top, maxHeight: Math.max(vh - 2 * EDGE, 48) }, cost };
    if (covered === 0 && dialogCover === 0) break;
  }
  const p = best!.p;
  if (best!.cost >= 1000) {
    // Nothing fits at full height: shrink into the larger band above or below what must stay clear.
    const top = Math.min(...keepClear.map((b) => b.top));
    const bottom = Math.max(...keepClear.map((b) => b.bottom));
    const above = top - GAP - EDGE;
    const below = vh - bottom - GAP - EDGE;
    if (below >= above) return { left: clampX(p.left), top: bottom + GAP, maxHeight: Math.max(below, 48) };
    const height = Math.max(Math.min(h, above), 48);
    return { left: clampX(p.left), top: Math.max(EDGE, top - GAP - height), maxHeight: height };
  }
  return p;
}
