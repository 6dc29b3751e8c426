import { describe, expect, it } from 'vitest';
import { feeTableProblems, formatKroner, selectFeeRate, type FeeRate } from './fee-table.ts';
import { monthsAfterBirth, ageFacts, pensionAgeDate, pensionAgeMonths, type PensionAgeStep } from './pension-age.ts';

describe('pension age by birth date (✱ lov om social pension § 1 a)', () => {
  it.each([
    ['1953-12-31', 780, '2018-12-31'],
    ['1954-01-01', 786, '2019-07-01'],
    ['1954-06-30', 786, '2019-12-30'],
    ['1954-07-01', 792, '2020-07-01'],
    ['1955-06-30', 798, '2021-12-30'],
    ['1955-07-01', 804, '2022-07-01'],
    ['1960-02-29', 804, '2027-03-01'],
    ['1962-12-31', 804, '2029-12-31'],
    ['1963-01-01', 816, '2031-01-01'],
    ['1966-12-31', 816, '2034-12-31'],
    ['1967-01-01', 828, '2036-01-01'],
    ['1970-12-31', 828, '2039-12-31'],
    ['1971-01-01', 840, '2041-01-01'],
    ['2020-02-29', 840, '2090-03-01'],
  ])('born %s: %i months, reached on %s', (birth, months, date) => {
    expect(pensionAgeMonths(birth)).toBe(months);
    expect(pensionAgeDate(birth)).toBe(date);
  });

  it('takes another table (the rule is configurable)', () => {
    const table: PensionAgeStep[] = [{ bornFrom: null, bornUntil: null, ageMonths: 67 * 12 }];
    expect(pensionAgeDate('1975-05-05', table)).toBe('2042-05-05');
    expect(() => pensionAgeMonths('1975-05-05', [{ bornFrom: '1980-01-01', bornUntil: null, ageMonths: 1 }])).toThrow(RangeError);
  });

  it.each([
    ['2024-01-31', 1, '2024-03-01'],
    ['2023-01-31', 1, '2023-03-01'],
    ['2024-08-31', 1, '2024-10-01'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-02-29', 12, '2025-03-01'],
    ['2024-02-29', 48, '2028-02-29'],
  ])('monthsAfterBirth(%s, %i) = %s', (date, months, expected) => {
    expect(monthsAfterBirth(date, months)).toBe(expected);
  });

  it.each([
    // The day before, on and after pension age (born 1958-03-10, 67 years).
    ['1958-03-10', '2025-03-09', 66, false],
    ['1958-03-10', '2025-03-10', 67, true],
    ['1958-03-10', '2025-03-11', 67, true],
    // Half-year steps: 65½ for the first half of 1954.
    ['1954-03-15', '2019-09-14', 65, false],
    ['1954-03-15', '2019-09-15', 65, true],
    // Leap-day birth, 67 in a common year: reached on 1 March.
    ['1960-02-29', '2027-02-28', 66, false],
    ['1960-02-29', '2027-03-01', 67, true],
  ] as const)('born %s, on %s: age %i, pension age reached %s', (birth, on, age, reached) => {
    expect(ageFacts(birth, on)).toMatchObject({ age, pensionAgeReached: reached });
  });
});

const passportRates: FeeRate[] = [
  { code: 'child', labelDa: 'Barn 0-11 år', labelEn: 'Child 0-11', from: 0, to: 12, amountOre: 15000 },
  { code: 'youth', labelDa: 'Barn 12-17 år', labelEn: 'Child 12-17', from: 12, to: 18, amountOre: 17900 },
  { code: 'adult', labelDa: 'Voksen', labelEn: 'Adult', from: 18, to: 'pension_age', amountOre: 89100 },
  { code: 'pensioner', labelDa: 'Folkepensionist', labelEn: 'State pensioner', from: 'pension_age', to: null, amountOre: 37900 },
];

describe('selectFeeRate', () => {
  it.each([
    [0, false, 'child'],
    [11, false, 'child'],
    [12, false, 'youth'],
    [17, false, 'youth'],
    [18, false, 'adult'],
    [66, false, 'adult'],
    [69, false, 'adult'],
    [65, true, 'pensioner'],
    [70, true, 'pensioner'],
    [104, true, 'pensioner'],
  ])('age %i, pension age reached %s → %s', (age, pensionAgeReached, code) => {
    expect(selectFeeRate(passportRates, { age, pensionAgeReached }).code).toBe(code);
  });

  const licence: FeeRate[] = [
    { code: 'renewal', labelDa: 'Fornyelse', labelEn: 'Renewal', from: 0, to: null, amountOre: 18000 },
    { code: 'duplicate', labelDa: 'Duplikat', labelEn: 'Duplicate', from: 0, to: null, amountOre: 36000 },
  ];
  it('chooses a variant by code', () => {
    expect(selectFeeRate(licence, { age: 40, pensionAgeReached: false }, 'duplicate').amountOre).toBe(36000);
  });
  it('refuses an ambiguous choice without a code, and a code that does not exist', () => {
    expect(() => selectFeeRate(licence, { age: 40, pensionAgeReached: false })).toThrow(/several/);
    expect(() => selectFeeRate(licence, { age: 40, pensionAgeReached: false }, 'express')).toThrow(/no fee rate 'express'/);
  });
  it('refuses when a band with the code does not cover the age', () => {
    expect(() => selectFeeRate(passportRates, { age: 30, pensionAgeReached: false }, 'child')).toThrow(/no fee rate/);
  });
});

describe('feeTableProblems', () => {
  const codes = (rates: FeeRate[], product: 'passport' | 'driving_licence' = 'passport') =>
    feeTableProblems(product, rates).map((p) => p.code);
  it('accepts the passport bands', () => {
    expect(codes(passportRates)).toEqual([]);
  });
  it.each([
    ['a gap at 12', passportRates.map((r) => (r.code === 'youth' ? { ...r, from: 13 } : r)), ['age-not-covered']],
    ['an overlap at 17', passportRates.map((r) => (r.code === 'child' ? { ...r, to: 18 } : r)), ['age-covered-twice']],
    ['no pensioner band', passportRates.filter((r) => r.code !== 'pensioner'), ['age-not-covered']],
    ['a duplicate code', [...passportRates, passportRates[0]!], ['duplicate-code']],
    ['a negative amount', passportRates.map((r) => (r.code === 'adult' ? { ...r, amountOre: -1 } : r)), ['bad-amount']],
    ['a fractional amount', passportRates.map((r) => (r.code === 'adult' ? { ...r, amountOre: 10.5 } : r)), ['bad-amount']],
    ['bounds in the wrong order', passportRates.map((r) => (r.code === 'youth' ? { ...r, to: 12 } : r)), ['bad-bounds']],
    ['nothing', [], ['no-rates']],
  ] as const)('refuses %s', (_name, rates, expected) => {
    expect(codes([...rates])).toEqual(expected);
  });
  it('lets variants overlap for a product chosen by code', () => {
    const licence: FeeRate[] = [
      { code: 'renewal', labelDa: 'Fornyelse', labelEn: 'Renewal', from: 0, to: null, amountOre: 18000 },
      { code: 'duplicate', labelDa: 'Duplikat', labelEn: 'Duplicate', from: 0, to: null, amountOre: 36000 },
    ];
    expect(codes(licence, 'driving_licence')).toEqual([]);
  });
});

describe('formatKroner', () => {
  it.each([
    [0, '0,00 kr.'],
    [15000, '150,00 kr.'],
    [178200, '1.782,00 kr.'],
    [12345678, '123.456,78 kr.'],
  ])('%i øre → %s', (ore, text) => {
    expect(formatKroner(ore)).toBe(text);
  });
});
