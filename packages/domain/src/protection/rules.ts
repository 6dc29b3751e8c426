import { addMonths } from '../documents/expiry.ts';
import { addDays } from '../statistics/calendar.ts';

/**
 * Navne- og adressebeskyttelse (CPR-loven § 28) and Robinsonlisten (domain.md §5; cpr.dk, naestved.dk).
 *
 * Protection lasts 1 year from its start and can be renewed; the register withholds the address while it is in
 * force. It is free: the fee tables (passport, driving licence, health card) hold no product for it, and
 * borger.dk/cpr.dk charge nothing, so the fee is a constant 0 rather than a table look-up.
 *
 * Robinsonlisten (the marketing opt-out) takes effect within up to 3 months of registration and lasts until revoked.
 */
export const ADDRESS_PROTECTION_MONTHS = 12;
export const ADDRESS_PROTECTION_FEE_ORE = 0;
/** The overview for leads lists protections whose renewal date falls within this many days. */
export const PROTECTION_RENEWAL_NOTICE_DAYS = 30;
export const ROBINSON_EFFECT_MONTHS = 3;

/** The last day of a protection starting on `startsOn`: one year, the day before the anniversary. */
export const protectionEndsOn = (startsOn: string) => addDays(addMonths(startsOn, ADDRESS_PROTECTION_MONTHS), -1);
/** The renewal date: the day the protection lapses unless renewed (the day after the last day). */
export const protectionRenewalDate = (endsOn: string) => addDays(endsOn, 1);

/**
 * A new period of protection. Renewed while in force, it follows on without a gap; started (or renewed after it
 * lapsed) it runs from today.
 */
export function protectionPeriod(today: string, current: { endsOn: string } | null): { startsOn: string; endsOn: string } {
  const startsOn = current && current.endsOn >= today ? protectionRenewalDate(current.endsOn) : today;
  return { startsOn, endsOn: protectionEndsOn(startsOn) };
}

/** In force on `today`: started, not ended early, not past its last day. */
export const protectionInForce = (p: { startsOn: string; endsOn: string; endedOn: string | null }, today: string) =>
  p.startsOn <= today && today <= p.endsOn && (p.endedOn === null || p.endedOn > today);

/** Whether the renewal date falls within the notice window (today up to 30 days ahead). */
export function renewalDue(endsOn: string, today: string, days = PROTECTION_RENEWAL_NOTICE_DAYS): boolean {
  const renewal = protectionRenewalDate(endsOn);
  return renewal >= today && renewal <= addDays(today, days);
}

/** The latest day a Robinson registration made on `registeredOn` takes effect (within up to 3 months). */
export const robinsonEffectiveBy = (registeredOn: string) => addMonths(registeredOn, ROBINSON_EFFECT_MONTHS);
