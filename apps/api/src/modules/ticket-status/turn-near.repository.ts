import { schema, type DbOrTx } from '@skranke/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';

const { ticketTurnNear, tickets, locations, appointmentSettings } = schema;

export function createTurnNearRepository(db: DbOrTx) {
  return {
    /** One number per ticket: a second request replaces the number (a sent SMS stays sent: once per ticket). */
    async upsert(values: { ticketId: string; municipalityId: string; phone: string; language: string; expiresAt: Date }) {
      await db
        .insert(ticketTurnNear)
        .values(values)
        .onConflictDoUpdate({ target: ticketTurnNear.ticketId, set: { phone: values.phone, language: values.language } });
    },

    /** Deletes the numbers of finished tickets; how many. */
    async deleteFinished(): Promise<number> {
      const result = await db.execute(sql`
        delete from ticket_turn_near n using tickets t
        where t.id = n.ticket_id and t.state in ('done', 'no_show', 'cancelled')`);
      return result.rowCount ?? 0;
    },

    /**
     * Unsent requests of waiting tickets in municipalities whose notices are on, with what placeInQueue and the SMS
     * need. No number in it: the number is read only by the claim that sends.
     */
    async waitingUnsent(now: Date) {
      return db
        .select({
          id: tickets.id,
          municipalityId: tickets.municipalityId,
          locationId: tickets.locationId,
          serviceId: tickets.serviceId,
          targetCounterId: tickets.targetCounterId,
          callKey: tickets.callKey,
          arrivedAt: tickets.arrivedAt,
          displayNumber: tickets.displayNumber,
          locationName: locations.name,
        })
        .from(ticketTurnNear)
        .innerJoin(tickets, eq(tickets.id, ticketTurnNear.ticketId))
        .innerJoin(locations, eq(locations.id, tickets.locationId))
        .innerJoin(
          appointmentSettings,
          and(eq(appointmentSettings.municipalityId, ticketTurnNear.municipalityId), eq(appointmentSettings.notificationsEnabled, true)),
        )
        .where(and(isNull(ticketTurnNear.sentAt), eq(tickets.state, 'waiting'), gt(ticketTurnNear.expiresAt, now)));
    },

    /**
     * Marks the request sent and answers its number, or null when it was sent already (by this process or another):
     * the row lock of the UPDATE makes a concurrent claim wait and then find `sent_at` set.
     */
    async claim(ticketId: string, now: Date) {
      const [row] = await db
        .update(ticketTurnNear)
        .set({ sentAt: now })
        .where(and(eq(ticketTurnNear.ticketId, ticketId), isNull(ticketTurnNear.sentAt)))
        .returning({ phone: ticketTurnNear.phone, language: ticketTurnNear.language });
      return row ?? null;
    },
  };
}
