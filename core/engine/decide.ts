import type { GuideId } from '../types';
import type { Decision, EngineInput, GuideStep } from './index';

// Temporary minimal implementation; the rule table replaces it.
export function stepsFor(guide: GuideId, _input: EngineInput): GuideStep[] {
  return [{ id: `${guide}-start`, text: `guides.${guide}.start`, target: 'add-method' }];
}

export function decide(input: EngineInput): Decision {
  const guide: GuideId = input.platform.os === 'android' || input.platform.os === 'ios' ? 'authenticator-app' : 'cross-device';
  return { guide, steps: stepsFor(guide, input), warnings: [], fallbacks: ['security-key'], questions: [], reasons: [] };
}
