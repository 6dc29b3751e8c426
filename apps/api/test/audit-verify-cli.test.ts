import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, login, type TestContext } from './helpers.ts';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../src/cli/audit-verify.ts', import.meta.url));
let ctx: TestContext;

beforeAll(async () => {
  ctx = await build();
  await login(ctx.app, 'anna');
  await login(ctx.app, 'mette');
});
afterAll(() => ctx.close());

async function verify() {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', cli], { env: { ...process.env, DATABASE_URL: ctx.database.url } });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('pnpm audit:verify', () => {
  it('passes an intact trail and names the municipality and record where an SQL edit broke it', async () => {
    const intact = await verify();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('OK     Aarhus Kommune (751)');
    const [row] = (await ctx.app.db.execute(sql`select min(id) as id from audit_events where action = 'auth.login'`)).rows as Array<{
      id: string;
    }>;
    await ctx.owner.execute(sql`update audit_events set purpose = 'skjult' where id = ${row!.id}`);
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`BRUDT .*kæden brydes ved post ${row!.id} \\(posten er ændret\\)`));
  }, 60_000);
});
