/**
 * Minimal CBOR decoding of a WebAuthn attestationObject → authenticator data → flags and AAGUID.
 * Pure and defensive: malformed bytes give an AttestationError with a code, never a crash or a guess.
 * Only what we need: CBOR major types 0–5 and 7 (simple values), definite lengths.
 */
export type AttestationErrorCode = 'cbor' | 'not-a-map' | 'no-auth-data' | 'auth-data-too-short' | 'no-attested-data';

export class AttestationError extends Error {
  constructor(
    readonly code: AttestationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AttestationError';
  }
}

type CborValue = number | bigint | boolean | null | undefined | string | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

const MAX_DEPTH = 16;

function decodeItem(bytes: Uint8Array, start: number, depth: number): [CborValue, number] {
  if (depth > MAX_DEPTH) throw new AttestationError('cbor', 'CBOR nested too deeply');
  let pos = start;
  const need = (n: number) => {
    if (pos + n > bytes.length) throw new AttestationError('cbor', 'CBOR data ends early');
  };
  need(1);
  const initial = bytes[pos++]!;
  const major = initial >> 5;
  const info = initial & 0x1f;
  let length: number;
  if (info < 24) length = info;
  else if (info === 24) {
    need(1);
    length = bytes[pos]!;
    pos += 1;
  } else if (info === 25) {
    need(2);
    length = (bytes[pos]! << 8) | bytes[pos + 1]!;
    pos += 2;
  } else if (info === 26) {
    need(4);
    length = ((bytes[pos]! << 24) >>> 0) + (bytes[pos + 1]! << 16) + (bytes[pos + 2]! << 8) + bytes[pos + 3]!;
    pos += 4;
  } else throw new AttestationError('cbor', `Unsupported CBOR length encoding ${info}`);
  switch (major) {
    case 0:
      return [length, pos];
    case 1:
      return [-1 - length, pos];
    case 2:
      need(length);
      return [bytes.slice(pos, pos + length), pos + length];
    case 3:
      need(length);
      return [new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(pos, pos + length)), pos + length];
    case 4: {
      if (length > bytes.length) throw new AttestationError('cbor', 'CBOR array longer than the data');
      const items: CborValue[] = [];
      for (let i = 0; i < length; i++) {
        const [v, next] = decodeItem(bytes, pos, depth + 1);
        items.push(v);
        pos = next;
      }
      return [items, pos];
    }
    case 5: {
      if (length > bytes.length) throw new AttestationError('cbor', 'CBOR map longer than the data');
      const map = new Map<CborValue, CborValue>();
      for (let i = 0; i < length; i++) {
        const [k, afterKey] = decodeItem(bytes, pos, depth + 1);
        const [v, afterValue] = decodeItem(bytes, afterKey, depth + 1);
        map.set(k, v);
        pos = afterValue;
      }
      return [map, pos];
    }
    case 7:
      if (info === 20) return [false, pos];
      if (info === 21) return [true, pos];
      if (info === 22) return [null, pos];
      throw new AttestationError('cbor', `Unsupported CBOR simple value ${info}`);
    default:
      throw new AttestationError('cbor', `Unsupported CBOR major type ${major}`);
  }
}

export function decodeCbor(bytes: Uint8Array): CborValue {
  return decodeItem(bytes, 0, 0)[0];
}

export interface AuthDataFlags {
  userPresent: boolean;
  userVerified: boolean;
  backupEligible: boolean;
  backedUp: boolean;
  attestedCredentialData: boolean;
  extensionData: boolean;
}

export interface ParsedAttestation {
  fmt: string | null;
  aaguid: string;
  flags: AuthDataFlags;
  signCount: number;
  credentialIdLength: number;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function formatAaguid(bytes: Uint8Array): string {
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Authenticator data layout: rpIdHash(32) flags(1) signCount(4) [aaguid(16) credIdLen(2) credId …]. */
export function parseAuthData(authData: Uint8Array): Omit<ParsedAttestation, 'fmt'> {
  if (authData.length < 37) throw new AttestationError('auth-data-too-short', `Authenticator data is ${authData.length} bytes, at least 37 needed`);
  const f = authData[32]!;
  const flags: AuthDataFlags = {
    userPresent: (f & 0x01) !== 0,
    userVerified: (f & 0x04) !== 0,
    backupEligible: (f & 0x08) !== 0,
    backedUp: (f & 0x10) !== 0,
    attestedCredentialData: (f & 0x40) !== 0,
    extensionData: (f & 0x80) !== 0,
  };
  const signCount = ((authData[33]! << 24) >>> 0) + (authData[34]! << 16) + (authData[35]! << 8) + authData[36]!;
  if (!flags.attestedCredentialData) throw new AttestationError('no-attested-data', 'The AT flag is not set: no AAGUID in this authenticator data');
  if (authData.length < 55) throw new AttestationError('auth-data-too-short', 'Authenticator data ends inside the attested credential data');
  const credentialIdLength = (authData[53]! << 8) | authData[54]!;
  if (authData.length < 55 + credentialIdLength) throw new AttestationError('auth-data-too-short', 'Authenticator data ends inside the credential id');
  return { aaguid: formatAaguid(authData.subarray(37, 53)), flags, signCount, credentialIdLength };
}

/** attestationObject bytes (CBOR map {fmt, attStmt, authData}) → fmt, AAGUID, flags. Throws AttestationError. */
export function parseAttestationObject(bytes: Uint8Array): ParsedAttestation {
  const decoded = decodeCbor(bytes);
  if (!(decoded instanceof Map)) throw new AttestationError('not-a-map', 'The attestation object is not a CBOR map');
  const authData = decoded.get('authData');
  if (!(authData instanceof Uint8Array)) throw new AttestationError('no-auth-data', 'The attestation object has no authData byte string');
  const fmt = decoded.get('fmt');
  return { fmt: typeof fmt === 'string' ? fmt : null, ...parseAuthData(authData) };
}

/** base64 or base64url → bytes; throws AttestationError('cbor') on characters outside the alphabet. */
export function base64ToBytes(value: string): Uint8Array {
  const normal = value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(normal)) throw new AttestationError('cbor', 'Not base64 data');
  const binary = atob(normal + '='.repeat((4 - (normal.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
