/**
 * Booking codes: 8 characters shown as 'ABCD-EFGH', 5 bits each (40 random bits), from an alphabet without the
 * characters people confuse when reading a code aloud or off a phone: no 0/O and no 1/I. Those exclusions and the
 * digits 2–9 leave 32 characters only if L stays: shown in capitals, L is not mistaken for 1 or I, and a typed
 * lowercase l is read as L.
 */
export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const CODE_LENGTH = 8;
const BITS_PER_CHAR = 5;
const GROUP = 4;

const format = (chars: string) => `${chars.slice(0, GROUP)}-${chars.slice(GROUP)}`;

/** A booking code from at least 5 random bytes (the first 5 are used, big-endian). */
export function bookingCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 5) throw new RangeError(`A booking code needs 5 random bytes, got ${bytes.length}`);
  let value = 0n;
  for (const byte of bytes.subarray(0, 5)) value = (value << 8n) | BigInt(byte);
  let chars = '';
  for (let i = CODE_LENGTH - 1; i >= 0; i--) {
    chars += BOOKING_CODE_ALPHABET[Number((value >> BigInt(i * BITS_PER_CHAR)) & 31n)];
  }
  return format(chars);
}

// Spaces of any kind and the dashes a phone or a copy from an e-mail may bring (hyphen, en and em dash, minus).
const SEPARATORS = /[\s\u002d\u2010-\u2015\u2212]/gu;
const CODE = new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A code as typed → 'ABCD-EFGH', or null unless it is 8 characters of the alphabet (after trimming, uppercasing, dropping spaces and dashes). */
export function normaliseBookingCode(input: string): string | null {
  const chars = input.trim().toUpperCase().replace(SEPARATORS, '');
  return CODE.test(chars) ? format(chars) : null;
}
