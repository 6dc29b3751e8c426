import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import type { As } from './queue-helpers.ts';

// Administration → notices and head start (issue 12): appointment_settings as an admin reads and sets it.

let ctx: TestContext;
let admin: As;
let lars: As;

const URL = '/api/admin/notification-settings';
const audits = () =>
  ctx.owner
    .select()
    .from(schema.auditEvents)
    .where(
      and(eq(schema.auditEvents.action, 'config.notification-settings.update'), eq(schema.auditEvents.municipalityId, DEMO.aarhus.id)),
    );

beforeAll(async () => {
  ctx = await build();
  admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  await ctx.owner.delete(schema.appointmentSettings).where(eq(schema.appointmentSettings.municipalityId, DEMO.aarhus.id));
}, 60_000);
afterAll(() => ctx.close());

describe('getNotificationSettings / putNotificationSettings', () => {
  it('reads the defaults when the municipality has no row: notices off, 15 minutes, within [3, the fairness bound]', async () => {
    const response = await admin({ method: 'GET', url: URL });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ notificationsEnabled: false, headStartMinutes: 15, minHeadStartMinutes: 3, maxHeadStartMinutes: 15 });
  });

  it('sets both values and audits what changed, before and after', async () => {
    const response = await admin({ method: 'PUT', url: URL, payload: { notificationsEnabled: true, headStartMinutes: 10 } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ notificationsEnabled: true, headStartMinutes: 10 });
    expect((await admin({ method: 'GET', url: URL })).json()).toMatchObject({ notificationsEnabled: true, headStartMinutes: 10 });
    const [record] = await audits();
    expect(record!.actorUserId).toBe(DEMO.users.admin);
    expect(record!.details).toMatchObject({
      before: { notificationsEnabled: false, headStartMinutes: 15 },
      after: { notificationsEnabled: true, headStartMinutes: 10 },
    });
    // Nothing changed: no second record.
    await admin({ method: 'PUT', url: URL, payload: { notificationsEnabled: true, headStartMinutes: 10 } });
    expect(await audits()).toHaveLength(1);
  });

  it('refuses a head start below 3 minutes or above the fairness bound, and changes nothing', async () => {
    const low = await admin({ method: 'PUT', url: URL, payload: { notificationsEnabled: false, headStartMinutes: 2 } });
    expectProblem(low, 400);
    const high = await admin({ method: 'PUT', url: URL, payload: { notificationsEnabled: false, headStartMinutes: 16 } });
    const problem = expectProblem(high, 400);
    expect(problem.code).toBe('invalid-config');
    expect(problem.errors).toEqual([{ pointer: '/body/headStartMinutes', detail: expect.stringContaining('15 minutter') }]);
    expect((await admin({ method: 'GET', url: URL })).json()).toMatchObject({ notificationsEnabled: true, headStartMinutes: 10 });
  });

  it('follows a lowered fairness bound: the maximum and the head start read as clamped to it', async () => {
    const rules = await admin({ method: 'PATCH', url: '/api/admin/config/rules', payload: { fairnessBoundMinutes: 8 } });
    expect(rules.statusCode, rules.body).toBe(200);
    expect((await admin({ method: 'GET', url: URL })).json()).toMatchObject({ headStartMinutes: 8, maxHeadStartMinutes: 8 });
    expectProblem(await admin({ method: 'PUT', url: URL, payload: { notificationsEnabled: true, headStartMinutes: 9 } }), 400);
    await admin({ method: 'PATCH', url: '/api/admin/config/rules', payload: { fairnessBoundMinutes: 15 } });
  });

  it('is for admins: a lead gets 403', async () => {
    expectProblem(await lars({ method: 'GET', url: URL }), 403);
    expectProblem(await lars({ method: 'PUT', url: URL, payload: { notificationsEnabled: false, headStartMinutes: 5 } }), 403);
  });

  it("touches only the admin's own municipality", async () => {
    const [vejle] = await ctx.owner
      .select()
      .from(schema.appointmentSettings)
      .where(eq(schema.appointmentSettings.municipalityId, DEMO.vejle.id));
    expect(vejle?.notificationsEnabled ?? false).toBe(false);
  });
});
