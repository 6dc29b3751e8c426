import type { AuditEvent, AuditEventPage, AuditSearchQuery, AuditStaffList } from '@skranke/contracts';
import type { Database } from '@skranke/db';
import { maskCpr, redactCprShaped } from '@skranke/domain';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import { openLocalPersonRegister } from '../../floor/registers/local-person-register.ts';
import type { OpenPersonRegister } from '../../floor/registers/person-register.ts';
import type { Staff } from '../../floor/staff.ts';
import { createAuditRepository } from './audit.repository.ts';

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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return redactCprShaped(value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', '));
  return redactCprShaped(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * Who changed what from what to what: the fields whose value differs between a record's `before` and `after`
 * (either may be missing, for a creation or a deletion), in the order they were written.
 */
export function auditChanges(details: Record<string, unknown>): AuditEvent['changes'] {
  const before = isRecord(details.before) ? details.before : {};
  const after = isRecord(details.after) ? details.after : {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, from: asText(before[field]), to: asText(after[field]) }));
}

type CitizenRef = NonNullable<AuditEvent['citizen']>;

function toEvent(row: Row, citizens: ReadonlyMap<string, CitizenRef>): AuditEvent {
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
    citizen: (row.subjectType === 'citizen' && row.subjectId && citizens.get(row.subjectId)) || null,
    changes: auditChanges(row.details),
    details: safeDetails(row.details),
  };
}

export function createAuditService(db: Database, openRegister: OpenPersonRegister = openLocalPersonRegister) {
  /** Name and masked CPR number of each citizen a page of records concerns, read from the person register. */
  async function citizensOf(tx: Parameters<OpenPersonRegister>[0], rows: Row[]): Promise<Map<string, CitizenRef>> {
    const ids = new Set(rows.flatMap((row) => (row.subjectType === 'citizen' && row.subjectId ? [row.subjectId] : [])));
    const register = openRegister(tx);
    const found = new Map<string, CitizenRef>();
    for (const id of ids) {
      const person = await register.findById(id);
      if (person) found.set(id, { name: `${person.givenNames} ${person.surname}`, cprMasked: maskCpr(person.cpr) });
    }
    return found;
  }

  return {
    /**
     * One page of the staff member's own municipality's trail, newest first. The search is audited with its
     * criteria in the same transaction; searching by citizen makes the search part of that citizen's access log, and
     * every other citizen the page names gets a `citizen.read-audit-search` record.
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
        const citizens = await citizensOf(tx, page);
        // The results name citizens (name and masked CPR number): each citizen shown by a search that was not about
        // them gets a record of their own, so that it appears in their access log (whose) like any other read.
        for (const citizenId of citizens.keys()) {
          if (citizenId === criteria.citizenId) continue;
          await appendAudit(tx, {
            municipalityId: staff.municipalityId,
            actorUserId: staff.id,
            action: 'citizen.read-audit-search',
            subjectType: 'citizen',
            subjectId: citizenId,
            details,
          });
        }
        return { events: page.map((row) => toEvent(row, citizens)), nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
      });
    },

    /** The municipality's staff, to search the trail by (names only; the roles and locations are the admins' view). */
    async listStaff(staff: Staff): Promise<AuditStaffList> {
      const rows = await createAuditRepository(db).listStaff(staff.municipalityId);
      return { staff: rows.map(({ disabledAt, ...user }) => ({ ...user, disabled: disabledAt !== null })) };
    },
  };
}
