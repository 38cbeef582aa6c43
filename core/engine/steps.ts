/**
 * Step lists per guide (stable step ids = the data-step contract). Where a step matches a screen of the page, its id
 * is the page recognizer's wizard step name (create-in-app, finish-in-app, having-trouble, choose-device,
 * enable-provider, devices-ready, passkey-intro, setting-up, usb-nfc, name, success), so the overlay can map the
 * recognized screen to the guide step. Text keys: guides.<guide>.steps.<key> or guides.shared.steps.<key>.
 * Step texts name the page's own buttons as the page shows them (REG26, REGSYNC26, KEY26, CONNECT26, WIN26).
 */
import { providerFor } from '../aaguids';
import type { GuideId } from '../types';
import { crossDeviceViaAuthenticator, type Ctx } from './rules';
import type { GuideStep } from './types';

interface StepRow {
  id: string;
  /** Key suffix; defaults to id. */
  text?: (c: Ctx) => string;
  /** Text shared by several guides: guides.shared.steps.<suffix>. */
  shared?: boolean;
  target?: GuideStep['target'];
  when?: (c: Ctx) => boolean;
  params?: (c: Ctx) => Record<string, string>;
}

const needsInstall = (c: Ctx) => c.input.answers.authenticatorInstalled !== 'yes';
const names = (list: { name: string }[]) => list.map((p) => p.name).join(', ');

/** Authenticator as passkey provider: iOS 18 vs iOS 17 vs Android settings paths (REG26). */
function providerKey(c: Ctx): string {
  if (c.os === 'ios' || c.os === 'ipados')
    return c.major !== null && c.major >= 18 ? 'enable-provider-ios18' : c.major === 17 ? 'enable-provider-ios17' : 'enable-provider-any';
  if (c.os === 'android') return 'enable-provider-android';
  return 'enable-provider-any';
}

export function helpDeskContact(c: Ctx): string {
  const h = c.input.policy.helpDesk;
  return [h.name, h.phone, h.email, h.url].filter((v): v is string => typeof v === 'string' && v.length > 0).join(', ');
}

/** Names every provider and key model the organization's allow lists name (core/aaguids.ts names), e.g. "Windows Hello". */
function acceptedNames(c: Ctx): string {
  const found = new Set<string>();
  for (const profile of c.input.policy.passkeyProfiles ?? []) {
    if (profile.targetAaguids?.mode !== 'allow') continue;
    for (const aaguid of profile.targetAaguids.aaguids) {
      const name = providerFor(aaguid)?.name;
      if (name) found.add(name);
    }
  }
  return [...found].join(', ');
}

const START: StepRow[] = [{ id: 'add-method', target: 'add-method', shared: true }];
const MFA: StepRow = { id: 'sign-in-mfa', target: 'wizard-next', shared: true };
const NAME_PASSKEY: StepRow = { id: 'name', target: 'wizard-name-field', text: () => 'name-passkey', shared: true };
const SUCCESS: StepRow = { id: 'success', target: 'wizard-done', shared: true };

