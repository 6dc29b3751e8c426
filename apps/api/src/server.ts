/** Starts Skranke: the database (embedded unless DATABASE_URL is set), migrations, demo data, then the API + SPA. */
import { redactConsole } from './redact-console.ts';
import path from 'node:path';
import { connectDatabase, runMigrations, schema } from '@skranke/db';
import { seedReferenceData } from '@skranke/db/reference-data';
import { DEMO_SIGN_INS, DEMO, isDemoDatabase, markForDemoData, seedDemoData } from '@skranke/db/seed';
import { sql } from 'drizzle-orm';
import { buildApp } from './app.ts';
import { REPO_ROOT, resolveAppDatabaseUrl, resolveDatabase, resolveJwtSecret } from './runtime.ts';

// Every console line of the process goes through the same CPR redaction as the request logs.
redactConsole();
const say = (message: string) => console.log(`[skranke] ${message}`);

async function main() {
  const database = await resolveDatabase(say);
  // A local start on the embedded database is development unless told otherwise.
  const nodeEnv = process.env.NODE_ENV ?? (database.embedded ? 'development' : 'production');
  const production = nodeEnv === 'production';
  let stopping = false;
  const running: { app?: Awaited<ReturnType<typeof buildApp>> } = {};
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} modtaget – lukker ned …`);
    const timer = setTimeout(() => process.exit(1), 15_000);
    try {
      await running.app?.close();
      await database.stop();
    } catch (error) {
      console.error(error);
    }
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await runMigrations(database.url);
  say('Databasen er migreret.');

  const demoWanted = (process.env.SKRANKE_DEMO_DATA ?? (database.embedded ? 'true' : 'false')) === 'true';
  const handle = connectDatabase(database.url, { max: 1 });
  try {
    // Every database, demo or not: the national fee tables this version ships (never overwriting one that exists).
    await seedReferenceData(handle.db);
    const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(schema.users);
    if (demoWanted && (row?.n ?? 0) === 0) {
      await markForDemoData(handle.db);
      await seedDemoData(handle.db);
      say('Demodata er indlæst.');
    } else if (demoWanted && (await isDemoDatabase(handle.db))) {
      await seedDemoData(handle.db); // repeatable: adds what a newer version of the demo data has
    } else if ((row?.n ?? 0) === 0) {
      say('Der er endnu ingen brugere. Opret den første administrator med:');
      say('  pnpm user:create --username <navn> --name "<fulde navn>" --role admin --municipality-code <kode> --municipality-name "<kommune>"');
    }
  } finally {
    await handle.close();
  }

  // Migrations and demo data above ran as the owner; the API itself runs as the app role.
  const appDatabaseUrl = await resolveAppDatabaseUrl(database.url, production, (m) => console.warn(`[skranke] ${m}`));
  const app = await buildApp({
    databaseUrl: appDatabaseUrl,
    jwtSecret: await resolveJwtSecret(production),
    webRoot: process.env.SKRANKE_WEB_ROOT ?? path.join(REPO_ROOT, 'apps/web/dist'),
    logger: true,
    logLevel: process.env.LOG_LEVEL ?? 'info',
    cookieSecure: (process.env.SKRANKE_COOKIE_SECURE ?? String(nodeEnv !== 'development')) === 'true',
    trustProxy: process.env.SKRANKE_TRUST_PROXY === 'true',
  });
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  running.app = app;
  await app.listen({ port, host });
  if (stopping) return;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  say(`Skranke kører på http://${shown}:${port}  (API-dokumentation: http://${shown}:${port}/api/docs)`);
  if (demoWanted) {
    say(`Demo-logins (adgangskode "${DEMO.password}"):`);
    for (const u of DEMO_SIGN_INS) say(`  ${u.username.padEnd(6)} ${u.role.padEnd(8)} ${u.municipality}`);
  }
  say('Stop med Ctrl-C.');
}

main().catch((error) => {
  console.error('[skranke] Kunne ikke starte:', error);
  process.exit(1);
});
