import type {
  AppointmentBlock,
  AppointmentPlan,
  AppointmentRule,
  CreateAppointmentBlockBody,
  PutAppointmentRuleBody,
} from '@skranke/contracts';
import type { Database } from '@skranke/db';
import {
  addLocalDays,
  appointmentSlots,
  copenhagenClock,
  copenhagenInstant,
  counterBandsOn,
  danishPublicHolidays,
  scheduledCountersAt,
  validateAppointmentRule,
} from '@skranke/domain';
import { AppError, notFound } from '../../errors.ts';
import { auditConfig, changes } from '../../floor/audit/config-changes.ts';
import type { Staff } from '../../floor/staff.ts';
import { createAppointmentsRepository, type AppointmentRuleRow } from './appointments.repository.ts';
import type { Clock } from './appointments.service.ts';
import { domainRule } from './slots.ts';

const toRule = (row: AppointmentRuleRow): AppointmentRule => ({
  serviceId: row.serviceId,
  active: row.active,
  slotMinutes: row.slotMinutes,
  capacity: row.capacity,
  acuteSeats: row.acuteSeats,
  cutoffMinutes: row.cutoffMinutes,
  horizonDays: row.horizonDays,
  graceMinutes: row.graceMinutes,
  latePolicy: row.latePolicy,
  bringTextDa: row.bringTextDa,
  bringTextEn: row.bringTextEn,
});

const toBlock = (row: { id: string; serviceId: string | null; startsAt: Date; endsAt: Date; reason: string }): AppointmentBlock => ({
  id: row.id,
  serviceId: row.serviceId,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  reason: row.reason,
});

