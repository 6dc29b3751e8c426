import type { DbOrTx } from '@skranke/db';

export interface UdkNotification {
  decisionId: string;
  municipalityId: string;
  /** The Udbetaling Danmark areas the exemption covers. */
  lawAreaCodes: string[];
  notifiedBy: string;
}

/**
 * The seam where notifying Udbetaling Danmark of an exemption (lov om Udbetaling Danmark § 13, stk. 3) plugs in.
 * Skranke ships `LocalRecordingUdkNotifier`, which only records in its own table that staff have notified UDK by
 * another channel; an integration with UDK would implement the same interface.
 */
export interface UdbetalingDanmarkNotifier {
  /** Answers when the notification was made. */
  notify(notification: UdkNotification): Promise<{ notifiedAt: Date }>;
}

/** Opens the notifier for one unit of work; a database-backed one writes inside the caller's transaction. */
export type OpenUdbetalingDanmarkNotifier = (db: DbOrTx) => UdbetalingDanmarkNotifier;
