/**
 * The opt-in test passkey: creates a throwaway credential from the extension's own page against a locally
 * generated challenge (nothing is sent anywhere), reads the AAGUID, then cleans up as well as the browser
 * allows. Loaded lazily (dynamic import) by the popup.
 *
 * What stays behind, and why it is at most one entry:
 * - The credential is requested as non-discoverable (`residentKey: 'discouraged'`), so a security key stores
 *   nothing (the key wraps the private key into the credential ID we throw away). `credProps` tells us whether
 *   the authenticator kept it anyway.
 * - Platform authenticators and password managers (Windows Hello, Apple Passwords, Google Password Manager,
 *   1Password…) often keep a discoverable entry regardless. The user handle is FIXED (TEST_USER_HANDLE), and
 *   the RP is this extension, so a rerun overwrites that one entry instead of adding another (WebAuthn L3
 *   §6.1.2 authenticatorMakeCredential step 7: a credential with the same RP ID and user handle is replaced).
 * - Signal API (WebAuthn L3 §5.1.10; Chrome 132+): `signalAllAcceptedCredentials` with an empty list for the
 *   fixed user handle tells the provider that no test credential is valid (removes the entries of every earlier
 *   run too), then `signalUnknownCredential` names this one. Where neither exists, the popup tells the user how
 *   to delete "passkey-guide-test" by hand.
 */
import { startRegistration, WebAuthnError } from '@simplewebauthn/browser';
import { AttestationError, base64ToBytes, parseAttestationObject } from '@/core/attestation';

/** The user name shown by providers (and what the user deletes by hand where no Signal API exists). */
export const TEST_USER_NAME = 'passkey-guide-test';
/** The fixed user handle (WebAuthn user.id): the ASCII bytes of "passkey-guide-test", the same on every run. */
export const TEST_USER_HANDLE = new TextEncoder().encode(TEST_USER_NAME);

export type TestPasskeyCleanup =
  /** The authenticator did not keep the credential (credProps.rk === false): nothing to clean up. */
  | 'nothing-kept'
  /** We asked the provider to forget it (Signal API). */
  | 'signalled'
  /** No Signal API here: one "passkey-guide-test" entry may remain (replaced by the next test). */
  | 'unsupported'
  | 'failed';

export type TestPasskeyResult =
  | {
      ok: true;
      aaguid: string;
      fmt: string | null;
      backupEligible: boolean;
      /** Whether the authenticator stored a discoverable credential (credProps.rk); null when it did not say. */
      residentKey: boolean | null;
      /** Always false: the AAGUID is what the authenticator claims; its attestation is not verified here. */
      aaguidVerified: false;
      cleanup: TestPasskeyCleanup;
    }
  | { ok: false; error: 'cancelled' | 'unsupported' | 'attestation' | 'failed'; detail: string };

function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

interface SignalApi {
  signalUnknownCredential?: (options: { rpId: string; credentialId: string }) => Promise<void>;
  signalAllAcceptedCredentials?: (options: { rpId: string; userId: string; allAcceptedCredentialIds: string[] }) => Promise<void>;
}

/** Asks the provider to forget the test credential(s), as strongly as this browser allows. */
async function cleanUp(credentialId: string): Promise<TestPasskeyCleanup> {
  const pkc = globalThis.PublicKeyCredential as unknown as SignalApi | undefined;
  // Extension pages use their own origin as the RP; its host is the extension id.
  const rpId = location.host;
  let signalled = false;
  let failed = false;
  if (typeof pkc?.signalAllAcceptedCredentials === 'function') {
    try {
      await pkc.signalAllAcceptedCredentials({ rpId, userId: toBase64Url(TEST_USER_HANDLE), allAcceptedCredentialIds: [] });
      signalled = true;
    } catch {
      failed = true;
    }
  }
  if (typeof pkc?.signalUnknownCredential === 'function') {
    try {
      await pkc.signalUnknownCredential({ rpId, credentialId });
      signalled = true;
    } catch {
      failed = true;
    }
  }
  return signalled ? 'signalled' : failed ? 'failed' : 'unsupported';
}

export async function runTestPasskey(userName: string = TEST_USER_NAME): Promise<TestPasskeyResult> {
  const challenge = crypto.getRandomValues(new Uint8Array(32));
  let response: Awaited<ReturnType<typeof startRegistration>>;
  try {
    response = await startRegistration({
      optionsJSON: {
        challenge: toBase64Url(challenge),
        // No rp.id: Chrome uses the extension page's whole origin (chrome-extension://<id>) as the RP ID
        // (https://github.com/w3c/webauthn/issues/1158; seen in test/browser/popup.spec.ts).
        rp: { name: 'Passkey Guide test' },
        user: { id: toBase64Url(TEST_USER_HANDLE), name: userName, displayName: userName },
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { residentKey: 'discouraged', requireResidentKey: false, userVerification: 'preferred' },
        attestation: 'direct',
        extensions: { credProps: true },
        timeout: 120_000,
      },
    });
  } catch (error) {
    const name = error instanceof WebAuthnError ? error.code : error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    if (/NotAllowed|ERROR_CEREMONY_ABORTED/i.test(name) || /NotAllowedError/.test(String((error as { cause?: unknown })?.cause))) {
      return { ok: false, error: 'cancelled', detail: name };
    }
    if (/NotSupported|ERROR_.*UNSUPPORTED/i.test(name) || /not supported/i.test(message)) return { ok: false, error: 'unsupported', detail: name };
    return { ok: false, error: 'failed', detail: name };
  }
  const rk = (response.clientExtensionResults as { credProps?: { rk?: unknown } } | undefined)?.credProps?.rk;
  const residentKey = typeof rk === 'boolean' ? rk : null;
  let parsed: ReturnType<typeof parseAttestationObject>;
  try {
    parsed = parseAttestationObject(base64ToBytes(response.response.attestationObject));
  } catch (error) {
    await cleanUp(response.id);
    return { ok: false, error: 'attestation', detail: error instanceof AttestationError ? error.code : 'parse' };
  }
  // Signal even when rk is false: it costs nothing and removes the entries of earlier runs too.
  const signal = await cleanUp(response.id);
  const cleanup: TestPasskeyCleanup = residentKey === false ? 'nothing-kept' : signal;
  return { ok: true, aaguid: parsed.aaguid, fmt: parsed.fmt, backupEligible: parsed.flags.backupEligible, residentKey, aaguidVerified: false, cleanup };
}
