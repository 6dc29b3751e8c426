import { schema, type DbOrTx } from '@skranke/db';
import { and, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';

/** Days after its time a booking keeps the citizen's name and contact details (then only the figures stay). */
export const APPOINTMENT_CONTACT_RETENTION_DAYS = 90;

/** What an anonymised booking shows instead of the name. */
export const ANONYMISED_NAME = '(slettet)';

/**
 * Personal data of bookings whose time is more than `retentionDays` past: name, phone, e-mail and birth date are
 * blanked (the row stays for statistics: status, time, errand, channel), and the local outbox's messages about them
 * are deleted. At most `batch` bookings per call; the caller repeats while a call returns a full batch, each in its own
 * transaction with its audit record. Bookings still open (booked) are never touched.
 */
export async function anonymiseOldAppointments(
  tx: DbOrTx,
  municipalityId: string,
  options: { now: Date; retentionDays?: number; batch: number },
): Promise<{ appointments: number; messages: number }> {
  const a = schema.appointments;
  const before = new Date(options.now.getTime() - (options.retentionDays ?? APPOINTMENT_CONTACT_RETENTION_DAYS) * 86_400_000);
  const due = tx
    .select({ id: a.id })
    .from(a)
    .where(
      and(
        eq(a.municipalityId, municipalityId),
        lt(a.startsAt, before),
        inArray(a.status, ['checked_in', 'cancelled', 'no_show', 'late']),
        or(sql`${a.name} <> ${ANONYMISED_NAME}`, isNotNull(a.phone), isNotNull(a.email), isNotNull(a.birthDate)),
      ),
    )
    .limit(options.batch);
  const ids = (await due).map((r) => r.id);
  if (ids.length === 0) return { appointments: 0, messages: 0 };
  const messages = await tx.delete(schema.notificationOutbox).where(inArray(schema.notificationOutbox.appointmentId, ids)).returning({
    id: schema.notificationOutbox.id,
  });
  await tx.update(a).set({ name: ANONYMISED_NAME, phone: null, email: null, birthDate: null }).where(inArray(a.id, ids));
  return { appointments: ids.length, messages: messages.length };
}
