/**
 * Every environment variable the API process reads, parsed once at start (docs/operations.md, "Configuration").
 * A value outside the documented ones stops the start with a message naming the variable, in Danish and English:
 * `SKRANKE_COOKIE_SECURE=yes` or `NODE_ENV=prod` must never quietly fall back to something less safe.
 * Empty values count as unset (compose's `${X:-}` gives an empty string).
 */
import { isIP } from 'node:net';
import path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
/** Fastify's `trustProxy`: off, every hop, or only these addresses / CIDR ranges. */
export type TrustProxy = boolean | string[];

export interface EnvConfig {
  port: number;
  host: string;
  /** The owner's connection: DATABASE_URL, or one built from PGHOST/PGUSER/PGPASSWORD/PGDATABASE/PGPORT. */
  databaseUrl: string | undefined;
  /** No external database: the embedded one is started. */
  embedded: boolean;
  dataDir: string;
  pgPort: number;
  jwtSecret: string | undefined;
  appDbPassword: string | undefined;
  appDatabaseUrl: string | undefined;
  demoData: boolean;
  nodeEnv: NodeEnv;
  production: boolean;
  cookieSecure: boolean;
  trustProxy: TrustProxy;
  webRoot: string;
  logLevel: LogLevel;
  /** Minutes between the scheduled maintenance runs inside the API; 0 = not scheduled (the default under NODE_ENV=test). */
  maintenanceIntervalMinutes: number;
  /** Days a location's queue events (the SSE stream) are kept; today's are always kept. */
  eventsRetentionDays: number;
  /** Requests per minute and address to the public booking operations that write or take a code. */
  bookingRateLimitPerMinute: number;
}

export class EnvConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ugyldig konfiguration / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvConfigError';
  }
}

const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const TRUE = new Set(['true', '1']);
const FALSE = new Set(['false', '0']);

/** Parses `env`; throws EnvConfigError listing every bad variable. `repoRoot` anchors the default directories. */
export function parseEnvConfig(env: NodeJS.ProcessEnv, repoRoot: string): EnvConfig {
  const problems: string[] = [];
  const raw = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const bad = (name: string, value: string, da: string, en: string) => {
    problems.push(`${name}=${JSON.stringify(name.includes('SECRET') || name.includes('PASSWORD') ? '…' : value)}: ${da} / ${en}`);
  };

  const bool = (name: string): boolean | undefined => {
    const value = raw(name);
    if (value === undefined) return undefined;
    const lower = value.toLowerCase();
    if (TRUE.has(lower)) return true;
    if (FALSE.has(lower)) return false;
    bad(name, value, 'skal være true eller false (1 eller 0)', 'must be true or false (1 or 0)');
    return undefined;
  };

  const whole = (name: string, min: number, max: number): number | undefined => {
    const value = raw(name);
    if (value === undefined) return undefined;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    bad(name, value, `skal være et helt tal fra ${min} til ${max}`, `must be a whole number from ${min} to ${max}`);
    return undefined;
  };

  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const value = raw(name);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    bad(name, value, `skal være en af ${allowed.join(', ')}`, `must be one of ${allowed.join(', ')}`);
    return undefined;
  };

  const postgresUrl = (name: string): string | undefined => {
    const value = raw(name);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') return value;
    } catch {
      // reported below
    }
    problems.push(
      `${name}: skal være en postgres://-adresse (specialtegn i adgangskoden procent-kodet, eller brug PGHOST/PGUSER/PGPASSWORD/PGDATABASE) / ` +
        'must be a postgres:// URL (special characters in the password percent-encoded, or use PGHOST/PGUSER/PGPASSWORD/PGDATABASE)',
    );
    return undefined;
  };

  const databaseUrl = postgresUrl('DATABASE_URL') ?? databaseUrlFromParts(env, raw, whole, problems);
  const embedded = databaseUrl === undefined && raw('DATABASE_URL') === undefined;
  // A local start on the embedded database is development unless told otherwise; anything else is production.
  const nodeEnv = oneOf('NODE_ENV', NODE_ENVS) ?? (embedded ? 'development' : 'production');
  const production = nodeEnv === 'production';

  const cookieSecure = bool('SKRANKE_COOKIE_SECURE') ?? nodeEnv !== 'development';
  if (production && !cookieSecure) {
    problems.push(
      'SKRANKE_COOKIE_SECURE=false: ikke tilladt når NODE_ENV=production (refresh-cookien skal være Secure) / ' +
        'not allowed when NODE_ENV=production (the refresh cookie must be Secure)',
    );
  }

  const jwtSecret = raw('SKRANKE_JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    bad('SKRANKE_JWT_SECRET', jwtSecret, 'skal være mindst 32 tegn', 'must be at least 32 characters');
  }

  const config: EnvConfig = {
    port: whole('PORT', 1, 65535) ?? 3000,
    host: raw('HOST') ?? '127.0.0.1',
    databaseUrl,
    embedded,
    dataDir: path.resolve(raw('SKRANKE_DATA_DIR') ?? path.join(repoRoot, '.data')),
    pgPort: whole('SKRANKE_PG_PORT', 1, 65535) ?? 54329,
    jwtSecret,
    appDbPassword: raw('SKRANKE_APP_DB_PASSWORD'),
    appDatabaseUrl: postgresUrl('SKRANKE_APP_DATABASE_URL'),
    demoData: bool('SKRANKE_DEMO_DATA') ?? embedded,
    nodeEnv,
    production,
    cookieSecure,
    trustProxy: trustProxyOf(raw('SKRANKE_TRUST_PROXY'), problems),
    webRoot: path.resolve(raw('SKRANKE_WEB_ROOT') ?? path.join(repoRoot, 'apps/web/dist')),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS) ?? 'info',
    maintenanceIntervalMinutes: whole('SKRANKE_MAINTENANCE_INTERVAL_MINUTES', 0, 7 * 24 * 60) ?? (nodeEnv === 'test' ? 0 : 60),
    eventsRetentionDays: whole('SKRANKE_EVENTS_RETENTION_DAYS', 1, 3660) ?? 7,
    bookingRateLimitPerMinute: whole('SKRANKE_BOOKING_RATE_LIMIT', 1, 1_000_000) ?? 10,
  };
  // Read where they are used (modules/audit/retention.ts); checked here so a bad value stops the start too.
  whole('SKRANKE_AUDIT_RETENTION_DECISIONS_YEARS', 1, 100);
  whole('SKRANKE_AUDIT_RETENTION_LOOKUPS_MONTHS', 1, 1200);

  if (problems.length > 0) throw new EnvConfigError(problems);
  return config;
}

