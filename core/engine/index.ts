/**
 * Guidance engine public API. Pure and deterministic: no browser globals.
 * Other surfaces (overlay, popup, companion) code against these types.
 */
import type { Answers, CapabilityFacts, GuideId, OrgPolicy, PageTarget, PlatformFacts } from '../types';

export interface EngineInput {
  platform: PlatformFacts;
  capabilities: CapabilityFacts;
  policy: OrgPolicy;
  answers: Answers;
}

export interface GuideStep {
  /** Stable step id (the `data-step` contract). */
  id: string;
  /** i18n key of the step text. */
  text: string;
  params?: Record<string, string>;
  /** Control on the Security info page this step acts on, if any. */
  target?: PageTarget;
}

/** Stable warning ids, e.g. 'android-14-maker-apis', 'work-profile', 'bluetooth-both', 'attestation-enforced'. */
export type WarningId = string;
/** Questions are asked only when detection cannot tell. */
export type QuestionId = keyof Answers;

export interface Decision {
  guide: GuideId;
  steps: GuideStep[];
  warnings: WarningId[];
  fallbacks: GuideId[];
  questions: QuestionId[];
  /** i18n keys explaining the choice. */
  reasons: string[];
}

export { decide, stepsFor, troubleshootingFor, blockersFor, context } from './decide';
