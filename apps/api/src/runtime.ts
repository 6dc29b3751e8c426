/**
 * Where the database comes from at run time: DATABASE_URL (or PGHOST & co.) when set, otherwise an embedded
 * PostgreSQL whose data lives under SKRANKE_DATA_DIR (default `.data/` in the checkout). Every variable is read
 * through env-config.ts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canCreateRoles, setUpAppRole } from '@skranke/db';
import { ensureDatabase, startEmbeddedPostgres } from '@skranke/db/embedded';
import { EnvConfigError, parseEnvConfig, type EnvConfig } from './env-config.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EMBEDDED_DATABASE = 'skranke';

/** The process's configuration (see env-config.ts); throws EnvConfigError naming every bad variable. */
export function loadEnvConfig(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  return parseEnvConfig(env, REPO_ROOT);
}

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function resolveDatabase(log: (message: string) => void, config: EnvConfig = loadEnvConfig()): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  const port = config.pgPort;
  log(`Starter indbygget PostgreSQL (data i ${config.dataDir}, port ${port}) …`);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(config.dataDir, 'postgres'),
    port,
    restartOnCrash: true,
    onRestart: log,
  });
  await ensureDatabase(server, EMBEDDED_DATABASE);
  return { url: server.url(EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}

/**
 * SKRANKE_JWT_SECRET when set. Otherwise, for a local start only, a random secret kept in the data directory so
 * that sessions survive a restart. A production start without the variable is refused.
 */
export async function resolveJwtSecret(config: EnvConfig): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.production) {
    throw new EnvConfigError([
      'SKRANKE_JWT_SECRET: skal sættes (mindst 32 tegn) når NODE_ENV=production / must be set (at least 32 characters) when NODE_ENV=production',
    ]);
  }
  return localSecret(config.dataDir, 'jwt-secret');
}

/**
 * The connection the API's pool uses: the app role `skranke_app`, which may not edit the audit trail.
 * SKRANKE_APP_DATABASE_URL when set (a DBA created the role with db/sql/app-role.sql). Otherwise, when the owner may
 * create roles, the role is created or updated here with SKRANKE_APP_DB_PASSWORD, or locally a password kept in the
 * data directory. Failing both, the owner's own connection, with a loud warning.
 */
export async function resolveAppDatabaseUrl(ownerUrl: string, config: EnvConfig, warn: (message: string) => void): Promise<string> {
  if (config.appDatabaseUrl) return config.appDatabaseUrl;
  if (await canCreateRoles(ownerUrl)) {
    const fromEnv = config.appDbPassword;
    if (!fromEnv && config.production) {
      throw new EnvConfigError([
        'SKRANKE_APP_DB_PASSWORD: skal sættes (eller SKRANKE_APP_DATABASE_URL) når NODE_ENV=production / ' +
          'must be set (or SKRANKE_APP_DATABASE_URL) when NODE_ENV=production',
      ]);
    }
    return setUpAppRole(ownerUrl, fromEnv ?? (await localSecret(config.dataDir, 'app-db-password')));
  }
  warn('ADVARSEL: SKRANKE_APP_DATABASE_URL er ikke sat, og databasebrugeren må ikke oprette roller.');
  warn('ADVARSEL: API’et kører derfor som databasens ejer og KAN ændre og slette revisionssporet.');
  warn('ADVARSEL: Lad en DBA oprette rollen med db/sql/app-role.sql og sæt SKRANKE_APP_DATABASE_URL.');
  return ownerUrl;
}

/** A random secret kept in the data directory, for local starts: the same one after a restart. */
async function localSecret(dataDir: string, name: string): Promise<string> {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(48).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
