import { ageOn } from '../cpr/age.ts';
import { daysInMonth } from '../cpr/cpr.ts';

/**
 * One step of the folkepension age table: people born from `bornFrom` (inclusive, null: since always) up to
 * `bornUntil` (inclusive, null: onwards) reach pension age at `ageMonths` months of age.
 */
export interface PensionAgeStep {
  bornFrom: string | null;
  bornUntil: string | null;
  ageMonths: number;
}

/**
 * ✱ Folkepensionsalder by birth date (lov om social pension § 1 a, as amended 2006, 2011, 2015, 2020 and 2025),
 * not in domain.md: 65 for those born before 1954, then by half-years to 67, then 68 (born 1963-66), 69 (1967-70)
 * and 70 (born 1971 or later, adopted May 2025). Future adjustments are decided by law every five years, so the
 * table is a parameter everywhere it is used.
 */
export const FOLKEPENSION_AGE_TABLE: readonly PensionAgeStep[] = [
  { bornFrom: null, bornUntil: '1953-12-31', ageMonths: 65 * 12 },
  { bornFrom: '1954-01-01', bornUntil: '1954-06-30', ageMonths: 65 * 12 + 6 },
  { bornFrom: '1954-07-01', bornUntil: '1954-12-31', ageMonths: 66 * 12 },
  { bornFrom: '1955-01-01', bornUntil: '1955-06-30', ageMonths: 66 * 12 + 6 },
  { bornFrom: '1955-07-01', bornUntil: '1962-12-31', ageMonths: 67 * 12 },
  { bornFrom: '1963-01-01', bornUntil: '1966-12-31', ageMonths: 68 * 12 },
  { bornFrom: '1967-01-01', bornUntil: '1970-12-31', ageMonths: 69 * 12 },
  { bornFrom: '1971-01-01', bornUntil: null, ageMonths: 70 * 12 },
];

/** The pension age in months for someone born on `birthDate` (YYYY-MM-DD). */
export function pensionAgeMonths(birthDate: string, table: readonly PensionAgeStep[] = FOLKEPENSION_AGE_TABLE): number {
  const step = table.find((s) => (s.bornFrom === null || birthDate >= s.bornFrom) && (s.bornUntil === null || birthDate <= s.bornUntil));
  if (!step) throw new RangeError(`pensionAgeMonths: the table has no step for ${birthDate}`);
  return step.ageMonths;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The calendar date `months` after `date`. A day the target month lacks (29 February in a common year, the 31st of
 * a 30-day month) moves to the 1st of the next month, as `ageOn` counts a 29 February birthday from 1 March.
 */
export function monthsAfterBirth(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d <= daysInMonth(year, month)) return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
  const next = index + 1;
  return `${pad(Math.floor(next / 12), 4)}-${pad((next % 12) + 1)}-01`;
}

/** The day someone born on `birthDate` reaches folkepension age. */
export function pensionAgeDate(birthDate: string, table: readonly PensionAgeStep[] = FOLKEPENSION_AGE_TABLE): string {
  return monthsAfterBirth(birthDate, pensionAgeMonths(birthDate, table));
}

/** What fee bands need to know about a citizen on a date: whole years of age and whether pension age is reached. */
export interface AgeFacts {
  age: number;
  pensionAgeReached: boolean;
  pensionAgeDate: string;
}

export function ageFacts(birthDate: string, on: string, table: readonly PensionAgeStep[] = FOLKEPENSION_AGE_TABLE): AgeFacts {
  const date = pensionAgeDate(birthDate, table);
  return { age: ageOn(birthDate, on), pensionAgeReached: on >= date, pensionAgeDate: date };
}
