/**
 * Step lists per guide (stable step ids = the data-step contract). Text keys live under
 * guides.<guide>.steps.<id>. Sources: facts §2b (Authenticator flows), security-info-page §4 (wizards).
 */
import type { GuideId } from '../types';
import type { GuideStep } from './index';
import type { Ctx } from './rules';

interface StepRow {
  id: string;
  /** Key suffix under guides.<guide>.steps; defaults to id. */
  text?: (c: Ctx) => string;
  /** Text shared by several guides: guides.shared.steps.<suffix>. */
  shared?: boolean;
  target?: GuideStep['target'];
  when?: (c: Ctx) => boolean;
  params?: (c: Ctx) => Record<string, string>;
}

const needsInstall = (c: Ctx) => c.input.answers.authenticatorInstalled !== 'yes';

/** Authenticator-as-provider path: iOS 18 vs iOS 17 vs Android (facts §2b). */
function providerKey(c: Ctx): string {
  if (c.os === 'ios' || c.os === 'ipados') return c.major !== null && c.major >= 18 ? 'enable-provider-ios18' : c.major === 17 ? 'enable-provider-ios17' : 'enable-provider-any';
  if (c.os === 'android') return 'enable-provider-android';
  return 'enable-provider-any';
}

function helpDeskContact(c: Ctx): string {
  const h = c.input.policy.helpDesk;
  return [h.name, h.phone, h.email, h.url].filter((v): v is string => typeof v === 'string' && v.length > 0).join(', ');
}

const START: StepRow[] = [
  { id: 'add-method', target: 'add-method', shared: true },
];

export const STEP_TABLE: Record<GuideId, StepRow[]> = {
  'authenticator-app': [
    ...START,
    { id: 'choose-authenticator-passkey', target: 'picker-authenticator-passkey', shared: true },
    { id: 'sign-in-mfa', target: 'wizard-next', shared: true },
    { id: 'install-authenticator', target: 'wizard-next', when: needsInstall, shared: true },
    { id: 'create-in-app' },
    { id: 'enable-provider', text: providerKey, shared: true },
    { id: 'finish-in-app' },
    { id: 'verify-next', target: 'wizard-next' },
    { id: 'done', target: 'wizard-done' },
  ],
  'cross-device': [
    ...START,
    { id: 'choose-authenticator-passkey', target: 'picker-authenticator-passkey', shared: true },
    { id: 'sign-in-mfa', target: 'wizard-next', shared: true },
    { id: 'install-authenticator', target: 'wizard-next', when: needsInstall, shared: true },
    { id: 'choose-phone-type' },
    { id: 'enable-provider', text: () => 'enable-provider-any', shared: true },
    { id: 'show-qr', target: 'wizard-qr' },
    { id: 'scan-qr' },
    { id: 'save-in-authenticator' },
    { id: 'done', target: 'wizard-done' },
  ],
  'security-key': [
    ...START,
    { id: 'choose-security-key', target: 'picker-security-key' },
    { id: 'sign-in-mfa', target: 'wizard-next', shared: true },
    { id: 'choose-usb-nfc', target: 'wizard-usb', text: (c) => (c.os === 'macos' || c.os === 'linux' ? 'choose-usb' : 'choose-usb-nfc') },
    { id: 'insert-key' },
    { id: 'set-pin' },
    { id: 'name-key', target: 'wizard-name-field' },
    { id: 'done', target: 'wizard-done' },
  ],
  platform: [
    ...START,
    { id: 'choose-passkey', target: 'picker-passkey' },
    { id: 'sign-in-mfa', target: 'wizard-next', shared: true },
    {
      id: 'save-on-device',
      params: (c) => ({
        provider:
          c.os === 'windows' ? 'Windows Hello' : c.os === 'macos' || c.os === 'ios' || c.os === 'ipados' ? 'Apple Passwords (iCloud Keychain)' : 'Google Password Manager',
      }),
    },
    { id: 'name-passkey', target: 'wizard-name-field' },
    { id: 'done', target: 'wizard-done' },
  ],
  unsupported: [
    { id: 'why' },
    { id: 'other-device' },
    { id: 'ask-security-key' },
    {
      id: 'contact-help-desk',
      text: (c) => {
        const tap = c.input.policy.tapOffered ? '-tap' : '';
        return helpDeskContact(c) ? `contact-help-desk${tap}` : `contact-it${tap}`;
      },
      params: (c): Record<string, string> => (helpDeskContact(c) ? { contact: helpDeskContact(c) } : {}),
    },
  ],
};

export function buildSteps(guide: GuideId, c: Ctx): GuideStep[] {
  const steps: GuideStep[] = [];
  for (const row of STEP_TABLE[guide]) {
    if (row.when && !row.when(c)) continue;
    const step: GuideStep = { id: row.id, text: `guides.${row.shared ? 'shared' : guide}.steps.${row.text ? row.text(c) : row.id}` };
    const params = row.params?.(c);
    if (params && Object.keys(params).length > 0) step.params = params;
    if (row.target) step.target = row.target;
    steps.push(step);
  }
  return steps;
}