/** The admin's booking rules, the lead's blocked periods and the week's plan. Every change is audited. */
export function createPlanService(db: Database, clock: Clock) {
  const repo = createAppointmentsRepository(db);

  async function ownLocation(staff: Staff, locationId: string) {
    const location = await repo.location(locationId);
    if (!location || location.municipalityId !== staff.municipalityId) throw notFound('Lokationen');
    return location;
  }

  return {
    async rules(staff: Staff, locationId: string) {
      await ownLocation(staff, locationId);
      return { items: (await repo.rulesOfLocation(locationId)).map(toRule) };
    },

    async putRule(staff: Staff, locationId: string, serviceId: string, body: PutAppointmentRuleBody): Promise<AppointmentRule> {
      await ownLocation(staff, locationId);
      const problems = validateAppointmentRule(body, { counters: await repo.activeCounters(locationId) });
      if (problems.length > 0) {
        throw new AppError(400, 'invalid-config', 'Bad Request', problems.join('. '), {
          errors: problems.map((detail) => ({ pointer: '/body', detail })),
        });
      }
      return db.transaction(async (tx) => {
        const service = await tx.query.services.findFirst({
          where: (s, { and, eq }) => and(eq(s.id, serviceId), eq(s.municipalityId, staff.municipalityId)),
        });
        if (!service) throw notFound('Ærindet');
        const before = (await repo.rule(locationId, serviceId, tx))?.rule;
        const saved = await repo.upsertRule({ municipalityId: staff.municipalityId, locationId, serviceId, ...body }, tx);
        const { serviceId: _s, ...after } = toRule(saved);
        const was = before ? (({ serviceId: _x, ...rest }) => rest)(toRule(before)) : {};
        await auditConfig(
          tx,
          staff,
          'appointment.rule.put',
          { type: 'appointment-rule', id: saved.id },
          {
            locationId,
            serviceId,
            ...changes(was as Record<string, unknown>, after),
          },
        );
        return toRule(saved);
      });
    },

    async blocks(staff: Staff, locationId: string) {
      await ownLocation(staff, locationId);
      return { items: (await repo.blocksFrom(locationId, clock())).map(toBlock) };
    },

    async createBlock(staff: Staff, locationId: string, body: CreateAppointmentBlockBody) {
      await ownLocation(staff, locationId);
      const startsAt = new Date(body.startsAt);
      const endsAt = new Date(body.endsAt);
      if (!(endsAt > startsAt)) {
        throw new AppError(400, 'invalid-period', 'Bad Request', 'Slutningen skal ligge efter starten.', {
          errors: [{ pointer: '/body/endsAt', detail: 'Slutningen skal ligge efter starten.' }],
        });
      }
      return db.transaction(async (tx) => {
        const row = await repo.insertBlock(
          {
            municipalityId: staff.municipalityId,
            locationId,
            serviceId: body.serviceId ?? null,
            startsAt,
            endsAt,
            reason: body.reason,
            createdByUserId: staff.id,
          },
          tx,
        );
        await auditConfig(tx, staff, 'appointment.block.create', { type: 'appointment-block', id: row.id }, { after: toBlock(row) });
        return toBlock(row);
      });
    },

    async deleteBlock(staff: Staff, id: string) {
      return db.transaction(async (tx) => {
        const row = await repo.deleteBlock(staff.municipalityId, id, tx);
        if (!row) throw notFound('Blokeringen');
        await auditConfig(tx, staff, 'appointment.block.delete', { type: 'appointment-block', id }, { before: toBlock(row) });
      });
    },

    /** Seven local days from `from`: per errand, the times the rules offer (seats) and what was booked of them. */
    async plan(staff: Staff, locationId: string, from: string): Promise<AppointmentPlan> {
      await ownLocation(staff, locationId);
      await repo.markNoShows(clock());
      const start = copenhagenInstant(from, 0);
      const end = copenhagenInstant(addLocalDays(from, 7), 0);
      const [rules, hours, blocks, counts, schedule, live] = await Promise.all([
        repo.rulesOfLocation(locationId),
        repo.openingHours(locationId),
        repo.blocks(locationId, null, start, end),
        repo.planCounts(locationId, start, end),
        repo.counterSchedule(locationId, from, addLocalDays(from, 7)),
        repo.liveCounterSeats(locationId, start, end),
      ]);
      const holidays = [...new Set([from.slice(0, 4), addLocalDays(from, 7).slice(0, 4)])].flatMap((y) =>
        danishPublicHolidays(Number(y)).map((h) => h.date),
      );
      // Offered: every seat of every time of the week as the plan stands (as seen at its start, so akuttider count).
      const days = Array.from({ length: 7 }, (_, i) => addLocalDays(from, i));
      // Each local day's start instant once (day i runs from dayStarts[i] to dayStarts[i + 1]; DST days are 23/25 h).
      const dayStarts = [...days, addLocalDays(from, 7)].map((d) => copenhagenInstant(d, 0).getTime());
      const dayOf = (at: Date) => {
        const i = dayStarts.findIndex((startMs, k) => k < days.length && at.getTime() >= startMs && at.getTime() < dayStarts[k + 1]!);
        return i < 0 ? undefined : days[i];
      };
      const offered = new Map<string, number>();
      for (const rule of rules.filter((r) => r.active)) {
        const closed = blocks.filter((b) => b.serviceId === null || b.serviceId === rule.serviceId);
        const slots = appointmentSlots({
          hours,
          rule: { ...domainRule(rule), cutoffMinutes: 0, horizonDays: 366 },
          closed,
          closedDates: holidays,
          schedule,
          from: start,
          days: 7,
          now: start,
        });
        for (const slot of slots) {
          const date = dayOf(slot.startsAt);
          const places = Math.min(rule.capacity, slot.counters ?? rule.capacity);
          if (date) offered.set(`${date}|${rule.serviceId}`, (offered.get(`${date}|${rule.serviceId}`) ?? 0) + places);
        }
      }
      const count = (date: string, serviceId: string, statuses: string[]) =>
        counts.filter((c) => c.date === date && c.serviceId === serviceId && statuses.includes(c.status)).reduce((n, c) => n + c.n, 0);
      const serviceIds = [...new Set([...rules.map((r) => r.serviceId), ...counts.map((c) => c.serviceId)])];
      // Times booked beyond the counters now scheduled (a schedule lowered after the bookings): kept, listed to call.
      const overbooked = live.flatMap((t) => {
        const local = copenhagenClock(t.startsAt);
        const counters = scheduledCountersAt(counterBandsOn(schedule, local.date), local.minutesOfDay);
        const booked = t.seats.length + t.unseated;
        return counters !== null && booked > counters ? [{ date: local.date, startsAt: t.startsAt.toISOString(), booked, counters }] : [];
      });
      overbooked.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      return {
        days: days.map((date) => ({
          date,
          overbooked: overbooked.filter((o) => o.date === date).map(({ date: _d, ...o }) => o),
          services: serviceIds.map((serviceId) => ({
            serviceId,
            offered: offered.get(`${date}|${serviceId}`) ?? 0,
            booked: count(date, serviceId, ['booked', 'checked_in', 'no_show', 'late']),
            checkedIn: count(date, serviceId, ['checked_in']),
            noShows: count(date, serviceId, ['no_show']),
          })),
        })),
        blocks: blocks.map(toBlock),
      };
    },
  };
}
