import type { QueueBoard } from '@skranke/contracts';
import { schema, type Database, type DbOrTx } from '@skranke/db';
import { averageHandlingMinutes, estimateWaitMinutes, nextState, trafficLight } from '@skranke/domain';
import { inArray, sql } from 'drizzle-orm';
import { openingHoursOf } from '../locations/opening-hours.ts';
import type { Principal } from '../../plugins/auth.ts';
import { publishLocationEvent } from '../../plugins/events.ts';
import { assertLocationAccess } from './access.ts';
import { createQueueRepository, toTicket } from './queue.repository.ts';

/** The stream's position as the board's snapshot sees it (see readEvents in plugins/events.ts). */
async function boardCursor(tx: DbOrTx, locationId: string) {
  const result = await tx.execute<{ seq: string }>(sql`
    select seq from location_events
    where location_id = ${locationId} and xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
    order by xid desc, seq desc
    limit 1`);
  return { seq: Number(result.rows[0]?.seq ?? 0) };
}

const minutesSince = (from: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60000));

export function createBoardService(db: Database) {
  return {
    /**
     * The queue board of a location, read in one snapshot together with the stream's position in that snapshot (its
     * last ready event), so a client that resumes the event stream from `lastEventSeq` misses nothing. A change that
     * committed just before the snapshot while an older transaction was still running shows on the board and may
     * also arrive as an event after it; the screens apply events by ticket version, so that changes nothing.
     */
    async board(principal: Principal, locationId: string): Promise<QueueBoard> {
      const location = await assertLocationAccess(db, principal, locationId);
      return db.transaction(
        async (tx) => {
          const repo = createQueueRepository(tx);
          const now = new Date();
          const [position, services, counters, sessions, open, samples, hours] = await Promise.all([
            boardCursor(tx, locationId),
            repo.listServices(principal.municipalityId),
            repo.listCounters(locationId),
            repo.liveSessions(locationId),
            repo.openTickets(locationId),
            repo.recentHandlingMinutesByService(principal.municipalityId, locationId),
            openingHoursOf(tx, locationId, now),
          ]);
          const waiting = open.filter((t) => t.state === 'waiting');
          const boardServices = services.map((service) => {
              const queue = waiting.filter((t) => t.serviceId === service.id && !t.targetCounterId);
              const staffed = sessions.filter((s) => s.state === 'open' && s.serviceIds.includes(service.id)).length;
              const longest = queue.reduce((m, t) => Math.max(m, minutesSince(t.arrivedAt, now)), 0);
              const durations = samples.get(service.id) ?? [];
              return {
                serviceId: service.id,
                nameDa: service.nameDa,
                nameEn: service.nameEn,
                prefix: service.prefix,
                active: service.active,
                waiting: queue.length,
                longestWaitMinutes: longest,
                estimatedWaitMinutes: estimateWaitMinutes({
                  position: queue.length + 1,
                  staffedCounters: staffed,
                  averageHandlingMinutes: averageHandlingMinutes(durations, service.expectedMinutes),
                }),
                staffedCounters: staffed,
                trafficLight: trafficLight(longest, { yellowMinutes: service.yellowMinutes, redMinutes: service.redMinutes }),
              };
            });
          return {
            locationId,
            locationName: location.name,
            open: hours.openNow,
            generatedAt: now.toISOString(),
            lastEventSeq: position.seq,
            services: boardServices,
            counters: counters.map((counter) => {
              const session = sessions.find((s) => s.counterId === counter.id);
              const current = open.find((t) => t.counterId === counter.id && (t.state === 'called' || t.state === 'serving'));
              return {
                counterId: counter.id,
                name: counter.name,
                state: session?.state ?? 'closed',
                staffName: session?.staffName ?? null,
                serviceIds: session?.serviceIds ?? [],
                currentTicket: current ? toTicket(current) : null,
              };
            }),
            waiting: waiting.map(toTicket),
            called: open
              .filter((t) => t.state === 'called' || t.state === 'serving')
              .sort((a, b) => (b.calledAt?.getTime() ?? 0) - (a.calledAt?.getTime() ?? 0))
              .map(toTicket),
          };
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
    },

    /** A lead's end-of-day close: every open ticket is settled (served → done, the rest → no-show). */
    async closeDay(principal: Extract<Principal, { kind: 'user' }>, locationId: string) {
      await assertLocationAccess(db, principal, locationId);
      return db.transaction(async (tx) => {
        const repo = createQueueRepository(tx);
        const open = await repo.openTickets(locationId);
        const now = new Date();
        for (const ticket of open) {
          const to = nextState(ticket.state, 'close_day')!;
          await repo.updateTicket(ticket.id, { state: to, finishedAt: now }, tx);
          await repo.recordEvent(
            {
              municipalityId: principal.municipalityId,
              locationId,
              ticketId: ticket.id,
              action: 'close_day',
              fromState: ticket.state,
              toState: to,
              userId: principal.id,
              counterId: ticket.counterId,
            },
            tx,
          );
        }
        const sessions = await repo.liveSessions(locationId);
        if (sessions.length > 0) {
          await tx
            .update(schema.counterSessions)
            .set({ state: 'closed', endedAt: now })
            .where(inArray(schema.counterSessions.id, sessions.map((s) => s.id)));
        }
        await publishLocationEvent(tx, {
          municipalityId: principal.municipalityId,
          locationId,
          type: 'day.closed',
          payload: { settled: open.length },
        });
        return { settled: open.length };
      });
    },
  };
}
