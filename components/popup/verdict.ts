/** The popup's verdict in plain words: pure, from capabilities + the engine's decision. */
import type { Decision } from '@/core/engine';
import type { MessageKey } from '@/core/i18n';
import type { CapabilityFacts, OrgPolicy } from '@/core/types';
import { securityInfoUrl } from '@/core/securityInfoUrl';

export type VerdictLevel = 'ready' | 'other-device' | 'unsupported';
export type PrimaryAction =
  | { kind: 'security-info'; href: string }
  | { kind: 'qr'; value: string };

export interface Verdict {
  level: VerdictLevel;
  titleKey: MessageKey;
  detailKey: MessageKey;
  action: PrimaryAction;
}

/** The link a phone should open: the organization's companion site when there is one, else Security info. */
export function handoffUrl(policy: OrgPolicy, decision: Decision | null): string {
  if (policy.companionSiteUrl) {
    try {
      const url = new URL(policy.companionSiteUrl);
      if (url.protocol === 'https:') {
        url.searchParams.set('v', '1');
        url.searchParams.set('g', !decision || decision.guide === 'unsupported' ? 'authenticator-app' : decision.guide);
        if (policy.tenant) url.searchParams.set('tenant', policy.tenant);
        return url.toString();
      }
    } catch {}
  }
  return securityInfoUrl(policy.tenant);
}

/** `decision` is null while the engine chunk loads: the verdict then rests on capabilities alone. */
export function computeVerdict(capabilities: CapabilityFacts, decision: Decision | null, policy: OrgPolicy): Verdict {
  if (capabilities.webauthn === 'no' || capabilities.secureContext === 'no' || decision?.guide === 'unsupported') {
    return {
      level: 'unsupported',
      titleKey: 'popup.verdict.unsupported',
      detailKey: 'popup.verdict.unsupportedDetail',
      action: { kind: 'qr', value: handoffUrl(policy, decision) },
    };
  }
  const action: PrimaryAction = { kind: 'security-info', href: securityInfoUrl(policy.tenant) };
  if (capabilities.platformAuthenticator === 'yes') {
    return { level: 'ready', titleKey: 'popup.verdict.ready', detailKey: 'popup.verdict.readyDetail', action };
  }
  return { level: 'other-device', titleKey: 'popup.verdict.otherDevice', detailKey: 'popup.verdict.otherDeviceDetail', action };
}
