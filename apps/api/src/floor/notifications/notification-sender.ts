import { schema, type DbOrTx } from '@skranke/db';
import { isDanishSmsNumber, isEmailAddress } from '@skranke/domain';

export type NotificationChannel = 'sms' | 'email';
export type NotificationKind = 'confirmation' | 'reminder' | 'turn_near' | 'passport_ready' | 'cancelled';

/** One SMS or e-mail to a citizen. No CPR number in it, ever. */
export interface NotificationMessage {
  municipalityId: string;
  channel: NotificationChannel;
  kind: NotificationKind;
  /** '+45' and eight digits for an SMS; an e-mail address for an e-mail. */
  recipient: string;
  /** E-mail only; an SMS has none. */
  subject?: string | null;
  body: string;
  appointmentId?: string | null;
  ticketId?: string | null;
}

/**
 * The seam where an SMS and e-mail gateway plugs in. `send` takes the caller's transaction: a message exists exactly
 * when what it tells of does (a booking rolled back sends no confirmation). A gateway client would write to an outbox
 * in the transaction too and deliver after commit, never call out from inside it.
 */
export interface NotificationSender {
  send(tx: DbOrTx, message: NotificationMessage): Promise<void>;
}

/** Thrown for a message no gateway could deliver: a caller's mistake (pick recipients with `recipientsOf`). */
export class UndeliverableNotification extends Error {}

function assertDeliverable(message: NotificationMessage) {
  if (message.channel === 'sms' && !isDanishSmsNumber(message.recipient)) {
    throw new UndeliverableNotification('An SMS goes only to a Danish number (+45 and eight digits).');
  }
  if (message.channel === 'email' && !isEmailAddress(message.recipient)) {
    throw new UndeliverableNotification('Not an e-mail address.');
  }
}

/**
 * The LOCAL implementation: no gateway is connected. Every message is written to `notification_outbox` in the
 * caller's transaction, where staff see it (listNotificationOutbox), and nothing leaves the building.
 */
export class LocalOutboxNotificationSender implements NotificationSender {
  async send(tx: DbOrTx, message: NotificationMessage): Promise<void> {
    assertDeliverable(message);
    await tx.insert(schema.notificationOutbox).values({
      municipalityId: message.municipalityId,
      channel: message.channel,
      kind: message.kind,
      recipient: message.recipient,
      subject: message.channel === 'email' ? (message.subject ?? null) : null,
      body: message.body,
      appointmentId: message.appointmentId ?? null,
      ticketId: message.ticketId ?? null,
    });
  }
}
