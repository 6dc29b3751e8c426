import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { withSessionAdvisoryLock } from './advisory-lock.ts';
import * as schema from './schema/index.ts';

export { schema };
export type Database = NodePgDatabase<typeof schema>;
/** A transaction handle; repositories accept it wherever they accept the database. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DbOrTx = Database | Tx;

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface ConnectOptions {
  max?: number;
  /**
   * Limits for a serving process, so that no request hangs when PostgreSQL is slow or frozen: PostgreSQL cancels a
   * statement after `statementMs` and ends a session left idle inside a transaction after `idleInTransactionMs`; the
   * client gives up on a query after `queryMs` (it also fires when the server is frozen and cannot cancel anything).
   * Off for migrations and maintenance commands, which may run long.
   */
  timeouts?: { statementMs: number; queryMs: number; idleInTransactionMs: number };
  /** How long to wait for a connection (also from the pool); default 5 s. */
  connectionTimeoutMs?: number;
}

/** The timeouts the API's pool uses unless told otherwise (docs/operations.md). */
export const SERVING_TIMEOUTS = { statementMs: 5_000, queryMs: 6_000, idleInTransactionMs: 10_000 } as const;

export function connectDatabase(connectionString: string, options: ConnectOptions = {}): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
    keepAlive: true,
    ...(options.timeouts && {
      statement_timeout: options.timeouts.statementMs,
      query_timeout: options.timeouts.queryMs,
      idle_in_transaction_session_timeout: options.timeouts.idleInTransactionMs,
    }),
  });
  // An idle client losing its connection (e.g. Postgres restarting) must not crash the process.
  pool.on('error', () => {});
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}

/** The advisory lock key migrations run under (any fixed bigint; "skranke-migrate"). */
export const MIGRATION_LOCK_KEY = 0x736b72616e6b65n;

/**
 * Applies every committed migration not yet applied. Safe to run on each start, also by several processes starting
 * at once: they take turns under a session-level advisory lock, and each later one finds nothing left to apply.
 */
export async function runMigrations(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await withSessionAdvisoryLock(client, MIGRATION_LOCK_KEY, () =>
      migrate(drizzle(client, { schema, casing: 'snake_case' }), { migrationsFolder: MIGRATIONS_FOLDER }),
    );
  } finally {
    await client.end();
  }
}
export { advisoryXactLock, trySessionAdvisoryLock, withSessionAdvisoryLock, type AdvisoryLockKey } from './advisory-lock.ts';
export { hashPassword, verifyPassword, dummyPasswordHash } from './passwords.ts';
export { APP_ROLE, appRoleUrl, canCreateRoles, grantAppPrivileges, setUpAppRole } from './app-role.ts';
