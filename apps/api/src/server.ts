/** Starts Skranke: the database (embedded unless DATABASE_URL is set), migrations, demo data, then the API + SPA. */
import { redactConsole } from './redact-console.ts';
import { connectDatabase, runMigrations, schema } from '@skranke/db';
import { seedReferenceData } from '@skranke/db/reference-data';
import { DEMO_SIGN_INS, DEMO, isDemoDatabase, markForDemoData, seedDemoData } from '@skranke/db/seed';
import { sql } from 'drizzle-orm';
import { buildApp } from './app.ts';
import { EnvConfigError } from './env-config.ts';
import { runMaintenance } from './modules/maintenance/maintenance.ts';
import { describeReport, scheduleMaintenance, type MaintenanceSchedule } from './modules/maintenance/schedule.ts';
import { loadEnvConfig, resolveAppDatabaseUrl, resolveDatabase, resolveJwtSecret } from './runtime.ts';

// Every console line of the process goes through the same CPR redaction as the request logs.
redactConsole();
const say = (message: string) => console.log(`[skranke] ${message}`);

async function main() {
  // Every variable checked before anything starts (env-config.ts); a bad one names itself and stops the start.
  const config = loadEnvConfig();
  const database = await resolveDatabase(say, config);
  let stopping = false;
  const running: {
    app?: Awaited<ReturnType<typeof buildApp>>;
    maintenance?: MaintenanceSchedule;
    maintenanceDb?: ReturnType<typeof connectDatabase>;
  } = {};
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} modtaget – lukker ned …`);
    const timer = setTimeout(() => process.exit(1), 15_000);
    try {
      await running.maintenance?.stop();
      await running.maintenanceDb?.close();
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

  const demoWanted = config.demoData;
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
      say(
        '  pnpm user:create --username <navn> --name "<fulde navn>" --role admin --municipality-code <kode> --municipality-name "<kommune>"',
      );
    }
  } finally {
    await handle.close();
  }

  // Migrations and demo data above ran as the owner; the API itself runs as the app role.
  const appDatabaseUrl = await resolveAppDatabaseUrl(database.url, config, (m) => console.warn(`[skranke] ${m}`));
  const app = await buildApp({
    databaseUrl: appDatabaseUrl,
    jwtSecret: await resolveJwtSecret(config),
    webRoot: config.webRoot,
    logger: true,
    logLevel: config.logLevel,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    bookingRateLimitPerMinute: config.bookingRateLimitPerMinute,
  });
  const { port, host } = config;
  running.app = app;
  await app.listen({ port, host });
  if (stopping) return;
  // Retention and pruning as the owner (the app role may not delete audit records); every process schedules it,
  // the advisory lock lets one of them do it each time.
  if (config.maintenanceIntervalMinutes > 0) {
    running.maintenanceDb = connectDatabase(database.url, { max: 2 });
    const maintenanceDb = running.maintenanceDb.db;
    running.maintenance = scheduleMaintenance({
      intervalMinutes: config.maintenanceIntervalMinutes,
      run: () => runMaintenance(maintenanceDb, { eventsRetentionDays: config.eventsRetentionDays }),
      log: (report) => {
        if (report.ran) app.log.info({ maintenance: report.totals }, describeReport(report).join('; '));
      },
      fail: (error) => app.log.error({ err: error }, 'maintenance failed'),
    });
  }
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  say(`Skranke kører på http://${shown}:${port}  (API-dokumentation: http://${shown}:${port}/api/docs)`);
  if (demoWanted) {
    say(`Demo-logins (adgangskode "${DEMO.password}"):`);
    for (const u of DEMO_SIGN_INS) say(`  ${u.username.padEnd(6)} ${u.role.padEnd(8)} ${u.municipality}`);
  }
  say('Stop med Ctrl-C.');
}

main().catch((error) => {
  if (error instanceof EnvConfigError) {
    console.error(`[skranke] Kunne ikke starte / could not start. ${error.message}`);
    process.exit(1);
  }
  console.error('[skranke] Kunne ikke starte:', error);
  process.exit(1);
});
