/**
 * Guidance engine public API. Pure and deterministic: no browser globals.
 * Other surfaces (overlay, popup, companion) code against these types.
 */
export type { Decision, EngineInput, GuideStep, QuestionId, WarningId } from './types';
export { decide, stepsFor, troubleshootingFor, blockersFor, context } from './decide';
export {
  profileAccepts,
  profileRejection,
  anyProfileAccepts,
  evaluateProfiles,
  acceptedSecurityKeys,
  type PasskeyCandidate,
  type ProfileRejection,
  type ProfileVerdict,
} from './profiles';
export { fixesForPageError, TROUBLESHOOTING, type TroubleshootingId } from './troubleshooting';
export { whyAsked, type Message } from './whyAsked';
