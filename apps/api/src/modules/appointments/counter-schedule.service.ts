import type { CounterSchedule, PutCounterScheduleBody, PutCounterScheduleDayBody } from '@skranke/contracts';
import type { Database, DbOrTx } from '@skranke/db';
import { serviceDay, validateCounterBands, validateCounterDayBands, type CounterBandProblem } from '@skranke/domain';
import { AppError, notFound } from '../../errors.ts';
import { auditConfig } from '../../floor/audit/config-changes.ts';
import type { Staff } from '../../floor/staff.ts';
import { createAppointmentsRepository } from './appointments.repository.ts';
import type { Clock } from './appointments.service.ts';

const SUBJECT = 'counter-schedule';

/** 400 with the Danish (and English) message of each band's problem, pointing at the band's field. */
function invalidBands(problems: CounterBandProblem[], list: 'weekly' | 'bands') {
  return new AppError(400, 'invalid-config', 'Bad Request', problems.map((p) => p.messageDa).join('. '), {
    detailEn: problems.map((p) => p.messageEn).join('. '),
    errors: problems.map((p) => ({ pointer: `/body/${list}/${p.index}/${p.field}`, detail: p.messageDa, detailEn: p.messageEn })),
  });
}

/**
 * Counter schedules (docs/appointments.md): the admin's weekly bands and the lead's date overrides. Lowering the
 * counters never touches a booking already made: the week's plan lists the times booked beyond the schedule.
 * Every change is audited with before and after.
 */
export function createCounterScheduleService(db: Database, clock: Clock) {
  const repo = createAppointmentsRepository(db);

  async function ownLocation(staff: Staff, locationId: string) {
    const location = await repo.location(locationId);
    if (!location || location.municipalityId !== staff.municipalityId) throw notFound('Lokationen');
    return location;
  }

  async function read(locationId: string, tx: DbOrTx = db): Promise<CounterSchedule> {
    const schedule = await repo.counterSchedule(locationId, serviceDay(clock()), undefined, tx);
    return { activeCounters: await repo.activeCounters(locationId, tx), ...schedule };
  }

  async function check(locationId: string, validate: (place: Parameters<typeof validateCounterDayBands>[2]) => CounterBandProblem[]) {
    const [hours, activeCounters] = await Promise.all([repo.openingHours(locationId), repo.activeCounters(locationId)]);
    return validate({ hours, activeCounters });
  }

  return {
    async get(staff: Staff, locationId: string): Promise<CounterSchedule> {
      await ownLocation(staff, locationId);
      return read(locationId);
    },

    async putWeekly(staff: Staff, locationId: string, body: PutCounterScheduleBody): Promise<CounterSchedule> {
      await ownLocation(staff, locationId);
      const problems = await check(locationId, (place) => validateCounterBands(body.weekly, place));
      if (problems.length > 0) throw invalidBands(problems, 'weekly');
      const weekly = [...body.weekly].sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
      return db.transaction(async (tx) => {
        const before = (await repo.counterSchedule(locationId, serviceDay(clock()), undefined, tx)).weekly;
        await repo.putWeeklyCounterBands(staff.municipalityId, locationId, weekly, tx);
        await auditConfig(tx, staff, 'appointment.counter-schedule.put', { type: SUBJECT, id: locationId }, { before, after: weekly });
        return read(locationId, tx);
      });
    },

    async putDay(staff: Staff, locationId: string, date: string, body: PutCounterScheduleDayBody): Promise<CounterSchedule> {
      await ownLocation(staff, locationId);
      if (date < serviceDay(clock())) {
        throw new AppError(400, 'invalid-config', 'Bad Request', 'Datoen er passeret.', {
          detailEn: 'The date has passed.',
          errors: [{ pointer: '/params/date', detail: 'Datoen er passeret.', detailEn: 'The date has passed.' }],
        });
      }
      const problems = await check(locationId, (place) => validateCounterDayBands(date, body.bands, place));
      if (problems.length > 0) throw invalidBands(problems, 'bands');
      const bands = [...body.bands].sort((a, b) => a.from.localeCompare(b.from));
      const reason = body.reason.trim();
      return db.transaction(async (tx) => {
        const before = await repo.putCounterScheduleDay(
          { municipalityId: staff.municipalityId, locationId, date, bands, reason, updatedByUserId: staff.id },
          tx,
        );
        await auditConfig(
          tx,
          staff,
          'appointment.counter-schedule.day-put',
          { type: SUBJECT, id: locationId },
          { date, before: before ? { bands: before.bands, reason: before.reason } : null, after: { bands, reason } },
        );
        return read(locationId, tx);
      });
    },

    async deleteDay(staff: Staff, locationId: string, date: string): Promise<void> {
      await ownLocation(staff, locationId);
      return db.transaction(async (tx) => {
        const before = await repo.deleteCounterScheduleDay(locationId, date, tx);
        if (!before) throw notFound('Ændringen af dagen');
        await auditConfig(
          tx,
          staff,
          'appointment.counter-schedule.day-delete',
          { type: SUBJECT, id: locationId },
          { date, before: { bands: before.bands, reason: before.reason } },
        );
      });
    },
  };
}
