import { describe, expect, it } from 'vitest';
import { BOOKING_CODE_ALPHABET, bookingCodeFromBytes, normaliseBookingCode } from './code.ts';

describe('BOOKING_CODE_ALPHABET', () => {
  it('has 32 distinct characters: digits 2–9 and capitals, no 0, O, 1 or I', () => {
    expect(BOOKING_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(BOOKING_CODE_ALPHABET).size).toBe(32);
    for (const confusable of ['0', 'O', '1', 'I']) expect(BOOKING_CODE_ALPHABET).not.toContain(confusable);
    expect(BOOKING_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });
});

describe('bookingCodeFromBytes', () => {
  it.each([
    [[0, 0, 0, 0, 0], '2222-2222'],
    [[255, 255, 255, 255, 255], 'ZZZZ-ZZZZ'],
    [[0, 0, 0, 0, 1], '2222-2223'],
    [[0, 0, 0, 0, 31], '2222-222Z'],
    [[0, 0, 0, 0, 32], '2222-2232'],
    [[0x80, 0, 0, 0, 0], 'J222-2222'], // top bit: 10000 → index 16
    [[0x08, 0x42, 0x10, 0x84, 0x21], '3333-3333'], // 00001 repeated
    [[0, 0, 0, 0, 0, 255, 255], '2222-2222'], // bytes after the fifth are not used
  ])('%j → %s', (bytes, expected) => {
    expect(bookingCodeFromBytes(Uint8Array.from(bytes))).toBe(expected);
  });

  it('every code reads back through normaliseBookingCode', () => {
    let seed = 12345;
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: 5 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
      const code = bookingCodeFromBytes(bytes);
      expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect(normaliseBookingCode(code.toLowerCase())).toBe(code);
    }
  });

  it('refuses fewer than 5 bytes', () => {
    expect(() => bookingCodeFromBytes(new Uint8Array(4))).toThrow(RangeError);
  });
});

describe('normaliseBookingCode', () => {
  it.each<[string, string | null]>([
    ['ABCD-EFGH', 'ABCD-EFGH'],
    ['abcd-efgh', 'ABCD-EFGH'],
    ['  abcdefgh  ', 'ABCD-EFGH'],
    ['AB CD EF GH', 'ABCD-EFGH'],
    ['ab-cd-ef-gh', 'ABCD-EFGH'],
    ['ABCD–EFGH', 'ABCD-EFGH'], // en dash from a copied e-mail
    ['ABCD\u00a0EFGH', 'ABCD-EFGH'], // no-break space
    ['k2m9-xy7l', 'K2M9-XY7L'],
    ['ABCD-EFG', null], // 7 characters
    ['ABCD-EFGHJ', null], // 9 characters
    ['ABCD-EFG0', null], // zero is not in the alphabet
    ['ABCD-EFGO', null],
    ['ABCD-EFG1', null],
    ['ABCD-EFGI', null],
    ['ABCD_EFGH', null],
    ['ÆBCD-EFGH', null],
    ['', null],
  ])('%j → %s', (input, expected) => {
    expect(normaliseBookingCode(input)).toBe(expected);
  });
});
