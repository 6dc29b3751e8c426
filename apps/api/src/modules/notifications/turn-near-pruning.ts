import type { DbOrTx } from '@skranke/db';
import { sql } from 'drizzle-orm';

/**
 * Deletes the "turn is near" numbers (ticket_turn_near) whose service day has ended or whose ticket is finished,
 * sent or not: a number is kept only while it can still be used. Run by maintenance; the API's turn-near sweep
 * deletes finished tickets' numbers too, within 30 seconds. Returns how many were deleted.
 */
export async function pruneTurnNearNumbers(db: DbOrTx, now: Date): Promise<number> {
  const result = await db.execute(sql`
    delete from ticket_turn_near n
    where n.expires_at <= ${now.toISOString()}
       or exists (select 1 from tickets t where t.id = n.ticket_id and t.state in ('done', 'no_show', 'cancelled'))`);
  return result.rowCount ?? 0;
}
