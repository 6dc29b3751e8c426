import { schema, type DbOrTx } from '@skranke/db';
import { and, eq, gt, sql } from 'drizzle-orm';

const { ticketStatusLinks, tickets, locations, services, counters } = schema;

/** The end of a ticket's service day: the next Copenhagen midnight after it (23 or 25 hours on DST days). */
const endOfServiceDay = sql<Date>`((${tickets.serviceDay} + 1)::timestamp at time zone 'Europe/Copenhagen')`;

export function createTicketStatusRepository(db: DbOrTx) {
  return {
    /** A ticket of the municipality, with what a link to it needs. */
    async ticketForLink(municipalityId: string, ticketId: string) {
      const [row] = await db
        .select({ id: tickets.id, locationId: tickets.locationId, state: tickets.state, endOfDay: endOfServiceDay })
        .from(tickets)
        .where(and(eq(tickets.id, ticketId), eq(tickets.municipalityId, municipalityId)));
      // The driver hands a computed timestamptz back as text.
      return row ? { ...row, endOfDay: new Date(row.endOfDay) } : null;
    },

    async insertLink(values: typeof ticketStatusLinks.$inferInsert) {
      await db.insert(ticketStatusLinks).values(values);
    },

    /**
     * The ticket behind a live link (null when unknown or expired at `now`). The ticket must be at the link's
     * location and of its municipality, so a link can only ever show the ticket it was made for.
     */
    async ticketByTokenHash(tokenHash: string, now: Date) {
      const [row] = await db
        .select({
          expiresAt: ticketStatusLinks.expiresAt,
          id: tickets.id,
          municipalityId: tickets.municipalityId,
          locationId: tickets.locationId,
          locationName: locations.name,
          serviceId: tickets.serviceId,
          serviceNameDa: services.nameDa,
          serviceNameEn: services.nameEn,
          displayNumber: tickets.displayNumber,
          state: tickets.state,
          targetCounterId: tickets.targetCounterId,
          callKey: tickets.callKey,
          arrivedAt: tickets.arrivedAt,
          counterName: counters.name,
        })
        .from(ticketStatusLinks)
        .innerJoin(
          tickets,
          and(
            eq(tickets.id, ticketStatusLinks.ticketId),
            eq(tickets.locationId, ticketStatusLinks.locationId),
            eq(tickets.municipalityId, ticketStatusLinks.municipalityId),
          ),
        )
        .innerJoin(locations, eq(locations.id, tickets.locationId))
        .innerJoin(services, eq(services.id, tickets.serviceId))
        .leftJoin(counters, eq(counters.id, tickets.counterId))
        .where(and(eq(ticketStatusLinks.tokenHash, tokenHash), gt(ticketStatusLinks.expiresAt, now)));
      return row ?? null;
    },
  };
}

export type LinkedTicket = NonNullable<Awaited<ReturnType<ReturnType<typeof createTicketStatusRepository>['ticketByTokenHash']>>>;
