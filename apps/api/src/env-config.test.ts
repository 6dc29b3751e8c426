import { describe, expect, it } from 'vitest';
import { EnvConfigError, parseEnvConfig, type EnvConfig } from './env-config.ts';

const ROOT = '/srv/skranke';
const SECRET = 'x'.repeat(32);
/** The least a production start needs. */
const PROD = { DATABASE_URL: 'postgres://skranke:pw@db:5432/skranke', SKRANKE_JWT_SECRET: SECRET };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    parseEnvConfig(env, ROOT);
    return [];
  } catch (error) {
    if (error instanceof EnvConfigError) return error.problems;
    throw error;
  }
}

describe('parseEnvConfig: accepted values', () => {
  const cases: Array<[string, NodeJS.ProcessEnv, Partial<EnvConfig>]> = [
    [
      'nothing set: a local development start on the embedded database',
      {},
      {
        embedded: true,
        nodeEnv: 'development',
        production: false,
        cookieSecure: false,
        demoData: true,
        port: 3000,
        host: '127.0.0.1',
        trustProxy: false,
        logLevel: 'info',
        dataDir: '/srv/skranke/.data',
        pgPort: 54329,
        webRoot: '/srv/skranke/apps/web/dist',
        maintenanceIntervalMinutes: 60,
        eventsRetentionDays: 7,
        bookingRateLimitPerMinute: 10,
      },
    ],
    [
      'an external database defaults to production, Secure cookies, no demo data',
      PROD,
      { embedded: false, nodeEnv: 'production', production: true, cookieSecure: true, demoData: false },
    ],
    [
      'NODE_ENV=test keeps cookies Secure and schedules no maintenance',
      { NODE_ENV: 'test' },
      { nodeEnv: 'test', cookieSecure: true, maintenanceIntervalMinutes: 0 },
    ],
    ['SKRANKE_COOKIE_SECURE=1 is true', { SKRANKE_COOKIE_SECURE: '1' }, { cookieSecure: true }],
    ['SKRANKE_COOKIE_SECURE=TRUE is true', { SKRANKE_COOKIE_SECURE: 'TRUE' }, { cookieSecure: true }],
    ['SKRANKE_COOKIE_SECURE=0 in development is false', { SKRANKE_COOKIE_SECURE: '0' }, { cookieSecure: false }],
    ['production with SKRANKE_COOKIE_SECURE=true', { ...PROD, SKRANKE_COOKIE_SECURE: 'true' }, { cookieSecure: true }],
    ['an empty value counts as unset', { SKRANKE_COOKIE_SECURE: '', PORT: '' }, { cookieSecure: false, port: 3000 }],
    ['SKRANKE_DEMO_DATA=0', { SKRANKE_DEMO_DATA: '0' }, { demoData: false }],
    ['SKRANKE_TRUST_PROXY=true trusts every hop', { SKRANKE_TRUST_PROXY: 'true' }, { trustProxy: true }],
    ['SKRANKE_TRUST_PROXY as the proxy address', { SKRANKE_TRUST_PROXY: '172.28.0.10' }, { trustProxy: ['172.28.0.10'] }],
    [
      'SKRANKE_TRUST_PROXY as a list with CIDR and IPv6',
      { SKRANKE_TRUST_PROXY: '10.0.0.0/8, ::1, fd00::/8' },
      { trustProxy: ['10.0.0.0/8', '::1', 'fd00::/8'] },
    ],
    ['PORT, HOST and LOG_LEVEL', { PORT: '8080', HOST: '0.0.0.0', LOG_LEVEL: 'warn' }, { port: 8080, host: '0.0.0.0', logLevel: 'warn' }],
    [
      'SKRANKE_MAINTENANCE_INTERVAL_MINUTES=0 turns the schedule off',
      { SKRANKE_MAINTENANCE_INTERVAL_MINUTES: '0' },
      { maintenanceIntervalMinutes: 0 },
    ],
    [
      'SKRANKE_BOOKING_RATE_LIMIT raises the public booking limit',
      { SKRANKE_BOOKING_RATE_LIMIT: '600' },
      { bookingRateLimitPerMinute: 600 },
    ],
    [
      'PGHOST and friends build the URL, a password with / @ # percent-encoded',
      { PGHOST: 'db', PGUSER: 'skranke', PGPASSWORD: 'a/b@c#d:e', PGDATABASE: 'skranke', SKRANKE_JWT_SECRET: SECRET },
      { databaseUrl: 'postgres://skranke:a%2Fb%40c%23d%3Ae@db:5432/skranke', embedded: false, production: true },
    ],
    ['DATABASE_URL wins over PGHOST', { ...PROD, PGHOST: 'elsewhere', PGUSER: 'u', PGDATABASE: 'd' }, { databaseUrl: PROD.DATABASE_URL }],
  ];
  it.each(cases)('%s', (_name, env, expected) => {
    expect(parseEnvConfig(env, ROOT)).toMatchObject(expected);
  });

  it('the built URL gives the password back exactly as pg reads it', () => {
    const password = 'p/ss w@rd#%?&=';
    const { databaseUrl } = parseEnvConfig(
      { PGHOST: 'db', PGUSER: 'skranke', PGPASSWORD: password, PGDATABASE: 'skranke', NODE_ENV: 'development' },
      ROOT,
    );
    expect(decodeURIComponent(new URL(databaseUrl!).password)).toBe(password);
  });
});

