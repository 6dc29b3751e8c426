import { describe, expect, it } from 'vitest';
import { formatDanishDate } from './danish-date.ts';

describe('formatDanishDate', () => {
  it.each([
    ['2026-11-22', '22. november 2026'],
    ['2027-01-01', '1. januar 2027'],
    ['2024-02-29', '29. februar 2024'],
    ['2025-05-09', '9. maj 2025'],
  ])('%s → %s', (input, expected) => {
    expect(formatDanishDate(input)).toBe(expected);
  });
  it('refuses anything else', () => {
    expect(() => formatDanishDate('22-11-2026')).toThrow();
    expect(() => formatDanishDate('2026-13-01')).toThrow();
  });
});
