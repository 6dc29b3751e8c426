import { schema, type DbOrTx } from '@skranke/db';
import { and, asc, desc, eq, like, lt, sql, type SQL } from 'drizzle-orm';

const { auditEvents, users } = schema;

export interface AuditCriteria {
  municipalityId: string;
  citizenId?: string;
  actorUserId?: string;
  /** Exact, or a prefix when it ends with a dot. */
  action?: string;
  /** Civil dates (YYYY-MM-DD), whole days in Danish time, both inclusive. */
  from?: string;
  to?: string;
  /** Only records with a smaller id (keyset pagination, newest first). */
  beforeId?: number;
  limit: number;
}

/** The start of a civil day in Danish time, as a timestamptz. */
const danishDayStart = (day: string, plusDays = 0) => sql`((${day}::date + ${plusDays}::int)::timestamp at time zone 'Europe/Copenhagen')`;

/** Reads of the audit trail for searching. Writes go through `appendAudit`. */
export function createAuditRepository(db: DbOrTx) {
  return {
    search(c: AuditCriteria) {
      const where: SQL[] = [eq(auditEvents.municipalityId, c.municipalityId)];
      if (c.citizenId) where.push(eq(auditEvents.subjectType, 'citizen'), eq(auditEvents.subjectId, c.citizenId));
      if (c.actorUserId) where.push(eq(auditEvents.actorUserId, c.actorUserId));
      // The action's pattern (contracts) admits no LIKE wildcards.
      if (c.action) where.push(c.action.endsWith('.') ? like(auditEvents.action, `${c.action}%`) : eq(auditEvents.action, c.action));
      if (c.from) where.push(sql`${auditEvents.at} >= ${danishDayStart(c.from)}`);
      if (c.to) where.push(sql`${auditEvents.at} < ${danishDayStart(c.to, 1)}`);
      if (c.beforeId) where.push(lt(auditEvents.id, c.beforeId));
      return db
        .select({
          id: auditEvents.id,
          at: auditEvents.at,
          action: auditEvents.action,
          actorUserId: auditEvents.actorUserId,
          actorName: users.name,
          actorUsername: users.username,
          actorDeviceId: auditEvents.actorDeviceId,
          subjectType: auditEvents.subjectType,
          subjectId: auditEvents.subjectId,
          purpose: auditEvents.purpose,
          details: auditEvents.details,
        })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorUserId))
        .where(and(...where))
        .orderBy(desc(auditEvents.id))
        .limit(c.limit);
    },

    /** Everyone who can appear as the actor of a record: the municipality's staff, disabled ones included. */
    listStaff(municipalityId: string) {
      return db
        .select({ id: users.id, name: users.name, username: users.username, disabledAt: users.disabledAt })
        .from(users)
        .where(eq(users.municipalityId, municipalityId))
        .orderBy(asc(users.name), asc(users.username));
    },
  };
}
