/**
 * The popup's next action in plain words: pure, from the engine's decision only (never from capabilities),
 * so the popup says what the companion page and the overlay say ("one answer everywhere").
 */
import type { Decision } from '@/core/engine';
import type { MessageKey } from '@/core/i18n';
import { guidedLinkFor, EMPTY_CHOICE, type GuidedChoice } from '@/core/guidedLink';
import { GUIDE_IDS, type GuideId, type Language, type OrgPolicy, type PlatformFacts } from '@/core/types';
import { securityInfoUrl } from '@/core/securityInfoUrl';
import { isHttpsUrl } from '@/core/validation';

/** The phone hand-off: where the QR code points and what the text under it says. */
export interface Handoff {
  value: string;
  /** 'guide': the organization's companion site with the guide; 'security-info': Security info itself (no site set). */
  target: 'guide' | 'security-info';
}

export interface NextAction {
  guide: GuideId;
  /** One sentence: what this person does next. */
  nextKey: MessageKey | null;
  /** Security info with the organization's tenant. */
  securityInfo: string;
  /** Offered on computers when the passkey is made on the phone (Authenticator) or this browser cannot make one. */
  handoff: Handoff | null;
}

function isKnownGuide(guide: string): guide is GuideId {
  return (GUIDE_IDS as readonly string[]).includes(guide);
}

/**
 * The link a phone should open. With the organization's companion site (https): the guide there, carrying the
 * organization's name, tenant and help desk. Without one: Security info itself, which every phone can open and
 * where the employee signs in and follows the steps still shown on the computer.
 */
export function handoffFor(policy: OrgPolicy, guide: GuideId | null, lang: Language | null): Handoff {
  const contact = policy.helpDesk.email ?? policy.helpDesk.phone ?? policy.helpDesk.url;
  const choice: GuidedChoice = {
    ...EMPTY_CHOICE,
    guide: !guide || guide === 'unsupported' ? 'authenticator-app' : guide,
    lang,
    org: policy.organizationName,
    tenant: policy.tenant,
    helpDesk: contact,
  };
  const site = isHttpsUrl(policy.companionSiteUrl) ? guidedLinkFor(policy.companionSiteUrl, choice) : null;
  return site ? { value: site, target: 'guide' } : { value: securityInfoUrl(policy.tenant), target: 'security-info' };
}

/** `decision` is null while the engine loads: no claim is made until it has decided. */
export function nextAction(decision: Decision | null, policy: OrgPolicy, platform: PlatformFacts | null, lang: Language | null): NextAction | null {
  if (!decision) return null;
  const guide = decision.guide;
  const computer = !platform || platform.formFactor === 'desktop' || platform.formFactor === 'unknown';
  const phonePath = guide === 'authenticator-app' || guide === 'unsupported';
  return {
    guide,
    nextKey: isKnownGuide(guide) ? (`popup.next.${guide}` as const) : null,
    securityInfo: securityInfoUrl(policy.tenant),
    handoff: computer && phonePath ? handoffFor(policy, guide, lang) : null,
  };
}
