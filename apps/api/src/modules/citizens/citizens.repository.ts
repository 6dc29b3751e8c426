import { schema, type DbOrTx } from '@skranke/db';
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { CITIZEN_SUBJECT } from '../../floor/audit/citizen-audit.ts';

const { auditEvents, users, municipalities } = schema;

function accessLogQuery(db: DbOrTx, citizenId: string, after?: SQL) {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      purpose: auditEvents.purpose,
      purposeText: sql<string | null>`${auditEvents.details} ->> 'purposeText'`,
      staffName: users.name,
      staffUsername: users.username,
      municipalityCode: municipalities.code,
      municipalityName: municipalities.name,
    })
    .from(auditEvents)
    .innerJoin(municipalities, eq(municipalities.id, auditEvents.municipalityId))
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.subjectType, CITIZEN_SUBJECT), eq(auditEvents.subjectId, citizenId), after));
}

export type AccessLogRow = Awaited<ReturnType<typeof accessLogQuery>>[number];

/** Reads of the audit trail about citizens. Writes go through `appendAudit`. */
export function createCitizensRepository(db: DbOrTx) {
  return {
    /** Every audit record about one citizen, in every municipality's chain, oldest first. */
    accessLog: (citizenId: string, tx: DbOrTx = db) => accessLogQuery(tx, citizenId).orderBy(asc(auditEvents.at), asc(auditEvents.id)),

    /** The same records a page at a time, by id (keyset): for exports streamed while they are read. */
    accessLogPage: (citizenId: string, afterId: number, limit: number) =>
      accessLogQuery(db, citizenId, gt(auditEvents.id, afterId)).orderBy(asc(auditEvents.id)).limit(limit),
  };
}
