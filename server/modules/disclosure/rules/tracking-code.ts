/** Crockford base32: no I, L, O, U (nothing to misread over the phone). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 12 characters, 60 bits: unguessable for a status page that is rate-limited. `bytes` are random bytes (≥ 8). */
export function trackingCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new Error('trackingCodeFrom needs at least 8 random bytes');
  let n = 0n;
  for (const b of bytes.slice(0, 8)) n = (n << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 12; i++) {
    out += ALPHABET[Number(n & 31n)];
    n >>= 5n;
  }
  return out;
}

/** The code as printed for people: XXXX-XXXX-XXXX. */
export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}
