import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttestationError, base64ToBytes, decodeCbor, parseAttestationObject, parseAuthData } from '@/core/attestation';
import { VIRTUAL_AUTHENTICATOR_AAGUID } from '@/core/aaguids';

// Real bytes captured from Chromium's CDP virtual authenticator (scripts/capture-attestation.mjs).
const fixture = (name: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../fixtures/attestation', `${name}.json`), 'utf8')) as { attestationObject: string };

describe('parseAttestationObject on real virtual-authenticator bytes', () => {
  it.each([
    ['virtual-internal-none', 'none'],
    ['virtual-internal-direct', 'packed'],
    ['virtual-usb-direct', 'packed'],
  ])('%s → AAGUID 01020304-… and fmt %s', (name, fmt) => {
    const parsed = parseAttestationObject(base64ToBytes(fixture(name).attestationObject));
    expect(parsed.aaguid).toBe(VIRTUAL_AUTHENTICATOR_AAGUID);
    expect(parsed.fmt).toBe(fmt);
    expect(parsed.flags.userPresent).toBe(true);
    expect(parsed.flags.attestedCredentialData).toBe(true);
    expect(parsed.credentialIdLength).toBeGreaterThan(0);
  });
});

describe('bad input gives a clear AttestationError, never a guess', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e instanceof AttestationError ? e.code : 'other';
    }
    return 'no-error';
  };
  it('empty bytes', () => expect(code(() => parseAttestationObject(new Uint8Array()))).toBe('cbor'));
  it('a CBOR number instead of a map', () => expect(code(() => parseAttestationObject(new Uint8Array([0x05])))).toBe('not-a-map'));
  it('a map without authData', () => {
    // {"fmt": "none"}
    const bytes = new Uint8Array([0xa1, 0x63, 0x66, 0x6d, 0x74, 0x64, 0x6e, 0x6f, 0x6e, 0x65]);
    expect(code(() => parseAttestationObject(bytes))).toBe('no-auth-data');
  });
  it('truncated real bytes', () => {
    const bytes = base64ToBytes(fixture('virtual-internal-none').attestationObject);
    expect(code(() => parseAttestationObject(bytes.subarray(0, bytes.length - 20)))).toBe('cbor');
  });
  it('authData too short', () => expect(code(() => parseAuthData(new Uint8Array(36)))).toBe('auth-data-too-short'));
  it('authData without the AT flag', () => {
    const data = new Uint8Array(37);
    data[32] = 0x01;
    expect(code(() => parseAuthData(data))).toBe('no-attested-data');
  });
  it('a huge declared array length is rejected without allocating', () => {
    expect(code(() => decodeCbor(new Uint8Array([0x9a, 0xff, 0xff, 0xff, 0xff])))).toBe('cbor');
  });
  it('non-base64 text', () => expect(code(() => base64ToBytes('not base64!'))).toBe('cbor'));
});
