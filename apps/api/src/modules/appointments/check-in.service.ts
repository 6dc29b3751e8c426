import type { CheckInAppointmentBody, CheckInResult } from '@skranke/contracts';
import type { Database } from '@skranke/db';
import {
  addLocalDays,
  appointmentCallKey,
  callKey,
  classifyArrival,
  copenhagenInstant,
  firstNameMatches,
  idleCallableFrom,
  normaliseBookingCode,
  serviceDay,
} from '@skranke/domain';
import { AppError, conflict, forbidden } from '../../errors.ts';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import type { Principal } from '../../plugins/auth.ts';
import { assertLocationAccess } from '../locations/location-access.ts';
import type { createQueueIssuing } from '../queue/queue-issuing.service.ts';
import { createAppointmentsRepository, type AppointmentRow } from './appointments.repository.ts';
import { APPOINTMENT_SUBJECT, appointmentClosed, codeHashOf, unknownCode, type Clock } from './appointments.service.ts';

type Issuing = ReturnType<typeof createQueueIssuing>;

/**
 * Arrival of a booked citizen: at the kiosk with the booking code or birth date + first name (never a CPR number),
 * or by staff. On time or early: a ticket whose call key is the booked time minus the appointment head start
 * (appointmentCallKey; docs/queue-rules.md), so the citizen is called at their time, ahead of later walk-ins but
 * within the fairness bound. Late past the grace: a walk-in ticket, or refused, by the location's rule.
 */
export function createCheckInService(db: Database, issuing: Issuing, clock: Clock) {
  const repo = createAppointmentsRepository(db);

  async function resolve(principal: Principal, locationId: string, body: CheckInAppointmentBody, now: Date): Promise<AppointmentRow> {
    if ('code' in body) {
      const normalised = normaliseBookingCode(body.code);
      const row = normalised ? await repo.byCodeHash(codeHashOf(normalised)) : undefined;
      if (!row || row.municipalityId !== principal.municipalityId) throw unknownCode();
      if (row.locationId !== locationId) {
        const location = await repo.location(row.locationId);
        throw conflict('wrong-location', `Tiden er bestilt på ${location?.name ?? 'en anden lokation'}.`, {
          detailEn: `The time is booked at ${location?.name ?? 'another location'}.`,
        });
      }
      return row;
    }
    if ('appointmentId' in body) {
      if (principal.kind === 'device') throw forbidden('Kiosken melder ankomst med bookingkoden.');
      const row = await repo.byId(principal.municipalityId, body.appointmentId);
      if (!row || row.locationId !== locationId) throw new AppError(404, 'not-found', 'Not Found', 'Bookingen findes ikke.');
      return row;
    }
    const today = serviceDay(now);
    const candidates = (
      await repo.bookedByBirthDate(locationId, body.birthDate, copenhagenInstant(today, 0), copenhagenInstant(addLocalDays(today, 1), 0))
    ).filter((row) => firstNameMatches(row.name, body.firstName));
    if (candidates.length === 0)
      throw new AppError(
        404,
        'no-match',
        'Not Found',
        'Vi kan ikke finde en tid i dag med den fødselsdato og det fornavn. Brug din bookingkode.',
        {
          detailEn: 'We cannot find a time today with that birth date and first name. Use your booking code.',
        },
      );
    if (candidates.length > 1)
      throw conflict('several-matches', 'Der er flere tider med de oplysninger. Brug din bookingkode.', {
        detailEn: 'Several times match. Use your booking code.',
      });
    return candidates[0]!;
  }

  return {
    async checkIn(principal: Principal, locationId: string, body: CheckInAppointmentBody): Promise<CheckInResult> {
      await assertLocationAccess(db, principal, locationId);
      const now = clock();
      const row = await resolve(principal, locationId, body, now);
      const found = await repo.rule(row.locationId, row.serviceId);
      const names = {
        serviceNameDa: found?.service.nameDa ?? '',
        serviceNameEn: found?.service.nameEn ?? '',
        startsAt: row.startsAt.toISOString(),
      };
      // A second check-in (the citizen pressed twice, or staff after the kiosk) answers with the ticket already issued.
      if (row.status === 'checked_in' || (row.status === 'late' && row.ticketId)) {
        const issued = await issuing.issueForAppointment(principal, locationId, {
          serviceId: row.serviceId,
          appointmentId: row.id,
          callKeyAt: () => row.checkedInAt ?? now,
          source: 'appointment',
        });
        return { arrival: row.status === 'late' ? 'late_walk_in' : 'on_time', ...names, issued: strip(issued) };
      }
      // A no-show (marked after the grace) who turns up later the same day is a late arrival: walk-in or refused.
      if (row.status !== 'booked' && row.status !== 'no_show') throw appointmentClosed(row.status);
      const arrival = classifyArrival({
        startsAt: row.startsAt,
        now,
        graceMinutes: found?.rule.graceMinutes ?? 10,
        latePolicy: found?.rule.latePolicy ?? 'walk_in',
      });
      if (arrival === 'wrong_day') return { arrival, ...names, issued: null };
      const actor = principal.kind === 'device' ? { actorDeviceId: principal.id } : { actorUserId: principal.id };
      if (arrival === 'late_refused') {
        await db.transaction(async (tx) => {
          await repo.setStatus(row.id, { status: 'late' }, tx);
          await appendAudit(tx, {
            municipalityId: row.municipalityId,
            ...actor,
            action: 'appointment.check-in',
            subjectType: APPOINTMENT_SUBJECT,
            subjectId: row.id,
            details: { arrival },
          });
        });
        return { arrival, ...names, issued: null };
      }
      const settings = await repo.settings(row.municipalityId);
      const onTime = arrival === 'early' || arrival === 'on_time';
      const issued = await issuing.issueForAppointment(principal, locationId, {
        serviceId: row.serviceId,
        appointmentId: row.id,
        callKeyAt: (at) =>
          onTime ? appointmentCallKey(row.startsAt, at, settings.headStartMinutes, settings.fairnessBoundMinutes) : callKey(at, 0),
        // An early arrival waits: not called before a few minutes ahead of the booked time, even by an idle counter.
        callableFromAt: (at) => (onTime ? idleCallableFrom(row.startsAt, at) : null),
        source: onTime ? 'appointment' : 'walk-in',
      });
      // The ticket is issued by the queue's one-statement issue (its hot path), the booking marked after it. A failure
      // between the two loses nothing: the ticket's idempotency key is the booking's, so the next check-in (kiosk or
      // staff) gets the same ticket back and marks the booking then.
      await db.transaction(async (tx) => {
        await repo.setStatus(row.id, { status: onTime ? 'checked_in' : 'late', checkedInAt: now, ticketId: issued.ticket.id }, tx);
        await appendAudit(tx, {
          municipalityId: row.municipalityId,
          ...actor,
          action: 'appointment.check-in',
          subjectType: APPOINTMENT_SUBJECT,
          subjectId: row.id,
          details: { arrival, ticketId: issued.ticket.id },
        });
      });
      return { arrival, ...names, issued: strip(issued) };
    },
  };
}

const strip = ({ replayed: _replayed, ...issued }: Awaited<ReturnType<Issuing['issueForAppointment']>>) => issued;
