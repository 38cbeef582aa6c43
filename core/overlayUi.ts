/**
 * What the overlay keeps in storage.local, and how it reads it back: its UI state (shared with the popup),
 * the user's place in the wizard, and a guided link's choice. Stored values may come from another version
 * or be broken: each reader returns a valid value or null and never throws. Nothing personal is stored.
 */
import { GUIDE_IDS, type GuideId } from './types';
import { readStoredGuidedChoice } from './guidedLink';

/** STORAGE_KEYS.overlayUi. */
export interface OverlayUi {
  collapsed: boolean;
  side: 'end' | 'start';
  /** Routes ("security-info", "register", "sign-in", "ceremony", "other") where the user hid the overlay. */
  dismissed: string[];
}

/** Whatever is stored (another version's shape, a broken value) becomes a valid state; never throws. */
export function readOverlayUi(raw: unknown): OverlayUi {
  const r = (raw ?? {}) as Partial<OverlayUi>;
  return {
    collapsed: r.collapsed === true,
    side: r.side === 'start' ? 'start' : 'end',
    dismissed: Array.isArray(r.dismissed) ? r.dismissed.filter((d): d is string => typeof d === 'string').slice(0, 6) : [],
  };
}

/** STORAGE_KEYS.wizardPlace: kept across the login.microsoftonline.com bounce. */
export interface WizardPlace {
  guide: GuideId;
  index: number;
  savedAt: number;
}
/** A saved place older than this is stale: the user has left and come back another time. */
export const PLACE_TTL_MS = 30 * 60 * 1000;

export function readWizardPlace(raw: unknown, now: number): WizardPlace | null {
  const r = raw as Partial<WizardPlace> | null | undefined;
  if (!r || !GUIDE_IDS.includes(r.guide as GuideId) || typeof r.index !== 'number' || !Number.isFinite(r.index) || typeof r.savedAt !== 'number') return null;
  const age = now - r.savedAt;
  return age >= 0 && age < PLACE_TTL_MS ? { guide: r.guide as GuideId, index: Math.max(0, Math.floor(r.index)), savedAt: r.savedAt } : null;
}

/**
 * The guide and work-profile answer a guided link stored for the overlay (STORAGE_KEYS.guidedChoice).
 * Validated like a link and expired like the wizard place (core/guidedLink.ts readStoredGuidedChoice).
 */
export function guidedGuide(raw: unknown, now: number = Date.now()): { guide: GuideId | null; workProfile: 'yes' | 'no' | null } {
  const choice = readStoredGuidedChoice(raw, now)?.choice;
  return { guide: choice?.guide ?? null, workProfile: choice?.workProfile ?? null };
}
