/**
 * CPR numbers (personnumre): DDMMYY-SSSS. The rules follow cpr.dk:
 * - the 7th digit together with YY gives the century (table in `birthYear`);
 * - a substitute number (erstatningspersonnummer) adds 6 to the first day digit (day + 60);
 * - there is deliberately NO modulus-11 check: numbers without it have been issued since 1 October 2007 and are
 *   valid, so a citizen holding one must never be turned away.
 */

export type Sex = 'male' | 'female';

export interface Cpr {
  /** The ten digits without a dash. */
  digits: string;
  /** YYYY-MM-DD. For a substitute number the real day (the day digits minus 60). */
  birthDate: string;
  /** From the last digit: odd = male, even = female. */
  sex: Sex;
  /** An erstatningspersonnummer (day + 60). */
  substitute: boolean;
}

export type CprProblem = 'empty' | 'invalid-characters' | 'wrong-length' | 'misplaced-dash' | 'invalid-date';

export type CprParseResult = { ok: true; cpr: Cpr } | { ok: false; problem: CprProblem };

/** What is wrong, for the person at the counter (Danish) and for everyone else (English). Never echoes the input. */
export const CPR_PROBLEM_TEXT: Record<CprProblem, { da: string; en: string }> = {
  empty: { da: 'Skriv et CPR-nummer.', en: 'Enter a CPR number.' },
  'invalid-characters': {
    da: 'Et CPR-nummer må kun indeholde cifre og eventuelt én bindestreg (DDMMÅÅ-XXXX).',
    en: 'A CPR number may contain only digits and optionally one dash (DDMMYY-XXXX).',
  },
  'wrong-length': { da: 'Et CPR-nummer har præcis 10 cifre.', en: 'A CPR number has exactly 10 digits.' },
  'misplaced-dash': {
    da: 'Bindestregen skal stå efter de første seks cifre (DDMMÅÅ-XXXX).',
    en: 'The dash goes after the first six digits (DDMMYY-XXXX).',
  },
  'invalid-date': {
    da: 'De første seks cifre er ikke en gyldig fødselsdato.',
    en: 'The first six digits are not a valid date of birth.',
  },
};

/** The century from the 7th digit and the two-digit year (cpr.dk; da.wikipedia.org "CPR-nummer"). */
export function birthYear(yy: number, seventhDigit: number): number {
  if (!Number.isInteger(yy) || yy < 0 || yy > 99 || !Number.isInteger(seventhDigit) || seventhDigit < 0 || seventhDigit > 9) {
    throw new RangeError('birthYear: yy must be 0–99 and the 7th digit 0–9');
  }
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Reads a CPR number typed at the counter: `DDMMYY-SSSS` or `DDMMYYSSSS`, surrounding whitespace ignored. Spaces or
 * other characters inside the number are refused rather than guessed at.
 */
export function parseCpr(input: string): CprParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (!/^[0-9-]+$/.test(text)) return { ok: false, problem: 'invalid-characters' };
  const digits = text.replaceAll('-', '');
  if (digits.length !== 10) return { ok: false, problem: 'wrong-length' };
  if (text.length !== 10 && !(text.length === 11 && text[6] === '-')) return { ok: false, problem: 'misplaced-dash' };

  const dayDigits = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = birthYear(Number(digits.slice(4, 6)), Number(digits[6]));
  const substitute = dayDigits > 60;
  const day = substitute ? dayDigits - 60 : dayDigits;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: 'invalid-date' };

  return {
    ok: true,
    cpr: {
      digits,
      birthDate: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
      sex: Number(digits[9]) % 2 === 1 ? 'male' : 'female',
      substitute,
    },
  };
}

const CPR_DIGITS = /^(\d{6})-?(\d{4})$/;

/** `0101901234` or `010190-1234` → `010190-XXXX`: what staff see until they choose to reveal the number. */
export function maskCpr(cpr: string): string {
  const match = CPR_DIGITS.exec(cpr);
  // The message never repeats the argument: it may be a CPR number.
  if (!match) throw new RangeError('maskCpr: not a CPR number');
  return `${match[1]}-XXXX`;
}

/** `0101901234` → `010190-1234`, the written form. */
export function formatCpr(cpr: string): string {
  const match = CPR_DIGITS.exec(cpr);
  if (!match) throw new RangeError('formatCpr: not a CPR number');
  return `${match[1]}-${match[2]}`;
}

/** The sex a CPR number records: odd last digit = male, even = female. */
export function sexFromCpr(cpr: string): Sex {
  const match = CPR_DIGITS.exec(cpr);
  if (!match) throw new RangeError('sexFromCpr: not a CPR number');
  return Number(match[2]!.slice(-1)) % 2 === 1 ? 'male' : 'female';
}

const MODULUS_11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/**
 * Whether the number satisfies the old modulus-11 check. Informational only (statistics, test data): it is NOT a
 * validity rule, and `parseCpr` never uses it.
 */
export function passesModulus11(cpr: string): boolean {
  const match = CPR_DIGITS.exec(cpr);
  if (!match) return false;
  const digits = match[1]! + match[2]!;
  const sum = MODULUS_11_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  return sum % 11 === 0;
}