/**
 * PGHOST, PGUSER, PGPASSWORD, PGDATABASE and PGPORT (libpq's names) as a URL, each part percent-encoded: a password
 * with `/`, `@` or `#` works without anyone encoding it by hand. Used only when DATABASE_URL is unset.
 */
function databaseUrlFromParts(
  env: NodeJS.ProcessEnv,
  raw: (name: string) => string | undefined,
  whole: (name: string, min: number, max: number) => number | undefined,
  problems: string[],
): string | undefined {
  const host = raw('PGHOST');
  if (host === undefined) return undefined;
  const user = raw('PGUSER');
  const database = raw('PGDATABASE');
  const port = whole('PGPORT', 1, 65535) ?? 5432;
  if (user === undefined || database === undefined) {
    problems.push('PGHOST: kræver også PGUSER og PGDATABASE / needs PGUSER and PGDATABASE too');
    return undefined;
  }
  // The password is taken exactly as given (not trimmed): it is a secret, spaces included.
  const password = env.PGPASSWORD ?? '';
  const credentials = encodeURIComponent(user) + (password ? `:${encodeURIComponent(password)}` : '');
  const hostPart = isIP(host) === 6 ? `[${host}]` : host;
  return `postgres://${credentials}@${hostPart}:${port}/${encodeURIComponent(database)}`;
}

/** false/true (or 0/1), or a comma-separated list of IP addresses and CIDR ranges (e.g. the proxy's own address). */
function trustProxyOf(value: string | undefined, problems: string[]): TrustProxy {
  if (value === undefined) return false;
  const lower = value.toLowerCase();
  if (TRUE.has(lower)) return true;
  if (FALSE.has(lower)) return false;
  const entries = value.split(',').map((s) => s.trim());
  const valid = (entry: string) => {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    if (family === 0 || rest.length > 0) return false;
    if (prefix === undefined) return true;
    return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
  };
  const wrong = entries.filter((e) => !valid(e));
  if (wrong.length === 0) return entries;
  problems.push(
    `SKRANKE_TRUST_PROXY=${JSON.stringify(value)}: skal være true, false eller en kommasepareret liste af IP-adresser/CIDR (ugyldig: ${wrong.join(', ')}) / ` +
      `must be true, false or a comma-separated list of IP addresses/CIDR ranges (invalid: ${wrong.join(', ')})`,
  );
  return false;
}
