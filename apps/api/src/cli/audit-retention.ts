/**
 * `pnpm audit:retention`: deletes audit records past their retention period, per municipality, and records that it
 * did (see modules/audit/retention.ts for the rule). Connects as the database owner, the one role allowed to delete.
 * Run it daily (cron, systemd timer). Exit code 0 on success, also when nothing was due. Each municipality's periods
 * come from its retention settings (Administration → Regelværdier); SKRANKE_AUDIT_RETENTION_DECISIONS_YEARS and
 * SKRANKE_AUDIT_RETENTION_LOOKUPS_MONTHS, when set, override them for every municipality.
 */
import { connectDatabase, runMigrations, schema } from '@skranke/db';
import { applyRetention, retentionOverrideFromEnv, retentionPolicyFor } from '../modules/audit/retention.ts';
import { resolveDatabase } from '../runtime.ts';

const override = retentionOverrideFromEnv(); // read first: a bad value stops the command before it connects
const database = await resolveDatabase((m) => console.log(m));
try {
  await runMigrations(database.url);
  const handle = connectDatabase(database.url, { max: 1 });
  try {
    if (Object.keys(override).length > 0)
      console.log(`Miljøvariabler tilsidesætter kommunernes indstillinger: ${JSON.stringify(override)}`);
    const municipalities = await handle.db.select().from(schema.municipalities).orderBy(schema.municipalities.code);
    for (const m of municipalities) {
      const policy = await retentionPolicyFor(handle.db, m.id);
      const result = await applyRetention(handle.db, m.id, policy);
      console.log(
        `${m.name} (${m.code}): afgørelser m.m. ${policy.decisionsYears} år, opslag ${policy.lookupsMonths} måneder – ${result.deleted} poster slettet`,
      );
    }
  } finally {
    await handle.close();
  }
} finally {
  await database.stop();
}
