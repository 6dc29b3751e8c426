import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CivilDate, Uuid } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Instant = Type.String({ format: 'date-time' });
const Share = Nullable(Type.Number({ minimum: 0, description: 'share (0–1); null when the base is 0' }));

/** A period of local dates (Copenhagen), both included, at most 366 days; optionally one location of the own municipality. */
export const AppointmentStatisticsQuery = Type.Object(
  {
    from: CivilDate,
    to: CivilDate,
    locationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type AppointmentStatisticsQuery = Static<typeof AppointmentStatisticsQuery>;

/**
 * One service over the period. Visits are tickets of the period's service days by source (`appointment` = booked).
 * Punctuality: called time minus booked time in minutes, for checked-in bookings whose ticket was called. No-show
 * rate: no-shows over the bookings whose time and grace have passed (cancelled ones left out). Utilisation: seats
 * booked (not cancelled) over seats the plan offers (every time of the rules at full capacity).
 */
export const AppointmentServiceStatistics = Type.Object({
  serviceId: Uuid,
  label: Type.String({ description: 'the service’s Danish name' }),
  bookedVisits: Type.Integer(),
  walkInVisits: Type.Integer(),
  bookedShare: Share,
  punctualityCount: Type.Integer(),
  punctualityMedianMinutes: Nullable(Type.Number()),
  punctualityP90Minutes: Nullable(Type.Number()),
  bookings: Type.Integer({ description: 'bookings with a time in the period, not cancelled' }),
  cancelled: Type.Integer(),
  passed: Type.Integer({ description: 'bookings not cancelled whose time and grace have passed' }),
  noShows: Type.Integer(),
  noShowRate: Share,
  seatsOffered: Type.Integer(),
  seatsBooked: Type.Integer(),
  utilisation: Share,
});
export type AppointmentServiceStatistics = Static<typeof AppointmentServiceStatistics>;

export const AppointmentWeekdayNoShows = Type.Object({
  weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' }),
  label: Type.String({ description: 'Danish weekday, e.g. "mandag"' }),
  passed: Type.Integer(),
  noShows: Type.Integer(),
  noShowRate: Share,
});
export type AppointmentWeekdayNoShows = Static<typeof AppointmentWeekdayNoShows>;

/** Now, per bookable service and location: the first free time and how far away it is (the figure municipalities promise). */
export const AppointmentLeadTime = Type.Object({
  locationId: Uuid,
  locationName: Type.String(),
  serviceId: Uuid,
  label: Type.String(),
  nextFree: Nullable(Instant),
  days: Nullable(Type.Integer({ description: 'local days from today; 0 = today; null: nothing free within the horizon' })),
  workingDays: Nullable(Type.Integer({ description: 'working days (Monday–Friday, not public holidays) after today up to it' })),
});
export type AppointmentLeadTime = Static<typeof AppointmentLeadTime>;

export const AppointmentStatistics = Type.Object({
  from: CivilDate,
  to: CivilDate,
  asOf: Instant,
  services: Type.Array(AppointmentServiceStatistics),
  noShowsByWeekday: Type.Array(AppointmentWeekdayNoShows),
  leadTimes: Type.Array(AppointmentLeadTime),
});
export type AppointmentStatistics = Static<typeof AppointmentStatistics>;
