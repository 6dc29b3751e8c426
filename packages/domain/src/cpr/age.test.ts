import { describe, expect, it } from 'vitest';
import { ageOn } from './age.ts';

describe('ageOn', () => {
  it.each([
    // birth date, on, age
    ['2024-03-10', '2024-03-10', 0],
    ['2024-03-10', '2025-03-09', 0],
    ['2024-03-10', '2025-03-10', 1],
    // The 12th birthday (passport fee band, fingerprints): the day before and the day itself.
    ['2012-06-15', '2024-06-14', 11],
    ['2012-06-15', '2024-06-15', 12],
    ['2012-06-15', '2024-06-16', 12],
    // The 18th birthday (adult passport, custody ends).
    ['2006-06-15', '2024-06-14', 17],
    ['2006-06-15', '2024-06-15', 18],
    // Across the turn of the year.
    ['2000-12-31', '2018-12-30', 17],
    ['2000-12-31', '2018-12-31', 18],
    ['2001-01-01', '2018-12-31', 17],
    ['2001-01-01', '2019-01-01', 18],
    // Born 29 February: in a non-leap year a year older on 1 March, in a leap year on the day itself.
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2024-02-28', 15],
    ['2008-02-29', '2024-02-29', 16],
    // A pensioner born in the 1950s and a citizen born in the 1800s (7th digit 5–8, YY > 57).
    ['1958-11-22', '2026-11-21', 67],
    ['1958-11-22', '2026-11-22', 68],
    ['1899-05-01', '2000-05-01', 101],
  ] as const)('born %s, on %s: %i', (birthDate, on, age) => {
    expect(ageOn(birthDate, on)).toBe(age);
  });

  it.each([
    ['1990-02-30', '2020-01-01'],
    ['1990-13-01', '2020-01-01'],
    ['19900101', '2020-01-01'],
    ['1990-01-01', '2019-02-29'],
    ['1990-01-01', 'today'],
  ])('refuses a date that is not a real YYYY-MM-DD: %s, %s', (birthDate, on) => {
    expect(() => ageOn(birthDate, on)).toThrow(RangeError);
  });

  it('refuses a date before the birth date', () => {
    expect(() => ageOn('2020-05-05', '2020-05-04')).toThrow(RangeError);
  });
});
