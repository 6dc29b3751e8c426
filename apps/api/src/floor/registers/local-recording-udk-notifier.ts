import { schema, type DbOrTx } from '@skranke/db';
import type { OpenUdbetalingDanmarkNotifier, UdbetalingDanmarkNotifier } from './udk-notifier.ts';

/**
 * LocalRecordingUdkNotifier: writes a row in Skranke's own `udk_notifications` table and nothing else. It does NOT
 * send anything to Udbetaling Danmark; it records that staff have told UDK by their own channel.
 */
export function createLocalRecordingUdkNotifier(db: DbOrTx): UdbetalingDanmarkNotifier {
  return {
    async notify({ decisionId, municipalityId, lawAreaCodes, notifiedBy }) {
      const [row] = await db
        .insert(schema.udkNotifications)
        .values({ decisionId, municipalityId, lawAreaCodes, notifiedBy })
        .returning({ notifiedAt: schema.udkNotifications.notifiedAt });
      return { notifiedAt: row!.notifiedAt };
    },
  };
}

export const openLocalRecordingUdkNotifier: OpenUdbetalingDanmarkNotifier = createLocalRecordingUdkNotifier;
