/**
 * Public sources the rule table cites. Every rule row names one or more of these ids; docs/guides.md prints them.
 * Dates are the page's own ms.date / publication date as read in 2026.
 */
export interface Source {
  title: string;
  url: string;
  date: string;
}

export const SOURCES = {
  FIDO26: {
    title: 'Microsoft Learn: Enable passkeys (FIDO2) for your organization (passkey profiles)',
    url: 'https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-passkeys-fido2',
    date: '2026-03-08',
  },
  REG26: {
    title: 'Microsoft Learn: Register a passkey in Microsoft Authenticator',
    url: 'https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-authenticator',
    date: '2026-07-05',
  },
  EN26: {
    title: 'Microsoft Learn: Enable passkeys in Microsoft Authenticator',
    url: 'https://learn.microsoft.com/entra/identity/authentication/how-to-enable-authenticator-passkey',
    date: '2026-07-05',
  },
  REGSYNC26: {
    title: 'Microsoft Learn: Register a synced passkey (FIDO2)',
    url: 'https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey',
    date: '2026-07-05',
  },
  KEY26: {
    title: 'Microsoft Learn: Register a passkey with a security key',
    url: 'https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-with-security-key',
    date: '2026-07-05',
  },
  CONNECT26: {
    title: 'Microsoft Learn: Passwordless authentication options (security key, USB device / NFC device)',
    url: 'https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-passwordless-authentication',
    date: '2026-06-15',
  },
  WIN26: {
    title: 'Microsoft Learn: Entra passkeys on Windows',
    url: 'https://learn.microsoft.com/entra/identity/authentication/how-to-authentication-entra-passkeys-on-windows',
    date: '2026-02-18',
  },
  MC1282568: {
    title: 'Microsoft 365 Message Center MC1282568: Entra passkeys on Windows generally available (no AAGUID allow-listing)',
    url: 'https://mc.merill.net/message/MC1282568',
    date: '2026-04',
  },
  FAQ26: {
    title: 'Microsoft Learn: Passkey FAQs',
    url: 'https://learn.microsoft.com/entra/identity/authentication/passkey-faq',
    date: '2026-03-26',
  },
  MAT25: {
    title: 'Microsoft Learn: Passkey (FIDO2) authentication matrix with Microsoft Entra ID',
    url: 'https://learn.microsoft.com/entra/identity/authentication/concept-fido2-compatibility',
    date: '2025-05-12',
  },
  MOB25: {
    title: 'Microsoft Learn: Register a passkey on a mobile device (security key on iOS / Android)',
    url: 'https://learn.microsoft.com/entra/identity/authentication/how-to-register-passkey-mobile',
    date: '2025-03-04',
  },
  CAMP26: {
    title: 'Microsoft Learn: Run a registration campaign (passkeys, Skip for now / snooze)',
    url: 'https://learn.microsoft.com/entra/identity/authentication/how-to-mfa-registration-campaign',
    date: '2026-09-02',
  },
  SMS26: {
    title: 'Microsoft Learn: SMS and voice retirement (passkeys by default, blocking prompt from 1 Feb 2027)',
    url: 'https://learn.microsoft.com/entra/identity/authentication/concept-sms-voice-retirement',
    date: '2026-06-10',
  },
  MC1426371: {
    title: 'Microsoft 365 Message Center MC1426371 / Microsoft Security blog: passkeys are the default authentication method in Entra ID',
    url: 'https://www.microsoft.com/en-us/security/blog/2026/07/13/microsoft-entra-id-security-updates-passkeys-are-the-default-authentication-method-in-entra-id/',
    date: '2026-07-13',
  },
  EDGEPM: {
    title: 'Microsoft Edge policy PasswordManagerPasskeysEnabled (Edge password manager saves passkeys)',
    url: 'https://learn.microsoft.com/deployedge/microsoft-edge-policies/passwordmanagerpasskeysenabled',
    date: '2026',
  },
  PKD: {
    title: 'passkeys.dev: Windows reference and device support (hybrid/QR on Windows 10 only in Chrome and Edge)',
    url: 'https://passkeys.dev/docs/reference/windows/',
    date: '2026-04-10',
  },
  PKDSUPPORT: {
    title: 'passkeys.dev: Device support matrix',
    url: 'https://passkeys.dev/device-support/',
    date: '2026-04-10',
  },
  WEBCOMPAT: {
    title: 'webcompat/web-bugs #112212 and #101753: Security info refuses FIDO2 security keys in Firefox on Linux',
    url: 'https://github.com/webcompat/web-bugs/issues/112212',
    date: '2022',
  },
  WEBAUTHN: {
    title: 'W3C Web Authentication Level 3 (isUserVerifyingPlatformAuthenticatorAvailable, getClientCapabilities hybridTransport)',
    url: 'https://www.w3.org/TR/webauthn-3/',
    date: '2025',
  },
  CALOOP: {
    title: 'Microsoft Learn: Enable passkeys in Authenticator, Conditional Access: exclude app 6aa00308-ea33-4caa-90d6-ae905d8cb51b',
    url: 'https://learn.microsoft.com/entra/identity/authentication/how-to-enable-authenticator-passkey#conditional-access-known-issue',
    date: '2026-07-05',
  },
  FIDODG: {
    title: 'FIDO Alliance design guidelines (wording: face, fingerprint, or PIN; handshake around OS dialogs)',
    url: 'https://fidoalliance.org/design-guidelines/',
    date: '2025',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
