import { readFileSync } from 'node:fs';
import { MIGRATIONS_FOLDER, schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type TestContext } from './helpers.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await build();
});
afterAll(() => ctx.close());

/** Migration 0021 run again on a database put back as it was before it, holding cases without numbers. */
describe('migration 0021 numbers the cases that exist', () => {
  it('per municipality and Copenhagen year, in the order they were created, and sets the counters after them', async () => {
    const db = ctx.owner;
    await db.execute(sql`drop table case_number_counters`);
    await db.execute(sql`alter table cases drop column number`);
    await db.execute(sql`alter table self_service_decisions drop column appeal_period_count, drop column appeal_period_unit`);
    await db.execute(
      sql`alter table self_service_decision_areas drop column name_da, drop column udbetaling_danmark, drop column appeal_body`,
    );
    const person = DEMO_PERSONS.familyFather.id;
    const old = [
      // [municipality, created_at]: 23:30 UTC on 31 December is already the new year in Copenhagen.
      [DEMO.aarhus.id, '2025-03-01T10:00:00Z'],
      [DEMO.aarhus.id, '2025-12-31T23:30:00Z'],
      [DEMO.aarhus.id, '2025-01-15T10:00:00Z'],
      [DEMO.vejle.id, '2025-06-01T10:00:00Z'],
      [DEMO.aarhus.id, '2026-02-01T10:00:00Z'],
    ] as const;
    const ids: string[] = [];
    for (const [municipality, at] of old) {
      const rows = await db.execute<{ id: string }>(
        sql`insert into cases (municipality_id, person_id, type, status, created_by, updated_by, created_at)
            values (${municipality}, ${person}, 'passport', 'completed', ${DEMO.users.lars}, ${DEMO.users.lars}, ${at}) returning id`,
      );
      ids.push(rows.rows[0]!.id);
    }

    const migration = readFileSync(`${MIGRATIONS_FOLDER}/0021_case_numbers.sql`, 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await db.execute(sql.raw(statement));

    const numbers = Object.fromEntries(
      (await db.select({ id: schema.cases.id, number: schema.cases.number }).from(schema.cases)).map((r) => [r.id, r.number]),
    );
    expect(ids.map((id) => numbers[id])).toEqual(['2025-000002', '2026-000001', '2025-000001', '2025-000001', '2026-000002']);
    const counters = await db.select().from(schema.caseNumberCounters).orderBy(asc(schema.caseNumberCounters.year));
    expect(counters.filter((c) => c.municipalityId === DEMO.aarhus.id).map((c) => [c.year, c.lastSerial])).toEqual([
      [2025, 2],
      [2026, 2],
    ]);
    expect(counters.filter((c) => c.municipalityId === DEMO.vejle.id).map((c) => [c.year, c.lastSerial])).toEqual([[2025, 1]]);
    const [aarhus] = await db.select().from(schema.cases).where(eq(schema.cases.id, ids[0]!));
    expect(aarhus!.number).toBe('2025-000002');
  });
});
