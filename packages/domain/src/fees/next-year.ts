import { FEE_PRODUCTS, type FeeProduct } from './fee-table.ts';

/** From this day of the year (month, day) leads and admins are warned about next year's missing fee tables. */
export const NEXT_YEAR_WARNING_FROM = { month: 12, day: 1 } as const;

export interface NextYearFeeStatus {
  /** The year the warning is about: the one after `today`'s. */
  year: number;
  /** Whether the warning period has begun (1 December onwards). */
  warningPeriod: boolean;
  /** Products with no table for `year`; empty outside the warning period. */
  missing: FeeProduct[];
}

/**
 * Which products will have no fee table next year, as of `today` (a Copenhagen civil date, YYYY-MM-DD). Fees are
 * indexed every 1 January (domain.md §4): without next year's table every order of the product fails from that day
 * with `fee-table-missing`. Before 1 December nothing is reported (the new amounts are rarely known earlier).
 * `present` lists the years that have a table the municipality can use (the national one or its own).
 */
export function nextYearFeeStatus(today: string, present: ReadonlyArray<{ product: FeeProduct; year: number }>): NextYearFeeStatus {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y + 1;
  const warningPeriod = m > NEXT_YEAR_WARNING_FROM.month || (m === NEXT_YEAR_WARNING_FROM.month && d >= NEXT_YEAR_WARNING_FROM.day);
  if (!warningPeriod) return { year, warningPeriod, missing: [] };
  const missing = FEE_PRODUCTS.filter((product) => !present.some((t) => t.product === product && t.year === year));
  return { year, warningPeriod, missing };
}
