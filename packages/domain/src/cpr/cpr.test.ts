import { describe, expect, it } from 'vitest';
import { birthYear, CPR_PROBLEM_TEXT, formatCpr, maskCpr, parseCpr, passesModulus11, sexFromCpr, type CprProblem } from './cpr.ts';

describe('parseCpr: valid numbers', () => {
  it.each([
    // input, birth date, sex, substitute
    ['0101901234', '1990-01-01', 'female', false],
    ['010190-1234', '1990-01-01', 'female', false],
    ['  010190-1233\t', '1990-01-01', 'male', false],
    // Fails modulus 11 (weighted sum 85) and is valid all the same.
    ['010190-1235', '1990-01-01', 'male', false],
    // Passes modulus 11; must not matter either way.
    ['070761-4285', '1961-07-07', 'male', false],
    // 29 February: 1996 and 2000 are leap years (2000 by the 400-year rule), 1860 as well.
    ['290296-1234', '1996-02-29', 'female', false],
    ['290200-4234', '2000-02-29', 'female', false],
    ['290260-5234', '1860-02-29', 'female', false],
    // Month lengths at their last day.
    ['300490-1234', '1990-04-30', 'female', false],
    ['311290-1234', '1990-12-31', 'female', false],
    // Substitute numbers (erstatningspersonnumre): day + 60.
    ['610190-1234', '1990-01-01', 'female', true],
    ['910190-1237', '1990-01-31', 'male', true],
    ['890296-1234', '1996-02-29', 'female', true],
    ['700590-1234', '1990-05-10', 'female', true],
  ] as const)('%j → born %s, %s, substitute %s', (input, birthDate, sex, substitute) => {
    const result = parseCpr(input);
    expect(result).toEqual({ ok: true, cpr: { digits: input.trim().replace('-', ''), birthDate, sex, substitute } });
  });
});

describe('parseCpr: the century from the 7th digit', () => {
  it.each([
    // 7th digit, YY, year
    [0, '00', 1900],
    [0, '99', 1999],
    [3, '00', 1900],
    [3, '99', 1999],
    [4, '00', 2000],
    [4, '36', 2036],
    [4, '37', 1937],
    [4, '99', 1999],
    [5, '00', 2000],
    [5, '57', 2057],
    [5, '58', 1858],
    [6, '57', 2057],
    [7, '58', 1858],
    [8, '57', 2057],
    [8, '58', 1858],
    [8, '99', 1899],
    [9, '00', 2000],
    [9, '36', 2036],
    [9, '37', 1937],
    [9, '99', 1999],
  ] as const)('digit %i with YY %s → %i', (seventh, yy, year) => {
    const result = parseCpr(`0101${yy}-${seventh}001`);
    expect(result.ok && result.cpr.birthDate).toBe(`${year}-01-01`);
    expect(birthYear(Number(yy), seventh)).toBe(year);
  });

  it('refuses digits outside the table', () => {
    expect(() => birthYear(100, 1)).toThrow(RangeError);
    expect(() => birthYear(1, 10)).toThrow(RangeError);
  });
});

describe('parseCpr: invalid input says what is wrong', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abcdefghij', 'invalid-characters'],
    ['010190-12a4', 'invalid-characters'],
    ['010190 1234', 'invalid-characters'],
    ['01 01 90 1234', 'invalid-characters'],
    ['010190/1234', 'invalid-characters'],
    ['010190–1234', 'invalid-characters'], // an en dash, as word processors type it
    ['０１０１９０１２３４', 'invalid-characters'], // full-width digits
    ['010190123', 'wrong-length'],
    ['01019012345', 'wrong-length'],
    ['010190-123', 'wrong-length'],
    ['010190-12345', 'wrong-length'],
    ['-', 'wrong-length'],
    ['01019-01234', 'misplaced-dash'],
    ['0101901-234', 'misplaced-dash'],
    ['010190--1234', 'misplaced-dash'],
    ['0101901234-', 'misplaced-dash'],
    ['-0101901234', 'misplaced-dash'],
    // Dates that do not exist.
    ['000190-1234', 'invalid-date'],
    ['320190-1234', 'invalid-date'],
    ['310490-1234', 'invalid-date'],
    ['010090-1234', 'invalid-date'],
    ['011390-1234', 'invalid-date'],
    ['290297-1234', 'invalid-date'],
    ['290200-1234', 'invalid-date'], // 1900 is not a leap year
    ['290258-6234', 'invalid-date'], // 1858 is not a leap year
    ['300296-1234', 'invalid-date'],
    // Substitute numbers whose real day does not exist, and day digits between the two ranges.
    ['600190-1234', 'invalid-date'],
    ['920190-1234', 'invalid-date'],
    ['890297-1234', 'invalid-date'],
    ['910490-1234', 'invalid-date'],
    ['450190-1234', 'invalid-date'],
  ] as const)('%j → %s', (input, problem) => {
    expect(parseCpr(input)).toEqual({ ok: false, problem });
  });

  it('explains every problem in Danish and English without repeating the input', () => {
    for (const [problem, text] of Object.entries(CPR_PROBLEM_TEXT) as Array<[CprProblem, { da: string; en: string }]>) {
      expect(text.da, problem).toMatch(/\S/);
      expect(text.en, problem).toMatch(/\S/);
      expect(`${text.da} ${text.en}`).not.toMatch(/\d{6}/);
    }
  });
});

describe('maskCpr, formatCpr, sexFromCpr, passesModulus11', () => {
  it.each([
    ['0101901234', '010190-XXXX', '010190-1234', 'female'],
    ['010190-1233', '010190-XXXX', '010190-1233', 'male'],
    ['6101901239', '610190-XXXX', '610190-1239', 'male'],
  ] as const)('%s → %s, %s, %s', (input, masked, formatted, sex) => {
    expect(maskCpr(input)).toBe(masked);
    expect(formatCpr(input)).toBe(formatted);
    expect(sexFromCpr(input)).toBe(sex);
  });

  it.each(['', '010190123', '010190 1234', 'abcdefghij'])('refuses %j without echoing it', (input) => {
    for (const fn of [maskCpr, formatCpr, sexFromCpr]) {
      expect(() => fn(input)).toThrow(RangeError);
      try {
        fn(input);
      } catch (error) {
        if (input) expect((error as Error).message).not.toContain(input);
      }
    }
  });

  it.each([
    ['070761-4285', true],
    ['0707614285', true],
    ['010190-1234', false],
    ['010190-1235', false],
    ['not a number', false],
  ] as const)('modulus 11 of %s: %s (informational only)', (input, passes) => {
    expect(passesModulus11(input)).toBe(passes);
  });
});
