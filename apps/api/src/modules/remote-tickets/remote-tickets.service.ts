import type { remoteTicketOperations, ResultOf } from '@skranke/contracts/operations';
import type { Database } from '@skranke/db';
import { AppError, notFound } from '../../errors.ts';
import { openingHoursOf } from '../locations/opening-hours.ts';
import type { Clock } from '../queue/presence.ts';
import { createQueueIssuing } from '../queue/queue-issuing.service.ts';
import { createTicketStatusService } from '../ticket-status/ticket-status.service.ts';
import { createRemoteTicketRepository } from './remote-tickets.repository.ts';

type RemoteTicketOptions = ResultOf<typeof remoteTicketOperations.listRemoteTicketOptions>;
type RemoteTicket = ResultOf<typeof remoteTicketOperations.takeRemoteTicket>;

const remoteTicketsOff = () =>
  new AppError(409, 'remote-tickets-off', 'Conflict', 'Her kan der ikke tages et nummer på telefonen. Tag et nummer ved kiosken.', {
    detailEn: 'This place does not hand out numbers on the phone. Take one at the kiosk.',
  });

/**
 * A walk-in's number taken on the phone, where the location allows it (locations.allow_remote_tickets, set by an
 * admin): the kiosk's rules (open now, active errand), issued by the queue with no actor, and answered with the
 * ticket's public status link, so the phone follows the number at /billet/<token> as a receipt's QR code would.
 * Like a kiosk number it is anonymous: its issue event (no actor) is the record, nothing goes to the audit trail.
 */
export function createRemoteTicketService(db: Database, clock: Clock) {
  const repo = createRemoteTicketRepository(db);
  const issuing = createQueueIssuing(db, clock);
  const links = createTicketStatusService(db, clock);

  return {
    async options(): Promise<RemoteTicketOptions> {
      const places = await repo.remoteLocations();
      const services = await repo.activeServices([...new Set(places.map((p) => p.municipalityId))]);
      const now = clock();
      return {
        locations: await Promise.all(
          places.map(async ({ municipalityId, ...place }) => ({
            ...place,
            openNow: (await openingHoursOf(db, place.id, now)).openNow,
            services: services.filter((s) => s.municipalityId === municipalityId).map(({ municipalityId: _, ...s }) => s),
          })),
        ),
      };
    },

    async take(locationId: string, serviceId: string): Promise<RemoteTicket> {
      const location = await repo.location(locationId);
      if (!location) throw notFound('Lokationen');
      if (!location.allowRemoteTickets) throw remoteTicketsOff();
      const issued = await issuing.issueRemote(location.municipalityId, locationId, serviceId);
      const link = await links.createLinkForIssued(location.municipalityId, issued.ticket.id);
      return { ...link, displayNumber: issued.ticket.displayNumber };
    },
  };
}
