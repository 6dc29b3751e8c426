/**
 * `pnpm audit:verify`: recomputes every municipality's audit hash chain and says where it breaks.
 * Exit code 0 when every chain is intact, 1 when one is broken (an edited, inserted or deleted record).
 */
import { connectDatabase, runMigrations, schema } from '@skranke/db';
import { verifyAuditChain } from '../floor/audit/audit-chain.ts';
import { resolveDatabase } from '../runtime.ts';

const database = await resolveDatabase((m) => console.log(m));
let broken = 0;
try {
  await runMigrations(database.url);
  const handle = connectDatabase(database.url, { max: 1 });
  try {
    const municipalities = await handle.db.select().from(schema.municipalities).orderBy(schema.municipalities.code);
    for (const m of municipalities) {
      const result = await verifyAuditChain(handle.db, m.id);
      if (result) {
        broken++;
        const why = result.reason === 'prev-hash-mismatch' ? 'posten før den mangler eller er ændret' : 'posten er ændret';
        console.log(`BRUDT  ${m.name} (${m.code}): kæden brydes ved post ${result.id} (${why})`);
      } else {
        console.log(`OK     ${m.name} (${m.code})`);
      }
    }
  } finally {
    await handle.close();
  }
} finally {
  await database.stop();
}
process.exit(broken > 0 ? 1 : 0);
