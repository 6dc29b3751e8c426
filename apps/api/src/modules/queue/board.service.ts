import type { QueueBoard } from '@skranke/contracts';
import { schema, type Database, type DbOrTx } from '@skranke/db';
import { counterPresence, countsAsCapacity, estimateWaitMinutes, nextState, serviceLight } from '@skranke/domain';
import { inArray, sql } from 'drizzle-orm';
import type { Principal, UserPrincipal } from '../../plugins/auth.ts';
import { publishLocationEvent } from '../../plugins/events.ts';
import { assertLocationAccess } from '../locations/location-access.ts';
import { openingHoursOf } from '../locations/opening-hours.ts';
import { systemClock, type Clock } from './presence.ts';
import { createQueueRepository, toTicket, type TicketRow } from './queue.repository.ts';
import { estimateCountersOf, estimateTicketOf, handlingMinutesOf } from './wait-estimate.ts';

/**
 * The stream's position as the board's snapshot sees it (see readEvents in plugins/events.ts), and whether the
 * snapshot also shows events that are not ready yet (committed while an older transaction still ran): a stream
 * resumed from this position would bring those again.
 */
async function boardCursor(tx: DbOrTx, locationId: string) {
  const result = await tx.execute<{ seq: string | null; early: boolean }>(sql`
    with horizon as (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as xmin)
    select
      (select seq from location_events, horizon
        where location_id = ${locationId} and xid < horizon.xmin order by xid desc, seq desc limit 1) as seq,
      exists (select 1 from location_events, horizon where location_id = ${locationId} and xid >= horizon.xmin) as early`);
  const row = result.rows[0];
  return { seq: Number(row?.seq ?? 0), early: Boolean(row?.early) };
}

/** At most this many recent calls (the display shows the newest and a few before it). */
const RECENT_CALLS_SHOWN = 12;

/** How often the board is read again while its snapshot shows events that are not ready yet, 5 ms apart. */
const BOARD_ATTEMPTS = 10;

const minutesSince = (from: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60000));

export function createBoardService(db: Database, clock: Clock = systemClock) {
  /** One read of the board in one repeatable-read snapshot, and whether that snapshot shows events not yet ready. */
  function read(principal: Principal, locationId: string, locationName: string) {
    return db.transaction(
      async (tx) => {
        const repo = createQueueRepository(tx);
        const now = clock();
        // A colleague's transfer note is for staff: a call display gets the tickets without it.
        const shown = (row: TicketRow) => (principal.kind === 'device' ? { ...toTicket(row), transferNote: null } : toTicket(row));
        // One connection answers one query at a time (pg queues the rest, and will refuse to in its next major).
        const position = await boardCursor(tx, locationId);
        const services = await repo.listServices(principal.municipalityId);
        const counters = await repo.listCounters(locationId);
        const live = await repo.liveSessions(locationId);
        const { counterStaleSeconds, displayRecentCallMinutes } = await repo.settings(principal.municipalityId);
        const recent = await repo.recentCalls(locationId, new Date(now.getTime() - displayRecentCallMinutes * 60_000), RECENT_CALLS_SHOWN);
        // Each session as the board shows it: a counter whose screen went silent is stale, and is no capacity.
        const presence = new Map(live.map((s) => [s.id, counterPresence(s, now, counterStaleSeconds)]));
        const sessions = live.filter((s) => countsAsCapacity(presence.get(s.id)!));
        const open = await repo.openTickets(locationId);
        const samples = await repo.recentHandlingMinutesByService(principal.municipalityId, locationId);
        const hours = await openingHoursOf(tx, locationId, now);
        const waiting = open.filter((t) => t.state === 'waiting');
        // The wait a ticket taken now would have: the open counters played forward over everyone waiting.
        const estimateInput = {
          waiting: waiting.map(estimateTicketOf),
          counters: estimateCountersOf(sessions, open),
          handlingMinutes: handlingMinutesOf(
            services.map((s) => [s.id, { expectedMinutes: s.expectedMinutes, durations: samples.get(s.id) ?? [] }]),
          ),
          now,
        };
        const boardServices = services.map((service) => {
          const queue = waiting.filter((t) => t.serviceId === service.id && !t.targetCounterId);
          const staffed = sessions.filter((s) => s.state === 'open' && s.serviceIds.includes(service.id)).length;
          const longest = queue.reduce((m, t) => Math.max(m, minutesSince(t.arrivedAt, now)), 0);
          return {
            serviceId: service.id,
            nameDa: service.nameDa,
            nameEn: service.nameEn,
            prefix: service.prefix,
            active: service.active,
            waiting: queue.length,
            longestWaitMinutes: longest,
            estimatedWaitMinutes: estimateWaitMinutes({
              ...estimateInput,
              // After everyone waiting ('\uffff' sorts after every id at the same moment), without a head start.
              ticket: { id: '\uffff', serviceId: service.id, targetCounterId: null, arrivedAt: now, headStartMinutes: 0 },
            }),
            staffedCounters: staffed,
            // Red, whatever the wait so far, while citizens wait and no present counter takes the service.
            trafficLight: serviceLight({
              waiting: queue.length,
              servingCounters: live.filter((s) => presence.get(s.id) !== 'stale' && s.serviceIds.includes(service.id)).length,
              longestWaitMinutes: longest,
              thresholds: { yellowMinutes: service.yellowMinutes, redMinutes: service.redMinutes },
            }),
          };
        });
        const board: QueueBoard = {
          locationId,
          locationName,
          open: hours.openNow,
          generatedAt: now.toISOString(),
          lastEventSeq: position.seq,
          services: boardServices,
          counters: counters.map((counter) => {
            const session = live.find((s) => s.counterId === counter.id);
            const current = open.find((t) => t.counterId === counter.id && (t.state === 'called' || t.state === 'serving'));
            return {
              counterId: counter.id,
              name: counter.name,
              state: session ? presence.get(session.id)! : 'closed',
              lastSeenAt: session ? session.lastSeenAt.toISOString() : null,
              staffName: session?.staffName ?? null,
              serviceIds: session?.serviceIds ?? [],
              currentTicket: current ? shown(current) : null,
            };
          }),
          waiting: waiting.map(shown),
          called: open
            .filter((t) => t.state === 'called' || t.state === 'serving')
            .sort((a, b) => (b.calledAt?.getTime() ?? 0) - (a.calledAt?.getTime() ?? 0))
            .map(shown),
          recentCalls: recent.map(shown),
          recentCallMinutes: displayRecentCallMinutes,
        };
        return { board, early: position.early };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  }

  return {
    /**
     * The queue board of a location, read in one snapshot together with the stream's position in that snapshot (its
     * last ready event), so a client that resumes the event stream from `lastEventSeq` misses nothing and, unless an
     * older transaction runs on through ten reads 5 ms apart, sees nothing twice (the screens also apply a ticket
     * only when its version is not older than what they show).
     */
    async board(principal: Principal, locationId: string): Promise<QueueBoard> {
      const location = await assertLocationAccess(db, principal, locationId);
      for (let attempt = 1; ; attempt++) {
        const { board, early } = await read(principal, locationId, location.name);
        // A snapshot between an older transaction and its end would make lastEventSeq bring a change the board
        // already shows (a call display would announce it twice): read again once that transaction has ended.
        if (!early || attempt >= BOARD_ATTEMPTS) return board;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },

    /** A lead's end-of-day close: every open ticket is settled (served → done, the rest → no-show). */
    async closeDay(principal: UserPrincipal, locationId: string) {
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
            .where(
              inArray(
                schema.counterSessions.id,
                sessions.map((s) => s.id),
              ),
            );
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
