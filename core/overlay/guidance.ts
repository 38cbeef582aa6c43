/**
 * What the overlay needs from the guidance engine, computed in the background (it answers the overlay's
 * bootstrap message), so the content script ships no engine, rule table, AAGUID table or link parser and
 * stays within its size budget. Pure: no browser globals (test/unit/overlay-guidance.test.ts).
 */
import { decide, fixesForPageError, stepsFor, TROUBLESHOOTING, whyAsked, type EngineInput, type GuideStep, type Message, type WarningId } from '../engine';
import { PAGE_ERRORS } from '../page/securityInfoPage';
import { CAPABILITY_KEYS, GUIDE_IDS, type CapabilityFacts, type GuideId, type Tri } from '../types';

export interface OverlayGuidance {
  /** The engine's guide for this device and policy. */
  guide: GuideId;
  /** A guided link's guide (validated and not expired), or null. */
  guided: GuideId | null;
  /** The guides offered in the overlay's chooser: the engine's first, then its fallbacks. */
  guides: GuideId[];
  /** Every guide's steps (a stored place or a guided link may name any of them). */
  steps: Partial<Record<GuideId, GuideStep[]>>;
  warnings: WarningId[];
  /** "Why am I asked?" lines for Microsoft's sign-in prompt (engine.whyAsked.*). */
  whyAsked: Message[];
  /** Per guide and page error id: the i18n key of the most specific employee-facing fix. */
  fixes: Partial<Record<GuideId, Record<string, string>>>;
}

const ADMIN_FIXES = new Set(TROUBLESHOOTING.filter((r) => r.admin).map((r) => r.id));

/** The fix for a page error: the guide's own most specific one, else one written for another guide, never the admin-only one. */
export function fixKey(error: string, guide: GuideId): string {
  let ids = fixesForPageError(error, guide);
  if (error !== 'generic' && ids.join() === 'generic') ids = fixesForPageError(error);
  const id = ids.find((f) => !ADMIN_FIXES.has(f)) ?? 'generic';
  return `engine.troubleshooting.${id}`;
}

export function overlayGuidance(input: EngineInput, guided: GuideId | null, options: { lang?: string; today?: string } = {}): OverlayGuidance {
  const decision = decide(input);
  const steps: OverlayGuidance['steps'] = {};
  const fixes: OverlayGuidance['fixes'] = {};
  for (const g of GUIDE_IDS) {
    steps[g] = g === decision.guide ? decision.steps : stepsFor(g, input);
    fixes[g] = Object.fromEntries(PAGE_ERRORS.map((e) => [e, fixKey(e, g)]));
  }
  return {
    guide: decision.guide,
    guided,
    guides: [decision.guide, ...decision.fallbacks.filter((g) => g !== decision.guide)],
    steps,
    warnings: decision.warnings,
    whyAsked: whyAsked(input.policy, options),
    fixes,
  };
}

/** Capabilities as the content script reported them (an untrusted message): anything but yes/no is unknown. */
export function readCapabilities(raw: unknown): CapabilityFacts {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const tri = (v: unknown): Tri => (v === 'yes' || v === 'no' ? v : 'unknown');
  return Object.fromEntries(CAPABILITY_KEYS.map((k) => [k, tri(r[k])])) as unknown as CapabilityFacts;
}
