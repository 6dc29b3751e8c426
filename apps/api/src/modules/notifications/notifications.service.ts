import type { NotificationOutbox } from '@skranke/contracts';
import type { Database } from '@skranke/db';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import type { Staff } from '../../floor/staff.ts';
import { createNotificationsRepository } from './notifications.repository.ts';

/** Recorded once per read of the outbox: its recipients (phone numbers, e-mail addresses) are personal data. */
export const OUTBOX_READ_ACTION = 'notifications.outbox-read';

/** How many of the latest messages the outbox shows. */
export const OUTBOX_SHOWN = 200;

/** The local outbox (LocalOutboxNotificationSender's messages) as a lead reads it in the app. */
export function createNotificationsService(db: Database) {
  const repo = createNotificationsRepository(db);
  return {
    /** The municipality's latest messages, and the audit record of the read, in one transaction. */
    async outbox(staff: Staff): Promise<NotificationOutbox> {
      return db.transaction(async (tx) => {
        const rows = await repo.latest(staff.municipalityId, OUTBOX_SHOWN, tx);
        await appendAudit(tx, {
          municipalityId: staff.municipalityId,
          actorUserId: staff.id,
          action: OUTBOX_READ_ACTION,
          details: { entries: rows.length },
        });
        return { items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) };
      });
    },
  };
}
