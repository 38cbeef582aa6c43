import type { GuideId } from '../types';
import { GUIDE_IDS } from '../types';
import { BLOCK_RULES, QUESTION_RULES, WARNING_RULES, acceptance, preferenceOrder, type Ctx } from './rules';
import { buildSteps } from './steps';
import { TROUBLESHOOTING, type TroubleshootingId } from './troubleshooting';
import type { Decision, EngineInput, GuideStep, QuestionId } from './types';

/** Parses the user's answer ("14", "17.4"); anything else is ignored (and the question stays). */
function answeredMajor(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,2}(\.\d{1,3}){0,2}$/.test(value.trim())) return null;
  return Number.parseInt(value, 10);
}

export function context(input: EngineInput): Ctx {
  const p = input.platform;
  const major = p.osMajor ?? answeredMajor(input.answers.osVersionKnown);
  const desktop = p.formFactor === 'desktop' || (p.formFactor === 'unknown' && ['windows', 'macos', 'linux', 'chromeos'].includes(p.os));
  const samsung = p.os === 'android' && (p.browser === 'samsung' || /^SM-/i.test(p.model ?? ''));
  const base = { input, os: p.os, major, browser: p.browser, browserMajor: p.browserMajor, desktop, mobile: !desktop, samsung };
  return { ...base, accept: acceptance(base) };
}

/** Ids of the rules that block `guide` here (empty = the guide can work). */
export function blockersFor(guide: GuideId, c: Ctx): string[] {
  return BLOCK_RULES.filter((r) => r.guides.includes(guide) && r.when(c)).map((r) => r.id);
}

export function stepsFor(guide: GuideId, input: EngineInput): GuideStep[] {
  const safe = GUIDE_IDS.includes(guide) ? guide : 'unsupported';
  return buildSteps(safe, context(input));
}

/** Troubleshooting notes (known failures and their fixes) for a guide; text: engine.troubleshooting.<id>. */
export function troubleshootingFor(guide: GuideId): TroubleshootingId[] {
  return TROUBLESHOOTING.filter((r) => r.guides.includes(guide)).map((r) => r.id);
}

export function decide(input: EngineInput): Decision {
  const c = context(input);
  const order = preferenceOrder(c);
  const preferred = input.policy.preferredGuide;
  const candidates: GuideId[] =
    preferred && preferred !== 'unsupported' && GUIDE_IDS.includes(preferred) ? [preferred, ...order.filter((g) => g !== preferred)] : order;

  const usable = candidates.filter((g) => blockersFor(g, c).length === 0);
  const guide: GuideId = usable[0] ?? 'unsupported';

  const reasons: string[] = [];
  if (input.policy.selfServiceSetupAllowed === false) {
    // Registration on Security info is off for everyone: that is the one reason that matters.
    reasons.push('engine.reasons.self-service-off');
  } else {
    if (guide !== 'unsupported' && guide === preferred) reasons.push('engine.reasons.policy-preferred');
    else if (guide === 'security-key' && input.answers.hasSecurityKey === 'yes') reasons.push('engine.reasons.has-security-key');
    const skipped = guide === 'unsupported' ? candidates : candidates.slice(0, candidates.indexOf(guide));
    for (const g of skipped) for (const id of blockersFor(g, c)) if (!reasons.includes(`engine.reasons.${id}`)) reasons.push(`engine.reasons.${id}`);
  }

  // With self-service off nothing the employee could do on this device matters: no warnings.
  const warnings = input.policy.selfServiceSetupAllowed === false ? [] : WARNING_RULES.filter((r) => r.guides.includes(guide) && r.when(c)).map((r) => r.id);
  const fallbacks = usable.filter((g) => g !== guide);
  const questions: QuestionId[] = QUESTION_RULES.filter((q) => input.answers[q.id] === undefined && q.when(c, guide)).map((q) => q.id);
  // A typed-in version we could not read stays a question.
  if (
    c.major === null &&
    input.answers.osVersionKnown !== undefined &&
    (c.os === 'android' || c.os === 'ios' || c.os === 'ipados') &&
    !questions.includes('osVersionKnown')
  ) {
    questions.unshift('osVersionKnown');
  }

  return { guide, steps: buildSteps(guide, c), warnings, fallbacks, questions, reasons };
}
