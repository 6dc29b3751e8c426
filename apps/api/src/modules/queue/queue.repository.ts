import type { Ticket } from '@skranke/contracts';
import { schema, type DbOrTx } from '@skranke/db';
import { DEFAULT_COUNTER_STALE_SECONDS } from '@skranke/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';

const { tickets, services, counters, counterSessions, ticketEvents, priorityClasses, queueSettings, users } = schema;

/** The columns every ticket answer needs, joined with its service and counter names. */
const ticketColumns = {
  id: tickets.id,
  municipalityId: tickets.municipalityId,
  locationId: tickets.locationId,
  displayNumber: tickets.displayNumber,
  serviceId: tickets.serviceId,
  serviceNameDa: services.nameDa,
  serviceNameEn: services.nameEn,
  state: tickets.state,
  source: tickets.source,
  priorityClassId: tickets.priorityClassId,
  priorityReason: tickets.priorityReason,
  arrivedAt: tickets.arrivedAt,
  callKey: tickets.callKey,
  calledAt: tickets.calledAt,
  servingStartedAt: tickets.servingStartedAt,
  finishedAt: tickets.finishedAt,
  counterId: tickets.counterId,
  counterName: counters.name,
  targetCounterId: tickets.targetCounterId,
  transferNote: tickets.transferNote,
  recallCount: tickets.recallCount,
  outcome: tickets.outcome,
  version: tickets.version,
};
export type TicketRow = NonNullable<Awaited<ReturnType<QueueRepository['ticket']>>>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toTicket(row: TicketRow): Ticket {
  return {
    id: row.id,
    locationId: row.locationId,
    displayNumber: row.displayNumber,
    serviceId: row.serviceId,
    serviceNameDa: row.serviceNameDa,
    serviceNameEn: row.serviceNameEn,
    state: row.state,
    source: row.source,
    priorityClassId: row.priorityClassId,
    priorityReason: row.priorityReason,
    arrivedAt: row.arrivedAt.toISOString(),
    calledAt: iso(row.calledAt),
    servingStartedAt: iso(row.servingStartedAt),
    finishedAt: iso(row.finishedAt),
    counterId: row.counterId,
    counterName: row.counterName,
    targetCounterId: row.targetCounterId,
    transferNote: row.transferNote,
    recallCount: row.recallCount,
    outcome: row.outcome,
    version: row.version,
  };
}

export type TicketPatch = Partial<typeof tickets.$inferInsert>;

