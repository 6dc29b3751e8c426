import { schema } from '@skranke/db';
import { desc, eq } from 'drizzle-orm';
import type { TestContext } from './helpers.ts';

/** The newest audit record of an action, as the database holds it. */
export async function lastAudit(ctx: TestContext, action: string) {
  const [row] = await ctx.owner
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.action, action))
    .orderBy(desc(schema.auditEvents.id))
    .limit(1);
  return row;
}

/** Per field, the messages of a problem's `errors[]` (`/body/intervals/1/opens` → `intervals/1/opens`). */
export function problemFields(body: { errors?: { pointer: string; detail: string }[] }) {
  return Object.fromEntries((body.errors ?? []).map((e) => [e.pointer.replace(/^\/body\//, ''), e.detail]));
}
