/**
 * Guidance engine types. Kept in their own module so the engine's files import types from here and
 * `index.ts` only re-exports (no import cycle inside core/engine/).
 */
import type { Answers, CapabilityFacts, GuideId, OrgPolicy, PageTarget, PlatformFacts } from '../types';

export interface EngineInput {
  platform: PlatformFacts;
  capabilities: CapabilityFacts;
  policy: OrgPolicy;
  answers: Answers;
}

export interface GuideStep {
  /** Stable step id (the `data-step` contract); equals the page's wizard step name where a step matches a page screen. */
  id: string;
  /** i18n key of the step text. */
  text: string;
  params?: Record<string, string>;
  /** Control on the Security info page this step acts on, if any. */
  target?: PageTarget;
}

/** Stable warning ids, e.g. 'android-14-maker-apis', 'work-profile', 'bluetooth-both', 'whfb-conflict'. Text: engine.warnings.<id>. */
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
