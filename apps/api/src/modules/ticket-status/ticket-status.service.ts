import { createHash, randomBytes } from 'node:crypto';
import type { PublicTicketStatus, TicketStatusLink } from '@skranke/contracts';
import type { Database } from '@skranke/db';
import { AppError, conflict, notFound } from '../../errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { createQueueReads } from '../queue/queue-reads.service.ts';
import { createTicketStatusRepository, type LinkedTicket } from './ticket-status.repository.ts';

export type Clock = () => Date;

/** A ticket in one of these states is over: its page says so, and it gets no new link. */
const FINISHED = new Set(['done', 'no_show', 'cancelled']);

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const unknownToken = () =>
  new AppError(404, 'unknown-token', 'Not Found', 'Linket er ukendt eller udløbet.', {
    detailEn: 'The link is unknown or has expired.',
  });

/**
 * The ticket on the phone: a link for the kiosk receipt's QR code, and what the public page behind it shows. The
 * token is 32 random bytes (base64url); only its sha256 is stored. It names no person and expires at the end of the
 * ticket's service day (Copenhagen midnight).
 */
export function createTicketStatusService(db: Database, clock: Clock) {
  const repo = createTicketStatusRepository(db);
  const queue = createQueueReads(db);

  async function statusOf(ticket: LinkedTicket, now: Date): Promise<PublicTicketStatus> {
    const state = FINISHED.has(ticket.state) ? 'finished' : (ticket.state as Exclude<PublicTicketStatus['state'], 'finished'>);
    const place = state === 'waiting' ? await queue.placeInQueue(ticket, now) : null;
    return {
      displayNumber: ticket.displayNumber,
      locationName: ticket.locationName,
      serviceNameDa: ticket.serviceNameDa,
      serviceNameEn: ticket.serviceNameEn,
      state,
      position: place?.position ?? null,
      estimatedWaitMinutes: place?.estimatedWaitMinutes ?? null,
      counterName: state === 'called' || state === 'serving' ? ticket.counterName : null,
      expiresAt: ticket.expiresAt.toISOString(),
    };
  }

  async function newLink(municipalityId: string, ticket: { id: string; locationId: string; endOfDay: Date }): Promise<TicketStatusLink> {
    const token = randomBytes(32).toString('base64url');
    await repo.insertLink({
      tokenHash: hashToken(token),
      municipalityId,
      locationId: ticket.locationId,
      ticketId: ticket.id,
      expiresAt: ticket.endOfDay,
    });
    return { token, expiresAt: ticket.endOfDay.toISOString() };
  }

  return {
    /** A new link for a ticket of the caller's location (the same ticket may get several); 409 once it is over. */
    async createLink(principal: Principal, ticketId: string): Promise<TicketStatusLink> {
      const ticket = await repo.ticketForLink(principal.municipalityId, ticketId);
      if (!ticket) throw notFound('Billetten');
      await queue.assertLocation(principal, ticket.locationId);
      if (FINISHED.has(ticket.state) || ticket.endOfDay <= clock()) {
        throw conflict('ticket-closed', 'Billetten er afsluttet og kan ikke følges på telefonen.', {
          detailEn: 'The ticket is finished and cannot be followed on a phone.',
        });
      }
      return newLink(principal.municipalityId, ticket);
    },

    /** The link of a number just taken on the phone (takeRemoteTicket): no principal, the ticket is the caller's own. */
    async createLinkForIssued(municipalityId: string, ticketId: string): Promise<TicketStatusLink> {
      const ticket = await repo.ticketForLink(municipalityId, ticketId);
      if (!ticket) throw notFound('Billetten');
      return newLink(municipalityId, ticket);
    },

    /** What the public page shows for a token, with the ticket's location (for the live stream); 404 unknown-token. */
    async status(token: string): Promise<{ status: PublicTicketStatus; locationId: string; expiresAt: Date }> {
      const now = clock();
      const ticket = await repo.ticketByTokenHash(hashToken(token), now);
      if (!ticket) throw unknownToken();
      return { status: await statusOf(ticket, now), locationId: ticket.locationId, expiresAt: ticket.expiresAt };
    },

    clock,
  };
}

export type TicketStatusService = ReturnType<typeof createTicketStatusService>;
