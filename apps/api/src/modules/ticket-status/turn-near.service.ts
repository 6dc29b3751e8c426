import type { SubscribeTicketNotificationBody, TicketNotificationSubscription } from '@skranke/contracts';
import type { Database } from '@skranke/db';
import { danishSmsNumber, isTurnNear, turnNearText } from '@skranke/domain';
import { AppError, conflict } from '../../errors.ts';
import type { NotificationSender } from '../../floor/notifications/notification-sender.ts';
import { notificationsEnabled } from '../../floor/notifications/notification-settings.ts';
import { createQueueReads } from '../queue/queue-reads.service.ts';
import { hashToken, unknownToken, type Clock } from './ticket-status.service.ts';
import { createTicketStatusRepository } from './ticket-status.repository.ts';
import { createTurnNearRepository } from './turn-near.repository.ts';

/** '+4512345678' → '+45 •• •• 56 78': enough for the citizen to recognise, not the whole number again. */
export const maskPhone = (phone: string) => `+45 •• •• ${phone.slice(-4, -2)} ${phone.slice(-2)}`;

const invalidPhone = () =>
  new AppError(400, 'invalid-contact', 'Bad Request', 'Skriv et dansk mobilnummer med 8 cifre.', {
    detailEn: 'Enter a Danish mobile number of 8 digits.',
    errors: [{ pointer: '/body/phone', detail: 'Skriv et dansk mobilnummer med 8 cifre.' }],
  });

/**
 * "Your turn is near": a walk-in leaves a Danish number on the ticket's public page, and one SMS goes out when at
 * most three are ahead of the ticket in call order (the place the page itself shows: placeInQueue).
 */
export function createTurnNearService(db: Database, clock: Clock, sender: NotificationSender) {
  const links = createTicketStatusRepository(db);
  const repo = createTurnNearRepository(db);
  const queue = createQueueReads(db);

  return {
    /** Stores the number against the link's ticket until it is finished or its day ends. */
    async subscribe(token: string, body: SubscribeTicketNotificationBody): Promise<TicketNotificationSubscription> {
      const now = clock();
      const ticket = await links.ticketByTokenHash(hashToken(token), now);
      if (!ticket) throw unknownToken();
      if (ticket.state !== 'waiting' && ticket.state !== 'parked') {
        throw conflict('ticket-closed', 'Billetten venter ikke længere, så der sendes ingen SMS.', {
          detailEn: 'The ticket is no longer waiting, so no SMS will be sent.',
        });
      }
      if (!(await notificationsEnabled(db, ticket.municipalityId))) {
        throw conflict('notifications-off', 'Kommunen sender ikke SMS. Følg i stedet din plads her på siden.', {
          detailEn: 'The municipality does not send text messages. Follow your place on this page instead.',
        });
      }
      const phone = danishSmsNumber(body.phone);
      if (!phone) throw invalidPhone();
      await repo.upsert({
        ticketId: ticket.id,
        municipalityId: ticket.municipalityId,
        phone,
        language: body.language ?? 'da',
        expiresAt: ticket.expiresAt,
      });
      return { phone: maskPhone(phone), deletedBy: ticket.expiresAt.toISOString() };
    },

    /**
     * One sweep (every 30 s in each API process): deletes the numbers of finished tickets, then sends 'turn_near'
     * once to each waiting ticket with at most three ahead, in municipalities with notices on. Idempotent and safe
     * with several processes: the claim (UPDATE … WHERE sent_at IS NULL RETURNING) and the message are one
     * transaction. Returns the number of messages sent.
     */
    async sweep(now: Date = clock()): Promise<number> {
      await repo.deleteFinished();
      let sent = 0;
      for (const ticket of await repo.waitingUnsent(now)) {
        const { position } = await queue.placeInQueue(ticket, now);
        if (!isTurnNear(position)) continue;
        sent += await db.transaction(async (tx) => {
          const claimed = await createTurnNearRepository(tx).claim(ticket.id, now);
          if (!claimed) return 0;
          const text = turnNearText({
            language: claimed.language === 'en' ? 'en' : 'da',
            displayNumber: ticket.displayNumber,
            locationName: ticket.locationName,
          });
          await sender.send(tx, {
            municipalityId: ticket.municipalityId,
            channel: 'sms',
            kind: 'turn_near',
            recipient: claimed.phone,
            body: text.body,
            ticketId: ticket.id,
          });
          return 1;
        });
      }
      return sent;
    },
  };
}
