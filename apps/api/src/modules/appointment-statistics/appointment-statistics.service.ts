import type { AppointmentLeadTime, AppointmentStatistics, AppointmentStatisticsQuery } from '@skranke/contracts';
import type { Database } from '@skranke/db';
import {
  addLocalDays,
  appointmentSlots,
  checkAppointmentPeriod,
  copenhagenInstant,
  danishPublicHolidays,
  leadTimeDays,
  leadTimeWorkingDays,
  localDaysBetween,
  noShowRate,
  offeredSeats,
  punctualitySummary,
  serviceDay,
  slotUtilisation,
} from '@skranke/domain';
import { badRequest, notFound } from '../../errors.ts';
import type { Staff } from '../../floor/staff.ts';
import { createAppointmentsRepository } from '../appointments/appointments.repository.ts';
import { domainRule, nextFreeSlot } from '../appointments/slots.ts';
import { createAppointmentStatisticsRepository, type AppointmentScope } from './appointment-statistics.repository.ts';

export type Clock = () => Date;

export const WEEKDAY_LABELS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'] as const;

/** Public holidays of every year from `fromDate` to `toDate` (local dates), as the booking rules close them. */
function holidaysBetween(fromDate: string, toDate: string): string[] {
  const years: number[] = [];
  for (let y = Number(fromDate.slice(0, 4)); y <= Number(toDate.slice(0, 4)); y++) years.push(y);
  return years.flatMap((y) => danishPublicHolidays(y).map((h) => h.date));
}

/** Tidsbestilling in figures (docs/statistics.md#tidsbestilling): read-only, for leads of the own municipality. */
export function createAppointmentStatisticsService(db: Database, clock: Clock) {
  const repo = createAppointmentStatisticsRepository(db);
  const appointmentsRepo = createAppointmentsRepository(db);

  type RuleWithLocation = Awaited<ReturnType<typeof repo.rules>>[number];

  /** Seats the plan offers over the period, per service: every time of each active rule at full capacity (as the week plan counts them). */
  async function seatsOffered(rules: RuleWithLocation[], scope: AppointmentScope): Promise<Map<string, number>> {
    const days = localDaysBetween(scope.from, scope.to) + 1;
    const holidays = holidaysBetween(scope.from, scope.to);
    const offered = new Map<string, number>();
    for (const { rule } of rules.filter((x) => x.rule.active)) {
      const [hours, blocks] = await Promise.all([
        appointmentsRepo.openingHours(rule.locationId),
        appointmentsRepo.blocks(rule.locationId, rule.serviceId, scope.start, scope.end),
      ]);
      const slots = appointmentSlots({
        hours,
        rule: { ...domainRule(rule), cutoffMinutes: 0, horizonDays: 366 },
        closed: blocks,
        closedDates: holidays,
        from: scope.start,
        days,
        now: scope.start,
      });
      offered.set(rule.serviceId, (offered.get(rule.serviceId) ?? 0) + offeredSeats(slots, rule.capacity));
    }
    return offered;
  }

  /** Now: the first free time per active rule, as a citizen booking at this moment would be offered it. */
  async function leadTimes(rules: RuleWithLocation[], services: Map<string, string>, now: Date): Promise<AppointmentLeadTime[]> {
    const today = serviceDay(now);
    return Promise.all(
      rules
        .filter((x) => x.rule.active)
        .map(async ({ rule, locationName }) => {
          const free = await nextFreeSlot(appointmentsRepo, db, { locationId: rule.locationId, serviceId: rule.serviceId, rule, now });
          const slots = free ? [{ startsAt: free.startsAt, endsAt: free.endsAt, seats: free.freeSeats.length }] : [];
          const closed = holidaysBetween(today, addLocalDays(today, rule.horizonDays + 1));
          return {
            locationId: rule.locationId,
            locationName,
            serviceId: rule.serviceId,
            label: services.get(rule.serviceId) ?? rule.serviceId,
            nextFree: free ? free.startsAt.toISOString() : null,
            days: leadTimeDays(slots, now),
            workingDays: leadTimeWorkingDays(slots, now, closed),
          };
        }),
    );
  }

  return {
    async statistics(staff: Staff, query: AppointmentStatisticsQuery): Promise<AppointmentStatistics> {
      const problem = checkAppointmentPeriod(query.from, query.to);
      if (problem === 'from-after-to') throw badRequest('period-reversed', 'Perioden slutter før den begynder.');
      if (problem === 'too-long') throw badRequest('period-too-long', 'Perioden må højst være 366 dage.');
      const labels = await repo.labels(staff.municipalityId);
      if (query.locationId && !labels.locations.has(query.locationId)) throw notFound('Lokationen');
      const now = clock();
      const scope: AppointmentScope = {
        municipalityId: staff.municipalityId,
        from: query.from,
        to: query.to,
        start: copenhagenInstant(query.from, 0),
        end: copenhagenInstant(addLocalDays(query.to, 1), 0),
        locationId: query.locationId,
        now,
      };
      const [visits, punctuality, bookings, byWeekday, rules] = await Promise.all([
        repo.visits(scope),
        repo.punctuality(scope),
        repo.bookings(scope),
        repo.bookings(scope, true),
        repo.rules(staff.municipalityId, query.locationId),
      ]);
      const [offered, leads] = await Promise.all([seatsOffered(rules, scope), leadTimes(rules, labels.services, now)]);

      const seen = new Set([
        ...visits.map((v) => v.serviceId),
        ...bookings.map((b) => b.key),
        ...rules.filter((x) => x.rule.active).map((x) => x.rule.serviceId),
      ]);
      const services = [...labels.services.keys()]
        .filter((id) => seen.has(id))
        .map((serviceId) => {
          const v = visits.find((x) => x.serviceId === serviceId) ?? { booked: 0, walkIn: 0 };
          const b = bookings.find((x) => x.key === serviceId) ?? { bookings: 0, cancelled: 0, passed: 0, noShows: 0 };
          const minutes = (punctuality.find((x) => x.serviceId === serviceId)?.seconds ?? []).map((s) => s / 60);
          const summary = punctualitySummary(minutes);
          const seatsOfferedHere = offered.get(serviceId) ?? 0;
          return {
            serviceId,
            label: labels.services.get(serviceId)!,
            bookedVisits: v.booked,
            walkInVisits: v.walkIn,
            bookedShare: v.booked + v.walkIn === 0 ? null : v.booked / (v.booked + v.walkIn),
            punctualityCount: summary.count,
            punctualityMedianMinutes: summary.median,
            punctualityP90Minutes: summary.p90,
            bookings: b.bookings,
            cancelled: b.cancelled,
            passed: b.passed,
            noShows: b.noShows,
            noShowRate: noShowRate(b.passed, b.noShows),
            seatsOffered: seatsOfferedHere,
            seatsBooked: b.bookings,
            utilisation: slotUtilisation(b.bookings, seatsOfferedHere),
          };
        });
      return {
        from: query.from,
        to: query.to,
        asOf: now.toISOString(),
        services,
        noShowsByWeekday: byWeekday.map((w) => ({
          weekday: Number(w.key),
          label: WEEKDAY_LABELS[Number(w.key) - 1]!,
          passed: w.passed,
          noShows: w.noShows,
          noShowRate: noShowRate(w.passed, w.noShows),
        })),
        leadTimes: leads,
      };
    },
  };
}
