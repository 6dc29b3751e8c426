/**
 * `pnpm maintenance`: one maintenance run (modules/maintenance/maintenance.ts) as the database owner, with a count
 * per step and municipality. Idempotent; safe beside running API processes (an advisory lock: when one of them is
 * running maintenance right now, this run skips and says so). Exit code 0 also when nothing was due, 1 on an error.
 */
import { connectDatabase, runMigrations } from '@skranke/db';
import { describeReport } from '../modules/maintenance/schedule.ts';
import { runMaintenance } from '../modules/maintenance/maintenance.ts';
import { loadEnvConfig, resolveDatabase } from '../runtime.ts';

const config = loadEnvConfig(); // a bad variable stops the command before it connects
const database = await resolveDatabase((m) => console.log(m), config);
try {
  await runMigrations(database.url);
  const handle = connectDatabase(database.url, { max: 2 });
  try {
    const report = await runMaintenance(handle.db, { eventsRetentionDays: config.eventsRetentionDays });
    for (const line of describeReport(report)) console.log(line);
  } finally {
    await handle.close();
  }
} finally {
  await database.stop();
}
