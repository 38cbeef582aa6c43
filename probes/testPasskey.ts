/**
 * The opt-in test passkey: creates a throwaway, non-discoverable credential from the extension's own
 * page against a locally generated challenge (nothing is sent anywhere), reads the AAGUID, then asks the
 * provider to forget it with the Signal API where supported. Loaded lazily (dynamic import) by the popup.
 */
import { startRegistration, WebAuthnError } from '@simplewebauthn/browser';
import { AttestationError, base64ToBytes, parseAttestationObject } from '@/core/attestation';

export type TestPasskeyResult =
  | {
      ok: true;
      aaguid: string;
      fmt: string | null;
      backupEligible: boolean;
      /** 'signalled': we asked the provider to forget it; 'unsupported': a leftover may remain. */
      cleanup: 'signalled' | 'unsupported' | 'failed';
    }
  | { ok: false; error: 'cancelled' | 'unsupported' | 'attestation' | 'failed'; detail: string };

function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function runTestPasskey(userName: string): Promise<TestPasskeyResult> {
  const challenge = crypto.getRandomValues(new Uint8Array(32));
  const userId = crypto.getRandomValues(new Uint8Array(16));
  let response;
  try {
    response = await startRegistration({
      optionsJSON: {
        challenge: toBase64Url(challenge),
        // No rp.id: extension pages use their own origin as the RP ID (toolchain-spike.md §5).
        rp: { name: 'Passkey Guide test' },
        user: { id: toBase64Url(userId), name: userName, displayName: userName },
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { residentKey: 'discouraged', requireResidentKey: false, userVerification: 'preferred' },
        attestation: 'direct',
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
  let parsed;
  try {
    parsed = parseAttestationObject(base64ToBytes(response.response.attestationObject));
  } catch (error) {
    return { ok: false, error: 'attestation', detail: error instanceof AttestationError ? error.code : 'parse' };
  }
  let cleanup: 'signalled' | 'unsupported' | 'failed' = 'unsupported';
  const pkc = globalThis.PublicKeyCredential as unknown as {
    signalUnknownCredential?: (options: { rpId: string; credentialId: string }) => Promise<void>;
  };
  if (typeof pkc?.signalUnknownCredential === 'function') {
    try {
      await pkc.signalUnknownCredential({ rpId: location.host, credentialId: response.id });
      cleanup = 'signalled';
    } catch {
      cleanup = 'failed';
    }
  }
  return { ok: true, aaguid: parsed.aaguid, fmt: parsed.fmt, backupEligible: parsed.flags.backupEligible, cleanup };
}
