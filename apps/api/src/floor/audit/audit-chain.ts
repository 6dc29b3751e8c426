import { createHash } from 'node:crypto';
import { advisoryXactLock, schema, type DbOrTx } from '@skranke/db';
import { desc, eq } from 'drizzle-orm';

export interface AuditEntry {
  municipalityId: string;
  actorUserId?: string | null;
  actorDeviceId?: string | null;
  /** What happened, e.g. `auth.login`, `admin.user.update`. */
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Why: the errand or reason given by the staff member. */
  purpose?: string | null;
  details?: Record<string, unknown>;
}

export const GENESIS = '0'.repeat(64);

/**
 * JSON with object keys sorted at every depth, so a record hashes the same before it is stored and after jsonb
 * (which reorders keys) gives it back.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The hash a record carries: over its predecessor's hash and its own content, in a fixed field order. */
export function auditHash(prevHash: string, record: Required<AuditEntry> & { at: string }): string {
  const canonical = canonicalJson([
    prevHash,
    record.municipalityId,
    record.at,
    record.actorUserId,
    record.actorDeviceId,
    record.action,
    record.subjectType,
    record.subjectId,
    record.purpose,
    record.details,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends a record to the municipality's audit chain inside the caller's transaction, so the record exists exactly
 * when the audited change does. A transaction-scoped advisory lock per municipality keeps the chain linear.
 */
export async function appendAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  const t = schema.auditEvents;
  await advisoryXactLock(tx, `audit:${entry.municipalityId}`);
  const [last] = await tx.select({ hash: t.hash }).from(t).where(eq(t.municipalityId, entry.municipalityId)).orderBy(desc(t.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS;
  const record = {
    municipalityId: entry.municipalityId,
    actorUserId: entry.actorUserId ?? null,
    actorDeviceId: entry.actorDeviceId ?? null,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    purpose: entry.purpose ?? null,
    details: entry.details ?? {},
    at: new Date().toISOString(),
  };
  await tx.insert(t).values({ ...record, at: new Date(record.at), prevHash, hash: auditHash(prevHash, record) });
}

export interface ChainBreak {
  id: number;
  reason: 'prev-hash-mismatch' | 'hash-mismatch';
}

/** The action of the record retention leaves behind; its details let a shortened chain start where it now starts. */
export const RETENTION_ACTION = 'audit.retention';

/**
 * Where a chain may start: the genesis hash before its first record, or, after retention deleted a prefix, the
 * hash of the last deleted record before the first kept one, as the retention record (itself in the chain) says.
 */
function chainStarts(rows: Array<{ action: string; details: Record<string, unknown> }>): Map<number | null, string[]> {
  const starts = new Map<number | null, string[]>([[null, [GENESIS]]]);
  for (const row of rows) {
    const { firstKeptId, lastDeletedHash } = row.details;
    if (row.action !== RETENTION_ACTION || typeof firstKeptId !== 'number' || typeof lastDeletedHash !== 'string') continue;
    starts.set(firstKeptId, [...(starts.get(firstKeptId) ?? []), lastDeletedHash]);
  }
  return starts;
}

/** Recomputes a municipality's chain in order; returns the first record where it breaks, or null when intact. */
export async function verifyAuditChain(db: DbOrTx, municipalityId: string): Promise<ChainBreak | null> {
  const t = schema.auditEvents;
  const rows = await db.select().from(t).where(eq(t.municipalityId, municipalityId)).orderBy(t.id);
  const starts = chainStarts(rows);
  let prev: string | null = null;
  for (const row of rows) {
    if (prev === null) {
      const allowed = [...starts.get(null)!, ...(starts.get(row.id) ?? [])];
      if (!allowed.includes(row.prevHash)) return { id: row.id, reason: 'prev-hash-mismatch' };
    } else if (row.prevHash !== prev) {
      return { id: row.id, reason: 'prev-hash-mismatch' };
    }
    const expected = auditHash(row.prevHash, {
      municipalityId: row.municipalityId,
      actorUserId: row.actorUserId,
      actorDeviceId: row.actorDeviceId,
      action: row.action,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      purpose: row.purpose,
      details: row.details,
      at: row.at.toISOString(),
    });
    if (row.hash !== expected) return { id: row.id, reason: 'hash-mismatch' };
    prev = row.hash;
  }
  return null;
}
