import type { Counter, PriorityClass, Service, Ticket } from '@skranke/contracts';
import type { Database } from '@skranke/db';
import { notFound } from '../../errors.ts';
import type { Principal, UserPrincipal } from '../../plugins/auth.ts';
import { assertLocationAccess } from '../locations/location-access.ts';
import { createQueueRepository, toTicket } from './queue.repository.ts';
import { poolOf, queueFactsStatement } from './queue.statements.ts';
import { toService } from './services.service.ts';
import { placeFromFacts } from './wait-estimate.ts';

/** What the queue's screens read besides the board: one ticket, parked tickets, services, counters, priority classes. */
export function createQueueReads(db: Database) {
  const repo = createQueueRepository(db);
  const pool = poolOf(db);
  return {
    /** The principal may work with the location (404 or 403 otherwise); for what reads it outside a service (a stream). */
    async assertLocation(principal: Principal, locationId: string): Promise<void> {
      await assertLocationAccess(db, principal, locationId);
    },

    /**
     * Position (1 = next) and wait estimate of a waiting ticket, counted as the kiosk's receipt counts them (the
     * service's tickets ahead in call order; the open counters played forward over the location's waiting tickets).
     * For a reader that has already established its right to the ticket: the public status page holds its link.
     */
    async placeInQueue(
      ticket: {
        id: string;
        municipalityId: string;
        locationId: string;
        serviceId: string;
        targetCounterId: string | null;
        callKey: Date;
        arrivedAt: Date;
      },
      now: Date,
    ): Promise<{ position: number; estimatedWaitMinutes: number | null }> {
      return placeFromFacts(await queueFactsStatement(pool, ticket, now), ticket, now);
    },

    async ticket(principal: UserPrincipal, ticketId: string): Promise<Ticket> {
      const row = await repo.ticket(principal.municipalityId, ticketId);
      if (!row) throw notFound('Billetten');
      await assertLocationAccess(db, principal, row.locationId);
      return toTicket(row);
    },

    /** Citizens who went to fetch something and must be called back, in call order. */
    async parkedTickets(principal: Principal, locationId: string): Promise<Ticket[]> {
      await assertLocationAccess(db, principal, locationId);
      return (await repo.parkedTickets(locationId)).map(toTicket);
    },

    /** In kiosk order; a kiosk or display sees only the services open for tickets. */
    async services(principal: Principal, locationId: string): Promise<Service[]> {
      await assertLocationAccess(db, principal, locationId);
      const all = (await repo.listServices(principal.municipalityId)).map(toService);
      return principal.kind === 'device' ? all.filter((s) => s.active) : all;
    },

    async counters(principal: Principal, locationId: string): Promise<Counter[]> {
      await assertLocationAccess(db, principal, locationId);
      return (await repo.listCounters(locationId)).map((c) => ({ id: c.id, name: c.name, locationId: c.locationId }));
    },

    async priorityClasses(principal: UserPrincipal): Promise<PriorityClass[]> {
      return (await repo.listPriorityClasses(principal.municipalityId)).map((p) => ({
        id: p.id,
        code: p.code,
        nameDa: p.nameDa,
        nameEn: p.nameEn,
        headStartMinutes: p.headStartMinutes,
        requiresReason: p.requiresReason,
      }));
    },
  };
}
