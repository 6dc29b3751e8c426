import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LocalOutboxNotificationSender } from '../src/floor/notifications/notification-sender.ts';
import { runMaintenance } from '../src/modules/maintenance/maintenance.ts';
import { createTurnNearService } from '../src/modules/ticket-status/turn-near.service.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { issue, SERVICES, type As } from './queue-helpers.ts';

// "Send me an SMS when my turn is near" (issue 12): a walk-in's number on the ticket's public page, one SMS when at
// most three are ahead, the number gone when the ticket is finished or the day is over. The queue's clock: Tuesday
// 8 December 2026 from 10:00 in Copenhagen; the service day ends at midnight, 23:00 UTC.
const MORNING = new Date('2026-12-08T09:00:00Z');
const MIDNIGHT = '2026-12-08T23:00:00.000Z';
let now = MORNING;
let minute = 0;
const later = () => (now = new Date(now.getTime() + 1000));

let ctx: TestContext;
let lars: As;
let turnNear: ReturnType<typeof createTurnNearService>;
let address = 0;

async function setNotifications(enabled: boolean) {
  await ctx.owner
    .insert(schema.appointmentSettings)
    .values({ municipalityId: DEMO.aarhus.id, notificationsEnabled: enabled })
    .onConflictDoUpdate({ target: schema.appointmentSettings.municipalityId, set: { notificationsEnabled: enabled } });
}

async function linkFor(ticketId: string): Promise<string> {
  const response = await lars({ method: 'POST', url: `/api/tickets/${ticketId}/status-link` });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().token;
}
/** Each call from its own address unless told, so the rate limit is only met where a test means it. */
const notify = (token: string, payload: object, remoteAddress = `10.0.0.${++address}`) =>
  ctx.app.inject({ method: 'POST', url: `/api/public/ticket-status/${token}/notify`, payload, remoteAddress });
const cancel = (ticketId: string) =>
  lars({ method: 'POST', url: `/api/tickets/${ticketId}/cancel`, payload: { expectedVersion: 1, reason: 'Gik igen' } });
const subscriptionOf = async (ticketId: string) =>
  (await ctx.owner.select().from(schema.ticketTurnNear).where(eq(schema.ticketTurnNear.ticketId, ticketId)))[0];
const smsFor = (ticketId: string) =>
  ctx.owner
    .select()
    .from(schema.notificationOutbox)
    .where(and(eq(schema.notificationOutbox.ticketId, ticketId), eq(schema.notificationOutbox.kind, 'turn_near')));

/** `count` waiting tickets for the service, one after another; the last one's token. */
async function queueOf(serviceId: string, count: number) {
  const tickets = [];
  for (let i = 0; i < count; i++) {
    later();
    tickets.push((await issue(lars, serviceId)).ticket);
  }
  return { tickets, last: tickets.at(-1)!, token: await linkFor(tickets.at(-1)!.id) };
}

beforeAll(async () => {
  ctx = await build({ queueClock: () => now });
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  turnNear = createTurnNearService(ctx.app.db, () => now, new LocalOutboxNotificationSender());
  await setNotifications(true);
}, 60_000);
afterAll(() => ctx.close());
beforeEach(() => {
  now = new Date(MORNING.getTime() + ++minute * 60_000);
});

