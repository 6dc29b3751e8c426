import { schema, type DbOrTx } from '@skranke/db';
import { desc, eq } from 'drizzle-orm';

const { notificationOutbox } = schema;

export function createNotificationsRepository(db: DbOrTx) {
  return {
    /** The municipality's latest messages, newest first. */
    async latest(municipalityId: string, limit: number, tx: DbOrTx = db) {
      return tx
        .select({
          id: notificationOutbox.id,
          channel: notificationOutbox.channel,
          kind: notificationOutbox.kind,
          recipient: notificationOutbox.recipient,
          subject: notificationOutbox.subject,
          body: notificationOutbox.body,
          createdAt: notificationOutbox.createdAt,
        })
        .from(notificationOutbox)
        .where(eq(notificationOutbox.municipalityId, municipalityId))
        .orderBy(desc(notificationOutbox.createdAt), desc(notificationOutbox.id))
        .limit(limit);
    },
  };
}
