import type { Tx } from '@skranke/db';
import type { Staff } from '../staff.ts';
import { appendAudit } from './audit-chain.ts';

/** The audit trail's subject type for a citizen: what a citizen's access log selects by. */
export const CITIZEN_SUBJECT = 'citizen';

/**
 * Appends a record about a citizen to the staff member's municipality's chain. `auditHash` hashes the details as
 * JSON.stringify wrote them, while jsonb hands keys back shorter-first, then bytewise; details are therefore passed
 * in jsonb's own key order, or the record would fail `verifyAuditChain`.
 */
export function auditCitizen(
  tx: Tx,
  staff: Staff,
  entry: { action: string; subjectId: string | null; purpose: string; details?: Record<string, string> },
) {
  const details = Object.fromEntries(
    Object.entries(entry.details ?? {}).sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)),
  );
  return appendAudit(tx, {
    municipalityId: staff.municipalityId,
    actorUserId: staff.id,
    subjectType: CITIZEN_SUBJECT,
    ...entry,
    details,
  });
}
