import type { Counter, PriorityClass, Service, Ticket } from '@skranke/contracts';
import type { Database } from '@skranke/db';
import { notFound } from '../../errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { assertLocationAccess } from '../locations/location-access.ts';
import { createQueueRepository, toTicket } from './queue.repository.ts';
import { toService } from './services.service.ts';

type StaffPrincipal = Extract<Principal, { kind: 'user' }>;

/** What the queue's screens read besides the board: one ticket, parked tickets, services, counters, priority classes. */
export function createQueueReads(db: Database) {
  const repo = createQueueRepository(db);
  return {
    /** The principal may work with the location (404 or 403 otherwise); for what reads it outside a service (a stream). */
    async assertLocation(principal: Principal, locationId: string): Promise<void> {
      await assertLocationAccess(db, principal, locationId);
    },

    async ticket(principal: StaffPrincipal, ticketId: string): Promise<Ticket> {
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

    async priorityClasses(principal: StaffPrincipal): Promise<PriorityClass[]> {
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
