import type { CounterSession, OpenCounterSessionBody, UpdateCounterSessionBody } from '@skranke/contracts';
import type { Database, DbOrTx } from '@skranke/db';
import { counterPresence, serviceDay } from '@skranke/domain';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { UserPrincipal } from '../../plugins/auth.ts';
import { publishLocationEvent } from '../../plugins/events.ts';
import { assertLocationAccess } from '../locations/location-access.ts';
import { systemClock, type Clock } from './presence.ts';
import { createQueueRepository, toTicket } from './queue.repository.ts';

/** Signing in at a counter with a work profile, pausing, and signing out. */
export function createCounterService(db: Database, clock: Clock = systemClock) {
  const repo = createQueueRepository(db);

  async function describe(principal: UserPrincipal, tx: DbOrTx = db): Promise<CounterSession | null> {
    const session = await repo.liveSessionOfUser(principal.id, tx);
    if (!session) return null;
    const counter = await repo.counter(principal.municipalityId, session.counterId, tx);
    const current = await repo.currentTicketAt(session.counterId, tx);
    return {
      id: session.id,
      counterId: session.counterId,
      counterName: counter?.name ?? '',
      locationId: session.locationId,
      userId: session.userId,
      serviceIds: session.serviceIds,
      state: session.state,
      allServices: session.allServices,
      newServices: (await repo.servicesAddedSince(principal.municipalityId, session.startedAt, tx))
        .filter((s) => !session.serviceIds.includes(s.id))
        .map((s) => ({ id: s.id, prefix: s.prefix, nameDa: s.nameDa, nameEn: s.nameEn })),
      startedAt: session.startedAt.toISOString(),
      currentTicket: current ? toTicket(current) : null,
      servedToday: await repo.servedToday(principal.id, serviceDay(new Date()), tx),
    };
  }

  async function announce(tx: DbOrTx, principal: UserPrincipal, locationId: string, counterId: string, state: string) {
    await publishLocationEvent(tx, {
      municipalityId: principal.municipalityId,
      locationId,
      type: 'counter.updated',
      payload: { counterId, state },
    });
  }

  async function assertServices(principal: UserPrincipal, serviceIds: string[]) {
    const unique = [...new Set(serviceIds)];
    if ((await repo.countOwnServices(principal.municipalityId, unique)) !== unique.length) {
      throw badRequest('unknown-service', 'Et eller flere ærinder findes ikke.');
    }
    return unique;
  }

  return {
    mySession: (principal: UserPrincipal) => describe(principal),

    async open(principal: UserPrincipal, counterId: string, body: OpenCounterSessionBody) {
      const counter = await repo.counter(principal.municipalityId, counterId);
      if (!counter) throw notFound('Skranken');
      await assertLocationAccess(db, principal, counter.locationId);
      const serviceIds = await assertServices(principal, body.serviceIds);
      return db.transaction(async (tx) => {
        const mine = await repo.liveSessionOfUser(principal.id, tx);
        if (mine) throw conflict('already-at-counter', 'Du er allerede logget på en skranke. Log af den først.');
        const id = await repo.insertSession(
          {
            municipalityId: principal.municipalityId,
            locationId: counter.locationId,
            counterId,
            userId: principal.id,
            serviceIds,
            allServices: body.allServices ?? false,
            lastSeenAt: clock(),
          },
          tx,
        );
        if (!id) throw conflict('counter-taken', `${counter.name} er optaget af en kollega.`);
        await announce(tx, principal, counter.locationId, counterId, 'open');
        return (await describe(principal, tx))!;
      });
    },

    async update(principal: UserPrincipal, body: UpdateCounterSessionBody) {
      const serviceIds = body.serviceIds && (await assertServices(principal, body.serviceIds));
      return db.transaction(async (tx) => {
        const session = await repo.liveSessionOfUser(principal.id, tx);
        if (!session) throw notFound('Skrankesessionen');
        await repo.updateSession(
          session.id,
          {
            ...(body.state && { state: body.state }),
            ...(serviceIds && { serviceIds, allServices: body.allServices ?? false }),
            lastSeenAt: clock(),
          },
          tx,
        );
        await announce(tx, principal, session.locationId, session.counterId, body.state ?? session.state);
        return (await describe(principal, tx))!;
      });
    },

    /**
     * The counter screen's sign of life (every 30 s while it is open). A counter not heard from for the municipality's
     * limit is stale: not staffed on the board, no capacity in the estimates, no transfer target. When a stale counter
     * is heard from again, the boards are told.
     */
    async heartbeat(principal: UserPrincipal) {
      await db.transaction(async (tx) => {
        const session = await repo.liveSessionOfUser(principal.id, tx);
        if (!session) throw notFound('Skrankesessionen');
        const now = clock();
        const { counterStaleSeconds } = await repo.settings(principal.municipalityId, tx);
        const wasStale = counterPresence(session, now, counterStaleSeconds) === 'stale';
        await repo.updateSession(session.id, { lastSeenAt: now }, tx);
        if (wasStale) await announce(tx, principal, session.locationId, session.counterId, session.state);
      });
    },

    async close(principal: UserPrincipal) {
      await db.transaction(async (tx) => {
        const session = await repo.liveSessionOfUser(principal.id, tx);
        if (!session) return;
        const current = await repo.currentTicketAt(session.counterId, tx);
        if (current) {
          throw conflict('counter-busy', `Afslut eller parkér ${current.displayNumber}, før du logger af skranken.`, {
            currentTicketId: current.id,
          });
        }
        await repo.updateSession(session.id, { state: 'closed', endedAt: new Date() }, tx);
        await announce(tx, principal, session.locationId, session.counterId, 'closed');
      });
    },
  };
}
