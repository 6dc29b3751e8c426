import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../src/cli/audit-retention.ts', import.meta.url));
let ctx: TestContext;

beforeAll(async () => {
  ctx = await build();
  const asAdmin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  // Aarhus keeps decisions 2 years; Vejle keeps the defaults (5 years).
  const response = await asAdmin({ method: 'PATCH', url: '/api/admin/config/rules', payload: { retentionDecisionsYears: 2 } });
  expect(response.statusCode).toBe(200);
  await login(ctx.app, 'mette');
  // Every sign-in so far, in both municipalities, dated three years back.
  await ctx.owner.execute(sql`delete from audit_events where action <> 'auth.login'`);
  await ctx.owner.execute(sql`update audit_events set at = now() - interval '3 years'`);
});
afterAll(() => ctx.close());

const logins = (municipalityId: string) =>
  ctx.owner
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.municipalityId, municipalityId), eq(schema.auditEvents.action, 'auth.login')));

describe('pnpm audit:retention with the periods an admin set', () => {
  it("applies each municipality's own period, prints it, and the environment overrides it", async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', cli], { env: { ...process.env, DATABASE_URL: ctx.database.url } });
    expect(stdout).toMatch(/Aarhus Kommune \(751\): afgørelser m\.m\. 2 år, opslag 6 måneder – 1 poster slettet/);
    expect(stdout).toMatch(/Vejle Kommune \(630\): afgørelser m\.m\. 5 år, opslag 6 måneder – 0 poster slettet/);
    expect(await logins(DEMO.aarhus.id)).toHaveLength(0);
    expect(await logins(DEMO.vejle.id)).toHaveLength(1);

    const overridden = await run(process.execPath, ['--import', 'tsx', cli], {
      env: { ...process.env, DATABASE_URL: ctx.database.url, SKRANKE_AUDIT_RETENTION_DECISIONS_YEARS: '1' },
    });
    expect(overridden.stdout).toContain('Miljøvariabler tilsidesætter');
    expect(overridden.stdout).toMatch(/Vejle Kommune \(630\): afgørelser m\.m\. 1 år, opslag 6 måneder – 1 poster slettet/);
    expect(await logins(DEMO.vejle.id)).toHaveLength(0);
  }, 90_000);
});