describe('parseEnvConfig: refused values name the variable, in Danish and English', () => {
  const cases: Array<[string, NodeJS.ProcessEnv, string]> = [
    [
      'SKRANKE_COOKIE_SECURE=yes',
      { SKRANKE_COOKIE_SECURE: 'yes' },
      'SKRANKE_COOKIE_SECURE="yes": skal være true eller false (1 eller 0) / must be true or false (1 or 0)',
    ],
    [
      'NODE_ENV=prod',
      { NODE_ENV: 'prod' },
      'NODE_ENV="prod": skal være en af development, production, test / must be one of development, production, test',
    ],
    [
      'production with cookies not Secure',
      { ...PROD, SKRANKE_COOKIE_SECURE: 'false' },
      'SKRANKE_COOKIE_SECURE=false: ikke tilladt når NODE_ENV=production',
    ],
    ['production with SKRANKE_COOKIE_SECURE=0', { ...PROD, NODE_ENV: 'production', SKRANKE_COOKIE_SECURE: '0' }, 'must be Secure'],
    [
      'a short JWT secret, not echoed',
      { SKRANKE_JWT_SECRET: 'short' },
      'SKRANKE_JWT_SECRET="…": skal være mindst 32 tegn / must be at least 32 characters',
    ],
    ['PORT=abc', { PORT: 'abc' }, 'PORT="abc": skal være et helt tal fra 1 til 65535 / must be a whole number from 1 to 65535'],
    ['PORT=70000', { PORT: '70000' }, 'PORT="70000"'],
    ['SKRANKE_PG_PORT=-1', { SKRANKE_PG_PORT: '-1' }, 'SKRANKE_PG_PORT="-1"'],
    ['SKRANKE_DEMO_DATA=ja', { SKRANKE_DEMO_DATA: 'ja' }, 'SKRANKE_DEMO_DATA="ja"'],
    ['LOG_LEVEL=verbose', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL="verbose": skal være en af fatal, error, warn, info, debug, trace, silent'],
    [
      'SKRANKE_TRUST_PROXY=yes',
      { SKRANKE_TRUST_PROXY: 'yes' },
      'SKRANKE_TRUST_PROXY="yes": skal være true, false eller en kommasepareret liste',
    ],
    ['SKRANKE_TRUST_PROXY with a bad range', { SKRANKE_TRUST_PROXY: '10.0.0.0/33' }, 'invalid: 10.0.0.0/33'],
    ['DATABASE_URL not a URL', { DATABASE_URL: 'postgres://skranke:a/b@db/skranke' }, 'DATABASE_URL: skal være en postgres://-adresse'],
    ['DATABASE_URL of another kind', { DATABASE_URL: 'mysql://db/skranke' }, 'DATABASE_URL: skal være en postgres://-adresse'],
    [
      'SKRANKE_APP_DATABASE_URL not a URL',
      { SKRANKE_APP_DATABASE_URL: 'skranke_app@db' },
      'SKRANKE_APP_DATABASE_URL: skal være en postgres://-adresse',
    ],
    ['PGHOST without PGUSER', { PGHOST: 'db', PGDATABASE: 'skranke' }, 'PGHOST: kræver også PGUSER og PGDATABASE'],
    ['SKRANKE_EVENTS_RETENTION_DAYS=0', { SKRANKE_EVENTS_RETENTION_DAYS: '0' }, 'SKRANKE_EVENTS_RETENTION_DAYS="0"'],
    ['SKRANKE_BOOKING_RATE_LIMIT=0', { SKRANKE_BOOKING_RATE_LIMIT: '0' }, 'SKRANKE_BOOKING_RATE_LIMIT="0": skal være et helt tal fra 1'],
    [
      'SKRANKE_MAINTENANCE_INTERVAL_MINUTES=hourly',
      { SKRANKE_MAINTENANCE_INTERVAL_MINUTES: 'hourly' },
      'SKRANKE_MAINTENANCE_INTERVAL_MINUTES="hourly"',
    ],
    [
      'SKRANKE_AUDIT_RETENTION_LOOKUPS_MONTHS=six',
      { SKRANKE_AUDIT_RETENTION_LOOKUPS_MONTHS: 'six' },
      'SKRANKE_AUDIT_RETENTION_LOOKUPS_MONTHS="six"',
    ],
  ];
  it.each(cases)('%s', (_name, env, message) => {
    const problems = problemsOf(env);
    expect(problems.join('\n')).toContain(message);
  });

  it('lists every bad variable at once', () => {
    expect(problemsOf({ NODE_ENV: 'prod', PORT: 'x', SKRANKE_COOKIE_SECURE: 'on' })).toHaveLength(3);
  });
});