export const STEP_TABLE: Record<GuideId, StepRow[]> = {
  // App-first: create in the app, come back, Next verifies, Passkey created, Done (REG26, WN24).
  'authenticator-app': [
    ...START,
    { id: 'choose-authenticator-passkey', target: 'picker-authenticator-passkey', shared: true },
    MFA,
    { id: 'install-authenticator', target: 'wizard-next', when: needsInstall, shared: true },
    { id: 'create-in-app', target: 'wizard-next', text: (c) => (c.desktop ? 'create-in-app-computer' : 'create-in-app-phone') },
    { id: 'app-create' },
    { id: 'app-provider', text: providerKey, shared: true },
    { id: 'finish-in-app', target: 'wizard-next' },
    SUCCESS,
  ],
  // Fallback only. Authenticator via "Having trouble?" (REG26, LAB), or a synced phone provider through the
  // "Passkey" method and the system's QR code (REGSYNC26, Microsoft synced-passkey flows).
  'cross-device': [
    ...START,
    { id: 'choose-authenticator-passkey', target: 'picker-authenticator-passkey', shared: true, when: crossDeviceViaAuthenticator },
    { id: 'choose-passkey', target: 'picker-passkey', shared: true, when: (c) => !crossDeviceViaAuthenticator(c) },
    MFA,
    { id: 'install-authenticator', target: 'wizard-next', shared: true, when: (c) => crossDeviceViaAuthenticator(c) && needsInstall(c) },
    { id: 'having-trouble', target: 'wizard-having-trouble', when: crossDeviceViaAuthenticator },
    { id: 'different-way', target: 'wizard-different-way', when: crossDeviceViaAuthenticator },
    { id: 'choose-device', when: crossDeviceViaAuthenticator },
    { id: 'enable-provider', target: 'wizard-continue', when: crossDeviceViaAuthenticator },
    { id: 'devices-ready', target: 'wizard-ready', when: crossDeviceViaAuthenticator },
    { id: 'passkey-intro', target: 'wizard-next', shared: true, when: (c) => !crossDeviceViaAuthenticator(c) },
    { id: 'setting-up', target: 'wizard-next' },
    {
      id: 'scan-qr',
      text: (c) => (crossDeviceViaAuthenticator(c) ? 'scan-qr' : 'scan-qr-synced'),
      params: (c): Record<string, string> => (crossDeviceViaAuthenticator(c) ? {} : { providers: names(c.accept.phoneSynced) }),
    },
    NAME_PASSKEY,
    SUCCESS,
  ],
  // 2026: "Passkey" then "Security key" in the system dialog (KEY26); the older Security key > USB device / NFC device
  // screen is still live (CONNECT26). macOS: USB only; Safari/Firefox on macOS and iOS cannot set a new PIN (MAT25, MOB25).
  'security-key': [
    ...START,
    { id: 'choose-passkey', target: 'picker-passkey', text: () => 'choose-passkey-or-key' },
    MFA,
    { id: 'usb-nfc', target: 'wizard-usb', text: (c) => (c.os === 'windows' ? 'usb-nfc' : 'usb') },
    { id: 'setting-up', target: 'wizard-next', text: (c) => (c.os === 'windows' ? 'setting-up-windows' : 'setting-up') },
    { id: 'key-models', when: (c) => !c.accept.keys.anyModel && c.accept.keys.models.length > 0, params: (c) => ({ keys: c.accept.keys.models.join(', ') }) },
    { id: 'insert-key', text: (c) => (c.os === 'windows' ? 'insert-key-usb-nfc' : 'insert-key-usb') },
    {
      id: 'key-pin',
      text: (c) =>
        (c.os === 'macos' && (c.browser === 'safari' || c.browser === 'firefox')) || c.os === 'ios' || c.os === 'ipados' ? 'key-pin-preset' : 'key-pin',
    },
    { id: 'name', target: 'wizard-name-field', text: () => 'name-key' },
    SUCCESS,
  ],
  // "Passkey" flow: Windows Hello on Windows (WIN26), or a synced provider (REGSYNC26, FIDO26 provider table).
  platform: [
    ...START,
    { id: 'choose-passkey', target: 'picker-passkey', shared: true },
    MFA,
    { id: 'passkey-intro', target: 'wizard-next', shared: true },
    {
      id: 'setting-up',
      target: 'wizard-next',
      text: (c) => (c.accept.platform.some((p) => p.id === 'windows-hello') ? 'setting-up-windows-hello' : 'setting-up-provider'),
      params: (c): Record<string, string> => (c.accept.platform.some((p) => p.id === 'windows-hello') ? {} : { providers: names(c.accept.platform) }),
    },
    NAME_PASSKEY,
    SUCCESS,
  ],
  unsupported: [
    { id: 'it-registers', when: (c) => c.input.policy.selfServiceSetupAllowed === false },
    { id: 'why', when: (c) => c.input.policy.selfServiceSetupAllowed !== false },
    {
      id: 'other-device',
      when: (c) => c.input.policy.selfServiceSetupAllowed !== false,
      text: (c) => (c.os === 'linux' && c.browser === 'firefox' ? 'other-browser' : 'other-device'),
    },
    {
      id: 'accepted-only',
      when: (c) => c.input.policy.selfServiceSetupAllowed !== false && acceptedNames(c) !== '',
      params: (c) => ({ providers: acceptedNames(c) }),
    },
    { id: 'ask-security-key', when: (c) => c.input.policy.selfServiceSetupAllowed !== false && c.accept.keys.accepted },
    {
      id: 'contact-help-desk',
      text: (c) => {
        const tap = c.input.policy.tapOffered && c.input.policy.selfServiceSetupAllowed !== false ? '-tap' : '';
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
