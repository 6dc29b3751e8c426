import { daysInMonth } from './cpr.ts';

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function readCivilDate(date: string, name: string) {
  const match = CIVIL_DATE.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`ageOn: ${name} must be a real date as YYYY-MM-DD`);
  }
  return { year, month, day };
}

/**
 * Whole years of age on a calendar date (both `YYYY-MM-DD`, no time zone: pass the Copenhagen date). A birthday
 * counts from its own day. Someone born on 29 February turns a year older on 1 March in a non-leap year.
 */
export function ageOn(birthDate: string, on: string): number {
  const birth = readCivilDate(birthDate, 'birthDate');
  const day = readCivilDate(on, 'on');
  if (on < birthDate) throw new RangeError('ageOn: the date is before the birth date');
  const birthdayReached = day.month > birth.month || (day.month === birth.month && day.day >= birth.day);
  return day.year - birth.year - (birthdayReached ? 0 : 1);
}
