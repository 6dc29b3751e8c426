import { CITIZEN_PURPOSES, type CitizenPurpose } from '@skranke/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A CPR-shaped run of digits: such a value never goes into a URL, whatever field it came in. */
const CPR_SHAPED = /\d{6}-?\d{4}/;

const isPurpose = (value: unknown): value is CitizenPurpose =>
  typeof value === 'string' && (CITIZEN_PURPOSES as readonly string[]).includes(value);
const uuid = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const purposeText = (value: unknown) =>
  typeof value === 'string' && value.trim() && value.length <= 200 && !CPR_SHAPED.test(value) ? value.trim() : undefined;

/** Search params of the look-up page: the errand to preselect and the queue ticket being served. Never a CPR number. */
export interface LookupSearch {
  purpose?: CitizenPurpose;
  ticketId?: string;
}

export function parseLookupSearch(search: Record<string, unknown>): LookupSearch {
  return { purpose: isPurpose(search.purpose) ? search.purpose : undefined, ticketId: uuid(search.ticketId) };
}

/** Search params of a citizen's page: why it is open (the server audits every read with it) and the ticket, if any. */
export interface CitizenSearch {
  /** Missing or unknown: the route sends the user to the look-up, which asks for one. */
  purpose?: CitizenPurpose;
  purposeText?: string;
  ticketId?: string;
}

export function parseCitizenSearch(search: Record<string, unknown>): CitizenSearch {
  return {
    purpose: isPurpose(search.purpose) ? search.purpose : undefined,
    purposeText: purposeText(search.purposeText),
    ticketId: uuid(search.ticketId),
  };
}

export const isCprShaped = (value: string) => CPR_SHAPED.test(value);