export function createQueueRepository(db: DbOrTx) {
  const selectTickets = (tx: DbOrTx) =>
    tx
      .select(ticketColumns)
      .from(tickets)
      .innerJoin(services, eq(services.id, tickets.serviceId))
      .leftJoin(counters, eq(counters.id, tickets.counterId));

  return {
    async settings(municipalityId: string, tx: DbOrTx = db) {
      const [row] = await tx.select().from(queueSettings).where(eq(queueSettings.municipalityId, municipalityId));
      return (
        row ?? {
          municipalityId,
          fairnessBoundMinutes: 15,
          recallLimit: 3,
          handlingSampleSize: 20,
          counterStaleSeconds: DEFAULT_COUNTER_STALE_SECONDS,
          displayRecentCallMinutes: 5,
        }
      );
    },

    async service(municipalityId: string, serviceId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select()
        .from(services)
        .where(and(eq(services.municipalityId, municipalityId), eq(services.id, serviceId)));
      return row;
    },

    listServices: (municipalityId: string, tx: DbOrTx = db) =>
      tx.select().from(services).where(eq(services.municipalityId, municipalityId)).orderBy(asc(services.kioskOrder), asc(services.nameDa)),

    /** Active services of the municipality created after `since` (a counter session's start). */
    servicesAddedSince: (municipalityId: string, since: Date, tx: DbOrTx = db) =>
      tx
        .select()
        .from(services)
        .where(and(eq(services.municipalityId, municipalityId), eq(services.active, true), sql`${services.createdAt} > ${since}`))
        .orderBy(asc(services.kioskOrder), asc(services.nameDa)),

    async countOwnServices(municipalityId: string, ids: string[], tx: DbOrTx = db) {
      if (ids.length === 0) return 0;
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(services)
        .where(and(eq(services.municipalityId, municipalityId), inArray(services.id, ids)));
      return row?.n ?? 0;
    },

    async priorityClass(municipalityId: string, id: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select()
        .from(priorityClasses)
        .where(and(eq(priorityClasses.municipalityId, municipalityId), eq(priorityClasses.id, id), eq(priorityClasses.active, true)));
      return row;
    },

    listPriorityClasses: (municipalityId: string, tx: DbOrTx = db) =>
      tx
        .select()
        .from(priorityClasses)
        .where(and(eq(priorityClasses.municipalityId, municipalityId), eq(priorityClasses.active, true)))
        .orderBy(asc(priorityClasses.nameDa)),

    async counter(municipalityId: string, counterId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select()
        .from(counters)
        .where(and(eq(counters.municipalityId, municipalityId), eq(counters.id, counterId), eq(counters.active, true)));
      return row;
    },

    listCounters: (locationId: string, tx: DbOrTx = db) =>
      tx
        .select()
        .from(counters)
        .where(and(eq(counters.locationId, locationId), eq(counters.active, true)))
        .orderBy(asc(counters.name)),

    async ticketByIdempotencyKey(locationId: string, key: string, tx: DbOrTx = db) {
      const [row] = await selectTickets(tx).where(and(eq(tickets.locationId, locationId), eq(tickets.idempotencyKey, key)));
      return row;
    },

    async ticket(municipalityId: string, id: string, tx: DbOrTx = db) {
      const [row] = await selectTickets(tx).where(and(eq(tickets.municipalityId, municipalityId), eq(tickets.id, id)));
      return row;
    },

    /** Locks the ticket row for a transition. */
    async lockTicket(municipalityId: string, id: string, tx: DbOrTx) {
      const [row] = await tx
        .select({ id: tickets.id })
        .from(tickets)
        .where(and(eq(tickets.municipalityId, municipalityId), eq(tickets.id, id)))
        .for('update');
      return row;
    },

    async updateTicket(id: string, patch: TicketPatch, tx: DbOrTx) {
      await tx
        .update(tickets)
        .set({ ...patch, version: sql`${tickets.version} + 1` })
        .where(eq(tickets.id, id));
    },

    async recordEvent(values: typeof ticketEvents.$inferInsert, tx: DbOrTx) {
      await tx.insert(ticketEvents).values(values);
    },

    /**
     * The handling minutes of each service's most recently finished tickets at the location (the municipality's
     * sample size), in one query: one backward walk of tickets_done_idx per service.
     */
    async recentHandlingMinutesByService(municipalityId: string, locationId: string, tx: DbOrTx = db) {
      const result = await tx.execute<{ service_id: string; minutes: number[] | null }>(sql`
        select s.id as service_id, (
          select array_agg(minutes)::float8[] from (
            select extract(epoch from (t.finished_at - coalesce(t.serving_started_at, t.called_at))) / 60.0 as minutes
            from tickets t
            where t.location_id = ${locationId} and t.service_id = s.id and t.state = 'done'
            order by t.finished_at desc
            limit coalesce((select handling_sample_size from queue_settings where municipality_id = ${municipalityId}), 20)
          ) recent
        ) as minutes
        from services s
        where s.municipality_id = ${municipalityId}`);
      return new Map(result.rows.map((r) => [r.service_id, (r.minutes ?? []).map(Number)]));
    },

    /** Live counter sessions at a location, with the staff member's name. */
    liveSessions: (locationId: string, tx: DbOrTx = db) =>
      tx
        .select({
          id: counterSessions.id,
          counterId: counterSessions.counterId,
          userId: counterSessions.userId,
          staffName: users.name,
          serviceIds: counterSessions.serviceIds,
          state: counterSessions.state,
          startedAt: counterSessions.startedAt,
          lastSeenAt: counterSessions.lastSeenAt,
          allServices: counterSessions.allServices,
        })
        .from(counterSessions)
        .innerJoin(users, eq(users.id, counterSessions.userId))
        .where(and(eq(counterSessions.locationId, locationId), sql`${counterSessions.state} <> 'closed'`)),

    async liveSessionOfUser(userId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select()
        .from(counterSessions)
        .where(and(eq(counterSessions.userId, userId), sql`${counterSessions.state} <> 'closed'`));
      return row;
    },

    async liveSessionAtCounter(counterId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select()
        .from(counterSessions)
        .where(and(eq(counterSessions.counterId, counterId), sql`${counterSessions.state} <> 'closed'`));
      return row;
    },

    async insertSession(values: typeof counterSessions.$inferInsert, tx: DbOrTx) {
      const [row] = await tx.insert(counterSessions).values(values).onConflictDoNothing().returning({ id: counterSessions.id });
      return row?.id;
    },

    async updateSession(id: string, patch: Partial<typeof counterSessions.$inferInsert>, tx: DbOrTx) {
      await tx.update(counterSessions).set(patch).where(eq(counterSessions.id, id));
    },

    /** The ticket a counter is dealing with now (called or being served). */
    async currentTicketAt(counterId: string, tx: DbOrTx = db) {
      const [row] = await selectTickets(tx)
        .where(and(eq(tickets.counterId, counterId), inArray(tickets.state, ['called', 'serving'])))
        .orderBy(desc(tickets.calledAt))
        .limit(1);
      return row;
    },

    async servedToday(userId: string, serviceDay: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(tickets)
        .where(and(eq(tickets.staffUserId, userId), eq(tickets.serviceDay, serviceDay), eq(tickets.state, 'done')));
      return row?.n ?? 0;
    },

    openTickets: (locationId: string, tx: DbOrTx = db) =>
      selectTickets(tx)
        .where(and(eq(tickets.locationId, locationId), inArray(tickets.state, ['waiting', 'called', 'serving', 'parked'])))
        .orderBy(asc(tickets.callKey), asc(tickets.arrivedAt), asc(tickets.id)),

    /** The location's tickets called since `since`, newest call first (the call display's recent calls). */
    recentCalls: (locationId: string, since: Date, limit: number, tx: DbOrTx = db) =>
      selectTickets(tx)
        .where(and(eq(tickets.locationId, locationId), sql`${tickets.calledAt} >= ${since}`))
        .orderBy(desc(tickets.calledAt), asc(tickets.id))
        .limit(limit),

    /** Parked tickets at a location (citizens who must come back), in call order. */
    parkedTickets: (locationId: string, tx: DbOrTx = db) =>
      selectTickets(tx)
        .where(and(eq(tickets.locationId, locationId), eq(tickets.state, 'parked')))
        .orderBy(asc(tickets.callKey), asc(tickets.arrivedAt), asc(tickets.id)),

    async callKeyBounds(locationId: string, serviceId: string, tx: DbOrTx = db) {
      const [row] = await tx
        .select({ min: sql<Date | null>`min(${tickets.callKey})`, max: sql<Date | null>`max(${tickets.callKey})` })
        .from(tickets)
        .where(and(eq(tickets.locationId, locationId), eq(tickets.serviceId, serviceId), eq(tickets.state, 'waiting')));
      return { min: row?.min ? new Date(row.min) : null, max: row?.max ? new Date(row.max) : null };
    },
  };
}
export type QueueRepository = ReturnType<typeof createQueueRepository>;
