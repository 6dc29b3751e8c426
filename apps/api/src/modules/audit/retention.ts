/**
 * Audit retention. Records past their retention period are deleted as a PREFIX of each municipality's chain:
 * everything before the oldest record still under retention. An expired record behind a younger one is kept until
 * that one expires too, so the kept records remain one unbroken chain. The deletion is itself recorded (an
 * `audit.retention` record, appended as usual) with the hash of the last deleted record, from which
 * `verifyAuditChain` accepts the shortened chain's new start.
 */
import { advisoryXactLock, schema, type Database, type DbOrTx } from '@skranke/db';
import { and, asc, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit, RETENTION_ACTION } from '../../floor/audit/audit-chain.ts';

export const LOOKUP_RETENTION_MIN_MONTHS = 6;

export interface RetentionPolicy {
  /** Decisions and everything else that is not a look-up. */
  decisionsYears: number;
  /** Look-ups and reads; never below six months. */
  lookupsMonths: number;
}

export interface RetentionResult {
  municipalityId: string;
  deleted: number;
  firstKeptId: number | null;
}

const DECISIONS_ENV = 'SKRANKE_AUDIT_RETENTION_DECISIONS_YEARS';
const LOOKUPS_ENV = 'SKRANKE_AUDIT_RETENTION_LOOKUPS_MONTHS';
export const DEFAULT_RETENTION: RetentionPolicy = { decisionsYears: 5, lookupsMonths: LOOKUP_RETENTION_MIN_MONTHS };

/** Only the environment variables that are set: they override every municipality's configured periods. */
export function retentionOverrideFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<RetentionPolicy> {
  const whole = (name: string) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1 (was "${raw}").`);
    return value;
  };
  const decisionsYears = whole(DECISIONS_ENV);
  const lookupsMonths = whole(LOOKUPS_ENV);
  return {
    ...(decisionsYears !== undefined && { decisionsYears }),
    ...(lookupsMonths !== undefined && { lookupsMonths: Math.max(LOOKUP_RETENTION_MIN_MONTHS, lookupsMonths) }),
  };
}

/** Reads the policy from SKRANKE_AUDIT_RETENTION_DECISIONS_YEARS (default 5) and …_LOOKUPS_MONTHS (default 6). */
export function retentionPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): RetentionPolicy {
  return { ...DEFAULT_RETENTION, ...retentionOverrideFromEnv(env) };
}

/**
 * A municipality's policy: its `retention_settings` row (set by an admin under Regelværdier; no row means the
 * defaults), with any environment variable that is set taking precedence.
 */
export async function retentionPolicyFor(
  db: DbOrTx,
  municipalityId: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RetentionPolicy> {
  const [row] = await db
    .select({ decisionsYears: schema.retentionSettings.decisionsYears, lookupsMonths: schema.retentionSettings.lookupsMonths })
    .from(schema.retentionSettings)
    .where(eq(schema.retentionSettings.municipalityId, municipalityId));
  const configured = row
    ? { decisionsYears: row.decisionsYears, lookupsMonths: Math.max(LOOKUP_RETENTION_MIN_MONTHS, row.lookupsMonths) }
    : DEFAULT_RETENTION;
  return { ...configured, ...retentionOverrideFromEnv(env) };
}

const t = schema.auditEvents;

/** Look-ups and reads of personal data, and searches of the trail: the shorter retention period. */
export function isLookupAction(action: string): boolean {
  return (
    action === 'citizen.lookup' ||
    action.startsWith('citizen.read') ||
    action === 'citizen.reveal-cpr' ||
    action.startsWith('citizen.access-log') ||
    action === 'audit.search'
  );
}

/** `isLookupAction` in SQL; keep the two in step. */
const lookupSql: SQL = sql`(${t.action} in ('citizen.lookup', 'citizen.reveal-cpr', 'audit.search')
  or ${t.action} like 'citizen.read%' or ${t.action} like 'citizen.access-log%')`;

function subtract(now: Date, { years = 0, months = 0 }: { years?: number; months?: number }): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months - 12 * years);
  return d;
}

/**
 * Applies the policy to one municipality's chain in one transaction, under the same lock as `appendAudit`.
 * Runs as the database owner: the API's role may not delete audit records.
 */
export async function applyRetention(
  db: Database,
  municipalityId: string,
  policy: RetentionPolicy,
  now = new Date(),
): Promise<RetentionResult> {
  const lookupsBefore = subtract(now, { months: Math.max(LOOKUP_RETENTION_MIN_MONTHS, policy.lookupsMonths) });
  const decisionsBefore = subtract(now, { years: policy.decisionsYears });
  return db.transaction(async (tx) => {
    await advisoryXactLock(tx, `audit:${municipalityId}`);
    const underRetention = or(
      and(lookupSql, sql`${t.at} >= ${lookupsBefore.toISOString()}`),
      and(sql`not ${lookupSql}`, sql`${t.at} >= ${decisionsBefore.toISOString()}`),
    );
    const [oldestKept] = await tx
      .select({ id: t.id })
      .from(t)
      .where(and(eq(t.municipalityId, municipalityId), underRetention))
      .orderBy(asc(t.id))
      .limit(1);
    const firstKeptId = oldestKept?.id ?? null;
    const expired = and(eq(t.municipalityId, municipalityId), firstKeptId === null ? undefined : lt(t.id, firstKeptId));
    const [lastDeleted] = await tx.select({ id: t.id, hash: t.hash }).from(t).where(expired).orderBy(desc(t.id)).limit(1);
    if (!lastDeleted) return { municipalityId, deleted: 0, firstKeptId };
    const deleted = await tx.delete(t).where(expired);
    await appendAudit(tx, {
      municipalityId,
      action: RETENTION_ACTION,
      details: {
        deleted: deleted.rowCount ?? 0,
        lastDeletedId: lastDeleted.id,
        lastDeletedHash: lastDeleted.hash,
        // Null when nothing was under retention: this record then starts the chain afresh from the genesis hash.
        firstKeptId,
        lookupsBefore: lookupsBefore.toISOString(),
        decisionsBefore: decisionsBefore.toISOString(),
      },
    });
    return { municipalityId, deleted: deleted.rowCount ?? 0, firstKeptId };
  });
}
