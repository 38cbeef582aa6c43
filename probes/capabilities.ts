/**
 * Reads this browser's WebAuthn capabilities. Anything we cannot read is "unknown", never "no".
 * Native calls only (the same checks as @simplewebauthn/browser's browserSupportsWebAuthn,
 * platformAuthenticatorIsAvailable and browserSupportsWebAuthnAutofill): this runs in the content script,
 * whose size budget has no room for the library's abort-service helpers.
 */
import type { CapabilityFacts, Tri } from '@/core/types';

type Pkc = typeof PublicKeyCredential & { isConditionalMediationAvailable?: () => Promise<boolean> };
const pkc = (): Pkc | undefined => (typeof globalThis.PublicKeyCredential === 'function' ? (globalThis.PublicKeyCredential as Pkc) : undefined);
const browserSupportsWebAuthn = () => pkc() !== undefined;
const platformAuthenticatorIsAvailable = async () => (await pkc()?.isUserVerifyingPlatformAuthenticatorAvailable()) ?? false;
const browserSupportsWebAuthnAutofill = async () => (await pkc()?.isConditionalMediationAvailable?.()) ?? false;

const tri = (value: boolean | undefined): Tri => (value === undefined ? 'unknown' : value ? 'yes' : 'no');

async function settle(probe: () => Promise<boolean>): Promise<Tri> {
  try {
    return tri(await probe());
  } catch {
    return 'unknown';
  }
}

type ClientCapabilities = Record<string, boolean>;

async function clientCapabilities(): Promise<ClientCapabilities | null> {
  const pkc = globalThis.PublicKeyCredential as (typeof PublicKeyCredential & { getClientCapabilities?: () => Promise<ClientCapabilities> }) | undefined;
  if (typeof pkc?.getClientCapabilities !== 'function') return null;
  try {
    return await pkc.getClientCapabilities();
  } catch {
    return null;
  }
}

export async function probeCapabilities(): Promise<CapabilityFacts> {
  const webauthn = browserSupportsWebAuthn();
  const [platformAuthenticator, conditionalMediation, caps] = await Promise.all([
    webauthn ? settle(platformAuthenticatorIsAvailable) : Promise.resolve<Tri>('no'),
    webauthn ? settle(browserSupportsWebAuthnAutofill) : Promise.resolve<Tri>('no'),
    webauthn ? clientCapabilities() : Promise.resolve(null),
  ]);
  // A key missing from getClientCapabilities() means the browser did not say: unknown, not no.
  const cap = (key: string): Tri => (webauthn ? tri(caps?.[key]) : 'no');
  return {
    webauthn: tri(webauthn),
    secureContext: tri(globalThis.isSecureContext),
    platformAuthenticator,
    conditionalMediation,
    hybridTransport: cap('hybridTransport'),
    passkeyPlatformAuthenticator: cap('passkeyPlatformAuthenticator'),
    conditionalCreate: cap('conditionalCreate'),
    conditionalGet: cap('conditionalGet'),
    signalApi:
      caps && 'signalUnknownCredential' in caps
        ? tri(caps.signalUnknownCredential)
        : !webauthn
          ? 'no'
          : typeof (globalThis.PublicKeyCredential as unknown as Record<string, unknown>).signalUnknownCredential === 'function'
            ? 'yes'
            : 'unknown',
  };
}
