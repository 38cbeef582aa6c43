/**
 * Which of the reducer's storage effects the overlay really writes: only what differs from what storage holds.
 * A reload, or a bounce back to the same step, then writes nothing (each write is an IPC round trip and wakes
 * every storage.onChanged listener). An unchanged place is written again once it is half way to its expiry
 * (PLACE_TTL_MS), so a long pause on one step does not lose it. Pure; the wiring passes what the bootstrap
 * reply carried (entrypoints/overlay.content/index.tsx).
 */
import { PLACE_TTL_MS, readWizardPlace, type WizardPlace } from '../overlayUi';
import type { OverlayEffect } from './reducer';

export interface StoredBefore {
  /** Raw pg:wizard-place (any shape). */
  wizardPlace: unknown;
  /** Raw pg:last-page-state (any shape). */
  lastPageState: unknown;
}

const lastKey = (v: { state?: unknown; step?: unknown; error?: unknown }) => `${String(v.state)}|${String(v.step ?? null)}|${String(v.error ?? null)}`;

/** Returns a filter: true when the effect must be written (and then remembers it as stored). `save-ui` always passes. */
export function storedWriteFilter(before: StoredBefore, now: number): (e: OverlayEffect) => boolean {
  let place: WizardPlace | null = readWizardPlace(before.wizardPlace, now);
  let placeStored = before.wizardPlace != null;
  let last = before.lastPageState != null && typeof before.lastPageState === 'object' ? lastKey(before.lastPageState as object) : '';
  return (e) => {
    if (e.type === 'save-place') {
      const p = e.place;
      if (place && place.guide === p.guide && place.index === p.index && p.savedAt - place.savedAt < PLACE_TTL_MS / 2) return false;
      place = p;
      placeStored = true;
      return true;
    }
    if (e.type === 'clear-place') {
      if (!placeStored) return false;
      place = null;
      placeStored = false;
      return true;
    }
    if (e.type === 'save-last-page') {
      const key = lastKey(e);
      if (key === last) return false;
      last = key;
      return true;
    }
    return true;
  };
}
