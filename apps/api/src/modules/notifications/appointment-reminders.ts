import { schema, type Database } from '@skranke/db';
import { addLocalDays, copenhagenClock, copenhagenInstant } from '@skranke/domain';
import { and, eq, gte, isNull, lt, or, isNotNull } from 'drizzle-orm';
import { sendAppointmentReminder } from '../../floor/notifications/appointment-notices.ts';
import type { NotificationSender } from '../../floor/notifications/notification-sender.ts';

const { appointments, appointmentSettings, appointmentRules, locations, services } = schema;

/** Reminders go out from this local time on the day before: no SMS in the night. */
export const REMINDERS_FROM_MINUTES = 9 * 60;

/** Bookings per transaction. */
const BATCH = 200;

/**
 * The reminder the day before: every booking for tomorrow (Copenhagen dates) still 'booked', with a phone or e-mail,
 * in a municipality whose notifications are on, gets one through `sender`. Idempotent: each booking is marked
 * (`reminder_sent_at`) in the transaction that sends its reminder, under a row lock that concurrent runs skip, so a
 * second run, or a run in another process, sends nothing again. Before 09:00 nothing is sent; the maintenance
 * schedule (every hour) sends at its first run after that. Returns the number of messages sent.
 */
export async function sendAppointmentReminders(db: Database, sender: NotificationSender, now: Date): Promise<number> {
  const clock = copenhagenClock(now);
  if (clock.minutesOfDay < REMINDERS_FROM_MINUTES) return 0;
  const tomorrow = addLocalDays(clock.date, 1);
  const from = copenhagenInstant(tomorrow, 0);
  const to = copenhagenInstant(tomorrow, 1440);
  let sent = 0;
  for (let full = true; full;) {
    full = await db.transaction(async (tx) => {
      const due = await tx
        .select({
          appointmentId: appointments.id,
          municipalityId: appointments.municipalityId,
          language: appointments.language,
          startsAt: appointments.startsAt,
          phone: appointments.phone,
          email: appointments.email,
          locationName: locations.name,
          serviceNameDa: services.nameDa,
          serviceNameEn: services.nameEn,
          bringTextDa: appointmentRules.bringTextDa,
          bringTextEn: appointmentRules.bringTextEn,
        })
        .from(appointments)
        .innerJoin(
          appointmentSettings,
          and(eq(appointmentSettings.municipalityId, appointments.municipalityId), eq(appointmentSettings.notificationsEnabled, true)),
        )
        .innerJoin(locations, eq(locations.id, appointments.locationId))
        .innerJoin(services, eq(services.id, appointments.serviceId))
        .leftJoin(
          appointmentRules,
          and(eq(appointmentRules.locationId, appointments.locationId), eq(appointmentRules.serviceId, appointments.serviceId)),
        )
        .where(
          and(
            eq(appointments.status, 'booked'),
            isNull(appointments.reminderSentAt),
            gte(appointments.startsAt, from),
            lt(appointments.startsAt, to),
            or(isNotNull(appointments.phone), isNotNull(appointments.email)),
          ),
        )
        .orderBy(appointments.startsAt, appointments.id)
        .limit(BATCH)
        .for('update', { of: appointments, skipLocked: true });
      for (const booking of due) {
        sent += await sendAppointmentReminder(tx, sender, {
          ...booking,
          bringTextDa: booking.bringTextDa ?? '',
          bringTextEn: booking.bringTextEn ?? '',
        });
        // Marked also when no contact could take it (a foreign number): it is not looked at again.
        await tx.update(appointments).set({ reminderSentAt: now }).where(eq(appointments.id, booking.appointmentId));
      }
      return due.length === BATCH;
    });
  }
  return sent;
}