describe('subscribeTicketNotification', () => {
  it('stores the number as +45 and eight digits against the ticket until midnight, and answers it masked', async () => {
    const { last, token } = await queueOf(SERVICES.pas, 1);
    const response = await notify(token, { phone: '12 34 56 78', language: 'en' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ phone: '+45 •• •• 56 78', deletedBy: MIDNIGHT });
    expect(await subscriptionOf(last.id)).toMatchObject({
      phone: '+4512345678',
      language: 'en',
      sentAt: null,
      municipalityId: DEMO.aarhus.id,
      expiresAt: new Date(MIDNIGHT),
    });
    // A second request replaces the number: one per ticket.
    expect((await notify(token, { phone: '+45 8765 4321' })).statusCode).toBe(200);
    expect((await subscriptionOf(last.id))?.phone).toBe('+4587654321');
  });

  it('refuses a number that is not Danish, an unknown link, a finished ticket, and notices turned off', async () => {
    const { last, token } = await queueOf(SERVICES.pas, 1);
    const foreign = expectProblem(await notify(token, { phone: '+46 701234567' }), 400);
    expect(foreign.code).toBe('invalid-contact');
    expect(foreign.errors).toEqual([{ pointer: '/body/phone', detail: expect.any(String) }]);
    expect(expectProblem(await notify('x'.repeat(43), { phone: '12345678' }), 404).code).toBe('unknown-token');
    await setNotifications(false);
    expect(expectProblem(await notify(token, { phone: '12345678' }), 409).code).toBe('notifications-off');
    await setNotifications(true);
    await cancel(last.id);
    expect(expectProblem(await notify(token, { phone: '12345678' }), 409).code).toBe('ticket-closed');
    expect(await subscriptionOf(last.id)).toBeUndefined();
  });

  it('is rate-limited per address', async () => {
    const { token } = await queueOf(SERVICES.pas, 1);
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await notify(token, { phone: '12345678' }, '10.9.9.9')).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('the turn-near sweep', () => {
  it('sends one SMS once at most three are ahead, and never again', async () => {
    const { tickets, last, token } = await queueOf(SERVICES.koerekort, 5);
    expect((await notify(token, { phone: '22 33 44 55' })).statusCode).toBe(200);
    await turnNear.sweep(now);
    expect(await smsFor(last.id)).toEqual([]); // four ahead
    await cancel(tickets[0]!.id);
    await turnNear.sweep(now);
    const sent = await smsFor(last.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: 'sms', recipient: '+4522334455', municipalityId: DEMO.aarhus.id, subject: null });
    expect(sent[0]!.body).toContain(`nummer ${last.displayNumber}`);
    expect((await subscriptionOf(last.id))?.sentAt).toEqual(now);
    expect(await turnNear.sweep(now)).toBe(0);
    expect(await smsFor(last.id)).toHaveLength(1);
  });

  it('sends once when several processes sweep at the same time', async () => {
    const { last, token } = await queueOf(SERVICES.mitid, 2);
    await notify(token, { phone: '33445566', language: 'en' });
    const sent = await Promise.all([turnNear.sweep(now), turnNear.sweep(now), turnNear.sweep(now)]);
    expect(sent.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    const sms = await smsFor(last.id);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toContain(`Your turn is near`);
  });

  it('sends nothing while the municipality has notices off', async () => {
    const { last, token } = await queueOf(SERVICES.pas, 1);
    await notify(token, { phone: '44556677' });
    await setNotifications(false);
    try {
      await turnNear.sweep(now);
      expect(await smsFor(last.id)).toEqual([]);
      expect((await subscriptionOf(last.id))?.sentAt).toBeNull();
    } finally {
      await setNotifications(true);
    }
  });
});

describe('the number is deleted', () => {
  it('by the sweep once the ticket is finished, sent or not', async () => {
    const { last, token } = await queueOf(SERVICES.pas, 1);
    await notify(token, { phone: '55667788' });
    await cancel(last.id);
    await turnNear.sweep(now);
    expect(await subscriptionOf(last.id)).toBeUndefined();
  });

  it('by maintenance at the end of the service day (and not before)', async () => {
    const { last, token } = await queueOf(SERVICES.pas, 1);
    await notify(token, { phone: '66778899' });
    const evening = await runMaintenance(ctx.owner, { eventsRetentionDays: 7, now: new Date('2026-12-08T22:00:00Z'), env: {} });
    expect(evening.ran).toBe(true);
    expect(await subscriptionOf(last.id)).toBeDefined();
    const night = await runMaintenance(ctx.owner, { eventsRetentionDays: 7, now: new Date('2026-12-08T23:00:01Z'), env: {} });
    expect(night.turnNearNumbers).toBeGreaterThanOrEqual(1);
    expect(await ctx.owner.select().from(schema.ticketTurnNear)).toEqual([]);
  });
});
