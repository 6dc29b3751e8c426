import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_PATTERN, formatCaseNumber } from './case-number.ts';

describe('formatCaseNumber', () => {
  it.each([
    [2026, 1, '2026-000001'],
    [2026, 123, '2026-000123'],
    [2027, 999999, '2027-999999'],
    [2027, 1000000, '2027-1000000'],
  ])('%i, %i → %s', (year, serial, expected) => {
    expect(formatCaseNumber(year, serial)).toBe(expected);
    expect(expected).toMatch(new RegExp(CASE_NUMBER_PATTERN));
  });
  it.each([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [999, 1],
    [10000, 1],
  ])('refuses %i, %i', (year, serial) => {
    expect(() => formatCaseNumber(year, serial)).toThrow(RangeError);
  });
});
