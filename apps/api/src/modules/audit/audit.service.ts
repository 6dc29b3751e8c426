import type { AuditEvent, AuditEventPage, AuditSearchQuery } from '@skranke/contracts';
import type { Database } from '@skranke/db';
import { redactCprShaped } from '@skranke/domain';
import { appendAudit } from '../../plugins/audit.ts';
import { createAuditRepository } from './audit.repository.ts';

export interface Staff {
  id: string;
  municipalityId: string;
}

type Row = Awaited<ReturnType<ReturnType<typeof createAuditRepository>['search']>>[number];

/**
 * The details a search shows: scalar values only (nested structures, such as a user change's before/after, stay in
 * the trail), strings masked for anything CPR-shaped. The trail should never hold a CPR number; this is the
 * second line of defence, as in the logs.
 */
export function safeDetails(details: Record<string, unknown>): AuditEvent['details'] {
  const safe: AuditEvent['details'] = {};
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'string') safe[key] = redactCprShaped(value);
    else if (typeof value === 'number' || typeof value === 'boolean') safe[key] = value;
  }
  return safe;
}

function toEvent(row: Row): AuditEvent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actor:
      row.actorUserId && row.actorName !== null && row.actorUsername !== null
        ? { id: row.actorUserId, name: row.actorName, username: row.actorUsername }
        : null,
    actorDeviceId: row.actorDeviceId,
    subject: row.subjectType ? { type: row.subjectType, id: row.subjectId } : null,
    purpose: row.purpose,
    details: safeDetails(row.details),
  };
}

export function createAuditService(db: Database) {
  return {
    /**
     * One page of the staff member's own municipality's trail, newest first. The search is audited with its
     * criteria in the same transaction; searching by citizen makes the search part of that citizen's access log.
     */
    async search(staff: Staff, query: AuditSearchQuery): Promise<AuditEventPage> {
      const { limit, cursor, ...criteria } = query;
      return db.transaction(async (tx) => {
        const details = Object.fromEntries(Object.entries({ ...criteria, cursor }).filter(([, v]) => v !== undefined));
        await appendAudit(tx, {
          municipalityId: staff.municipalityId,
          actorUserId: staff.id,
          action: 'audit.search',
          ...(criteria.citizenId && { subjectType: 'citizen', subjectId: criteria.citizenId }),
          details,
        });
        // One more than asked tells whether there is a next page.
        const rows = await createAuditRepository(tx).search({
          municipalityId: staff.municipalityId,
          ...criteria,
          beforeId: cursor,
          limit: limit + 1,
        });
        const page = rows.slice(0, limit);
        return { events: page.map(toEvent), nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
      });
    },
  };
}
