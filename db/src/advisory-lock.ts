import { sql, type SQL } from 'drizzle-orm';
import type pg from 'pg';
import type { DbOrTx } from './index.ts';

/**
 * An advisory lock key: a text, mapped into PostgreSQL's 64-bit lock space by `hashtextextended(text, 0)`, or a
 * fixed bigint. Every process that serialises on something must name it the same way.
 */
export type AdvisoryLockKey = string | bigint;

const keySql = (key: AdvisoryLockKey): SQL => (typeof key === 'bigint' ? sql`${key.toString()}::bigint` : sql`hashtextextended(${key}, 0)`);

const keyText = (key: AdvisoryLockKey) =>
  typeof key === 'bigint' ? { expression: '$1::bigint', value: key.toString() } : { expression: 'hashtextextended($1, 0)', value: key };

/**
 * Waits for the transaction-level lock on `key` and holds it until the transaction ends (commit or rollback), so
 * work on one key (an audit chain, a citizen's orders) runs one transaction at a time. Outside a transaction the
 * lock would be released at once: pass the transaction.
 */
export async function advisoryXactLock(tx: DbOrTx, key: AdvisoryLockKey): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${keySql(key)})`);
}

/**
 * Runs `work` under the session-level lock on `key`, taken on `client` (one connection, held for the whole run;
 * the work may use other connections) and released afterwards, also when `work` throws. Waits for the lock.
 */
export async function withSessionAdvisoryLock<T>(client: pg.ClientBase, key: AdvisoryLockKey, work: () => Promise<T>): Promise<T> {
  const { expression, value } = keyText(key);
  await client.query(`select pg_advisory_lock(${expression})`, [value]);
  try {
    return await work();
  } finally {
    await client.query(`select pg_advisory_unlock(${expression})`, [value]);
  }
}

/**
 * Like `withSessionAdvisoryLock`, but does not wait: when another session holds the lock, `work` does not run and
 * the result is `{ locked: false }`.
 */
export async function trySessionAdvisoryLock<T>(
  client: pg.ClientBase,
  key: AdvisoryLockKey,
  work: () => Promise<T>,
): Promise<{ locked: true; result: T } | { locked: false }> {
  const { expression, value } = keyText(key);
  const { rows } = await client.query<{ locked: boolean }>(`select pg_try_advisory_lock(${expression}) as locked`, [value]);
  if (!rows[0]?.locked) return { locked: false };
  try {
    return { locked: true, result: await work() };
  } finally {
    await client.query(`select pg_advisory_unlock(${expression})`, [value]);
  }
}
