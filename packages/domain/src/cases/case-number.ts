/**
 * The human case number (sagsnummer) printed on receipts and letters and quoted by the citizen: the Copenhagen
 * calendar year the case was started and a serial that restarts at 1 each year in each municipality, six digits
 * (grows beyond 999999). The database keeps one counter row per municipality and year; numbers never repeat within a
 * municipality, and a rolled-back start gives its serial back.
 */
export function formatCaseNumber(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid case number year: ${year}`);
  if (!Number.isSafeInteger(serial) || serial < 1) throw new RangeError(`Invalid case number serial: ${serial}`);
  return `${year}-${String(serial).padStart(6, '0')}`;
}

/** "2026-000123": the shape `formatCaseNumber` produces. */
export const CASE_NUMBER_PATTERN = '^[0-9]{4}-[0-9]{6,}$';
