import type { SessionUser } from '@skranke/contracts';
import { parseLocationSearch } from '../../../../features/locations/search.ts';
import { parseCivilDate } from '../../../../features/appointments/time.ts';

/** ?location=<uuid>&date=YYYY-MM-DD: neither is personal data; anything else is dropped. */
export function parseDaySearch(search: Record<string, unknown>): { location?: string; date?: string } {
  return { ...parseLocationSearch(search), date: parseCivilDate(search.date) };
}

/** The chosen location when it is one of the user's, otherwise their first. */
export function locationOf(user: SessionUser, requested: string | undefined): string | undefined {
  return requested && user.locationIds.includes(requested) ? requested : user.locationIds[0];
}
