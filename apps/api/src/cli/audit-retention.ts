/**
 * `pnpm audit:retention`: deletes audit records past their retention period, per municipality, and records that it
 * did (see modules/audit/retention.ts for the rule). Connects as the database owner, the one role allowed to delete.
 * Run it daily (cron, systemd timer). Exit code 0 on success, also when nothing was due.
 */
import { connectDatabase, runMigrations, schema } from '@skranke/db';
import { applyRetention, retentionPolicyFromEnv } from '../modules/audit/retention.ts';
import { resolveDatabase } from '../runtime.ts';

const policy = retentionPolicyFromEnv();
const database = await resolveDatabase((m) => console.log(m));
try {
  await runMigrations(database.url);
  const handle = connectDatabase(database.url, { max: 1 });
  try {
    console.log(`Opbevaring: afgørelser m.m. ${policy.decisionsYears} år, opslag ${policy.lookupsMonths} måneder.`);
    const municipalities = await handle.db.select().from(schema.municipalities).orderBy(schema.municipalities.code);
    for (const m of municipalities) {
      const result = await applyRetention(handle.db, m.id, policy);
      console.log(`${m.name} (${m.code}): ${result.deleted} poster slettet`);
    }
  } finally {
    await handle.close();
  }
} finally {
  await database.stop();
}
