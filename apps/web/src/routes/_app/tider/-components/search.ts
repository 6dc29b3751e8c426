import type { SessionUser } from '@skranke/contracts';
import { parseLocationSearch } from '../../../../features/locations/search.ts';

/** A real calendar day as YYYY-MM-DD, or undefined (kept here, not in features: the search check is in the entry chunk). */
function parseCivilDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}

/** ?location=<uuid>&date=YYYY-MM-DD: neither is personal data; anything else is dropped. */
export function parseDaySearch(search: Record<string, unknown>): { location?: string; date?: string } {
  return { ...parseLocationSearch(search), date: parseCivilDate(search.date) };
}

/** The chosen location when it is one of the user's, otherwise their first. */
export function locationOf(user: SessionUser, requested: string | undefined): string | undefined {
  return requested && user.locationIds.includes(requested) ? requested : user.locationIds[0];
}
