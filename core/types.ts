/**
 * Contracts shared by every surface (overlay, popup, companion page, background).
 * Pure types: no browser globals. Changing a name here is a breaking change for
 * guided links, tests and the managed-storage schema, so extend rather than rename.
 */

/** The engine's guide ids: a public contract (guided links, tests, README). */
export const GUIDE_IDS = ['authenticator-app', 'cross-device', 'security-key', 'platform', 'unsupported'] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

/** yes / no / unknown: a capability we could not read is unknown, never "no". */
export type Tri = 'yes' | 'no' | 'unknown';

export const LANGUAGES = ['en', 'nl', 'de', 'fr', 'es', 'ja', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Development/test only: accented, ~40% longer, bracketed English. */
export const PSEUDO_LANGUAGE = 'en-XA';
export type AnyLanguage = Language | typeof PSEUDO_LANGUAGE;

export type OsName = 'windows' | 'macos' | 'ios' | 'ipados' | 'android' | 'chromeos' | 'linux' | 'unknown';
export type BrowserName = 'edge' | 'chrome' | 'firefox' | 'safari' | 'samsung' | 'other' | 'unknown';
export type FormFactor = 'desktop' | 'phone' | 'tablet' | 'unknown';

/** What we know of the device, from the user agent plus client hints. */
export interface PlatformFacts {
  os: OsName;
  /** Real OS version as far as we know it ("14", "17.4", "11"); null when the UA is frozen and no hint says. */
  osVersion: string | null;
  /** Major OS version (Windows 11 → 11, Android 15 → 15, iOS 17.4 → 17); null when unknown. */
  osMajor: number | null;
  browser: BrowserName;
  browserMajor: number | null;
  formFactor: FormFactor;
  /** Device model from client hints ("Pixel 9"), null when unknown. Not personal data. */
  model: string | null;
  /** Where osVersion came from. */
  versionSource: 'client-hints' | 'user-agent' | 'none';
}

/** What this browser's WebAuthn stack says it can do. */
export interface CapabilityFacts {
  webauthn: Tri;
  secureContext: Tri;
  platformAuthenticator: Tri;
  conditionalMediation: Tri;
  hybridTransport: Tri;
  passkeyPlatformAuthenticator: Tri;
  conditionalCreate: Tri;
  conditionalGet: Tri;
  signalApi: Tri;
}

/** Every capability, in the order the popup and the diagnostic list them. */
export const CAPABILITY_KEYS = [
  'webauthn',
  'secureContext',
  'platformAuthenticator',
  'conditionalMediation',
  'hybridTransport',
  'passkeyPlatformAuthenticator',
  'conditionalCreate',
  'conditionalGet',
  'signalApi',
] as const satisfies readonly (keyof CapabilityFacts)[];

export type PasskeyKind = 'device-bound' | 'synced';

/**
 * One Entra passkey profile (https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-passkeys-fido2,
 * 2026-03-08): passkey types, attestation, and an optional AAGUID allow or block list. A passkey is accepted when it
 * fully satisfies at least one profile in scope ("There's no particular order to the check").
 */
export interface PasskeyProfile {
  /** Admin's label ("Default passkey profile"); display only. */
  name: string | null;
  passkeyTypes: PasskeyKind[];
  attestationEnforced: boolean;
  /**
   * Key restrictions. null = no restriction. An allow list with no valid entry left still restricts (it allows
   * nothing): a policy never becomes wider than the organization wrote it.
   */
  targetAaguids: { mode: 'allow' | 'block'; aaguids: string[] } | null;
}

/** The organization's passkey policy, after validation (see core/policy.ts). */
export interface OrgPolicy {
  organizationName: string | null;
  organizationLogoText: string | null;
  /** Tenant id or domain, used as `?tenant=` on Security info links. */
  tenant: string | null;
  preferredGuide: GuideId | null;
  tapOffered: boolean;
  helpDesk: { name: string | null; url: string | null; phone: string | null; email: string | null };
  companionSiteUrl: string | null;
  defaultLanguage: Language | null;
  testPasskeyAllowed: boolean;
  overlayEnabled: boolean;
  /**
   * The passkey profiles in scope for employees (never empty after parsing). The flat managed settings
   * (allowedPasskeyKinds, attestationEnforced, aaguidAllowList, aaguidBlockList) still parse, into one profile
   * (core/policy.ts); they are managed keys only, not fields here. A profile that accepts nothing (a restriction
   * with no valid entry left) stays in the list: the policy never becomes wider than written.
   */
  passkeyProfiles: PasskeyProfile[];
  /**
   * The passkey policy's "Allow self-service set up" (https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-passkeys-fido2,
   * 2026-03-08). false: employees cannot register on Security info; IT does.
   */
  selfServiceSetupAllowed: boolean;
  /** The organization's own deadline for registering (YYYY-MM-DD), shown on the sign-in prompt explainer. */
  registrationDeadline: string | null;
  /** The overlay on login.microsoftonline.com / login.microsoft.com (sign-in prompt and ceremony). */
  signInPromptOverlay: boolean;
}

export const DEFAULT_POLICY: OrgPolicy = {
  organizationName: null,
  organizationLogoText: null,
  tenant: null,
  preferredGuide: null,
  tapOffered: false,
  helpDesk: { name: null, url: null, phone: null, email: null },
  companionSiteUrl: null,
  defaultLanguage: null,
  testPasskeyAllowed: true,
  overlayEnabled: true,
  passkeyProfiles: [{ name: null, passkeyTypes: ['device-bound', 'synced'], attestationEnforced: false, targetAaguids: null }],
  selfServiceSetupAllowed: true,
  registrationDeadline: null,
  signInPromptOverlay: true,
};

/** Answers to the engine's questions; absent means not asked / not answered. */
export interface Answers {
  workProfile?: Tri;
  authenticatorInstalled?: Tri;
  hasSecurityKey?: Tri;
  bluetoothBothDevices?: Tri;
  hasMfaMethod?: Tri;
  /** The user's own choice of OS when detection could not tell the version. */
  osVersionKnown?: string;
}

/** Where the user is on the Security info page (the `data-state` contract). */
export const PAGE_STATES = ['method-list', 'method-picker', 'wizard', 'error', 'success', 'sign-in-prompt', 'ceremony', 'unknown'] as const;
export type PageState = (typeof PAGE_STATES)[number];

/**
 * A control on the Security info page that a guide step can point at. The page recognizer
 * (core/page/) knows how to find each one by role and accessible name in every language;
 * guides refer to these names, never to CSS classes.
 */
export const PAGE_TARGETS = [
  'add-method',
  'picker-authenticator-passkey',
  'picker-passkey',
  'picker-security-key',
  'picker-show-more',
  'picker-combobox',
  'picker-add',
  'wizard-next',
  'wizard-usb',
  'wizard-nfc',
  'wizard-qr',
  'wizard-name-field',
  'wizard-done',
  'error-retry',
  // 2026 flows: Microsoft Learn "Register a passkey in Microsoft Authenticator"
  // (https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-authenticator, 2026-07-05)
  // and docs/page-recognition.md
  'wizard-having-trouble',
  'wizard-different-way',
  'wizard-ready',
  'wizard-iphone',
  'wizard-android',
  'wizard-continue',
  'signin-next',
  'signin-skip',
  'ceremony-next',
] as const;
export type PageTarget = (typeof PAGE_TARGETS)[number];
