import { schema } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendAppointmentConfirmation, type AppointmentNotice } from '../src/floor/notifications/appointment-notices.ts';
import { LocalOutboxNotificationSender, UndeliverableNotification } from '../src/floor/notifications/notification-sender.ts';
import { notificationsEnabled } from '../src/floor/notifications/notification-settings.ts';
import { runMaintenance } from '../src/modules/maintenance/maintenance.ts';
import { sendAppointmentReminders } from '../src/modules/notifications/appointment-reminders.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import type { As } from './queue-helpers.ts';

// Notifications (issue 12): the local outbox stands in for an SMS and e-mail gateway. The clock: Monday 7 December
// 2026, 10:00 in Copenhagen; "tomorrow" is Tuesday 8 December.
const MONDAY_10 = new Date('2026-12-07T09:00:00Z');
const TUESDAY_10_30 = new Date('2026-12-08T09:30:00Z');

let ctx: TestContext;
let lars: As;
const sender = new LocalOutboxNotificationSender();
const outboxOf = (municipalityId: string) =>
  ctx.owner.select().from(schema.notificationOutbox).where(eq(schema.notificationOutbox.municipalityId, municipalityId));

async function setNotifications(municipalityId: string, enabled: boolean) {
  await ctx.owner
    .insert(schema.appointmentSettings)
    .values({ municipalityId, notificationsEnabled: enabled })
    .onConflictDoUpdate({ target: schema.appointmentSettings.municipalityId, set: { notificationsEnabled: enabled } });
}

let seat = 0;
/** A booking written straight to the table (the booking service is not under test here). */
async function booking(values: Partial<typeof schema.appointments.$inferInsert> = {}) {
  const startsAt = values.startsAt ?? TUESDAY_10_30;
  const [row] = await ctx.owner
    .insert(schema.appointments)
    .values({
      municipalityId: DEMO.aarhus.id,
      locationId: DEMO.aarhus.dokk1,
      serviceId: DEMO_QUEUE.aarhusServices.pas,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 15 * 60_000),
      seat: ++seat,
      channel: 'public',
      codeHash: `hash-${seat}`,
      name: 'Testborger',
      phone: '+4512345678',
      ...values,
    })
    .returning();
  return row!;
}

beforeAll(async () => {
  ctx = await build();
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  await ctx.owner.delete(schema.notificationOutbox);
  // Whatever bookings the demo data holds are not this file's: they count as reminded already.
  await ctx.owner.update(schema.appointments).set({ reminderSentAt: MONDAY_10 });
  await setNotifications(DEMO.aarhus.id, false);
  await setNotifications(DEMO.vejle.id, false);
}, 60_000);
afterAll(() => ctx.close());

describe('NotificationSender: the local outbox', () => {
  it("writes in the caller's transaction: a rolled-back booking sends nothing", async () => {
    await ctx.app.db
      .transaction(async (tx) => {
        await sender.send(tx, {
          municipalityId: DEMO.aarhus.id,
          channel: 'sms',
          kind: 'confirmation',
          recipient: '+4511111111',
          body: 'x',
        });
        throw new Error('rolled back');
      })
      .catch(() => {});
    expect((await outboxOf(DEMO.aarhus.id)).filter((m) => m.recipient === '+4511111111')).toEqual([]);
  });

  it('sends an SMS only to a +45 number, an e-mail only to an address', async () => {
    const message = { municipalityId: DEMO.aarhus.id, kind: 'confirmation', body: 'x' } as const;
    await expect(sender.send(ctx.app.db, { ...message, channel: 'sms', recipient: '+46701234567' })).rejects.toBeInstanceOf(
      UndeliverableNotification,
    );
    await expect(sender.send(ctx.app.db, { ...message, channel: 'sms', recipient: '12345678' })).rejects.toBeInstanceOf(
      UndeliverableNotification,
    );
    await expect(sender.send(ctx.app.db, { ...message, channel: 'email', recipient: 'ikke-en-adresse' })).rejects.toBeInstanceOf(
      UndeliverableNotification,
    );
  });
});

describe('appointment confirmation', () => {
  // Three weeks ahead: no reminder is due for these.
  const later = { startsAt: new Date('2026-12-29T09:30:00Z') };
  const notice = (overrides: Partial<AppointmentNotice> = {}): AppointmentNotice & { code: string } => ({
    municipalityId: DEMO.aarhus.id,
    appointmentId: '',
    language: 'da',
    startsAt: TUESDAY_10_30,
    locationName: 'Borgerservice Dokk1',
    serviceNameDa: 'Pas',
    serviceNameEn: 'Passport',
    bringTextDa: 'Gammelt pas',
    bringTextEn: 'Old passport',
    phone: '+45 2233 4455',
    email: 'borger@example.dk',
    code: 'K7MQ-4XR2',
    ...overrides,
  });

  it('is off unless the municipality turned notifications on', async () => {
    const appointment = await booking(later);
    expect(await notificationsEnabled(ctx.app.db, DEMO.aarhus.id)).toBe(false);
    expect(await sendAppointmentConfirmation(ctx.app.db, sender, notice({ appointmentId: appointment.id }))).toBe(0);
    expect((await outboxOf(DEMO.aarhus.id)).filter((m) => m.appointmentId === appointment.id)).toEqual([]);
  });

  it('goes by SMS (the number as stored, +45) and by e-mail (with a subject) when notifications are on', async () => {
    await setNotifications(DEMO.aarhus.id, true);
    const appointment = await booking(later);
    expect(await sendAppointmentConfirmation(ctx.app.db, sender, notice({ appointmentId: appointment.id }))).toBe(2);
    const sent = (await outboxOf(DEMO.aarhus.id)).filter((m) => m.appointmentId === appointment.id);
    expect(sent.map((m) => [m.channel, m.kind, m.recipient, m.subject !== null]).sort()).toEqual([
      ['email', 'confirmation', 'borger@example.dk', true],
      ['sms', 'confirmation', '+4522334455', false],
    ]);
    expect(sent[0]!.body).toContain('K7MQ-4XR2');
    expect(sent[0]!.body).toContain('tirsdag den 8. december 2026 kl. 10.30');
    // A foreign number gets no SMS (and the e-mail still goes).
    expect(await sendAppointmentConfirmation(ctx.app.db, sender, notice({ appointmentId: appointment.id, phone: '+46701234567' }))).toBe(1);
    await setNotifications(DEMO.aarhus.id, false);
  });
});

describe('sendAppointmentReminders: the day before', () => {
  it("reminds tomorrow's booked citizens with a contact, in municipalities with notifications on, once", async () => {
    await setNotifications(DEMO.aarhus.id, true);
    const due = await booking({ language: 'en', email: 'reader@example.dk' });
    const early = await booking({ startsAt: new Date('2026-12-07T23:00:00Z') }); // 00:00 Tuesday, local
    const cancelled = await booking({ status: 'cancelled', cancelledAt: MONDAY_10 });
    const noContact = await booking({ phone: null });
    const dayAfter = await booking({ startsAt: new Date('2026-12-09T09:30:00Z') });
    const vejle = await booking({
      municipalityId: DEMO.vejle.id,
      locationId: DEMO.vejle.raadhus,
      serviceId: DEMO_QUEUE.vejleServices.pas,
    });

    // Before 09:00 on the day before nothing goes out (no SMS in the night).
    expect(await sendAppointmentReminders(ctx.app.db, sender, new Date('2026-12-07T06:30:00Z'))).toBe(0);

    expect(await sendAppointmentReminders(ctx.app.db, sender, MONDAY_10)).toBe(3);
    const reminders = (await outboxOf(DEMO.aarhus.id)).filter((m) => m.kind === 'reminder');
    expect(reminders.map((m) => [m.appointmentId, m.channel]).sort()).toEqual(
      [
        [due.id, 'email'],
        [due.id, 'sms'],
        [early.id, 'sms'],
      ].sort(),
    );
    const english = reminders.find((m) => m.channel === 'email')!;
    expect(english.subject).toBe('Reminder: Passport tomorrow');
    expect(english.body).toContain('tomorrow, Tuesday 8 December 2026 at 10:30');

    // Idempotent: a second run (or another process's) sends nothing again.
    expect(await sendAppointmentReminders(ctx.app.db, sender, new Date(MONDAY_10.getTime() + 3_600_000))).toBe(0);
    const marked = await ctx.owner
      .select({ id: schema.appointments.id, at: schema.appointments.reminderSentAt })
      .from(schema.appointments)
      .where(gt(schema.appointments.seat, 0));
    const at = new Map(marked.map((r) => [r.id, r.at]));
    expect(at.get(due.id)).toEqual(MONDAY_10);
    for (const untouched of [cancelled, noContact, dayAfter, vejle]) expect(at.get(untouched.id)).toBeNull();
    expect(await outboxOf(DEMO.vejle.id)).toEqual([]);
    await setNotifications(DEMO.aarhus.id, false);
  });

  it('runs with the maintenance schedule', async () => {
    await setNotifications(DEMO.vejle.id, true);
    const wednesday = await booking({
      municipalityId: DEMO.vejle.id,
      locationId: DEMO.vejle.raadhus,
      serviceId: DEMO_QUEUE.vejleServices.pas,
      startsAt: new Date('2026-12-09T08:00:00Z'),
    });
    const tuesday10 = new Date('2026-12-08T09:00:00Z');
    const report = await runMaintenance(ctx.owner, { eventsRetentionDays: 7, now: tuesday10, env: {} });
    expect(report.appointmentReminders).toBe(1);
    expect((await outboxOf(DEMO.vejle.id)).map((m) => [m.appointmentId, m.kind])).toEqual([[wednesday.id, 'reminder']]);
    expect((await runMaintenance(ctx.owner, { eventsRetentionDays: 7, now: tuesday10, env: {} })).appointmentReminders).toBe(0);
    await setNotifications(DEMO.vejle.id, false);
  });
});

describe('listNotificationOutbox', () => {
  // The maintenance runs above, on a clock a day ahead, ended every session that expires before it.
  beforeAll(async () => {
    lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  });

  it("shows a lead the municipality's latest messages, newest first, and audits each read", async () => {
    const outbox = await lars({ method: 'GET', url: '/api/notifications/outbox' });
    expect(outbox.statusCode, outbox.body).toBe(200);
    const items = outbox.json().items as Array<{ id: string; recipient: string; createdAt: string }>;
    const aarhus = await outboxOf(DEMO.aarhus.id);
    expect(items.length).toBe(aarhus.length);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(aarhus.map((m) => m.id)));
    const times = items.map((i) => i.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    // Vejle's messages are Vejle's.
    const vejleIds = new Set((await outboxOf(DEMO.vejle.id)).map((m) => m.id));
    expect(vejleIds.size).toBeGreaterThan(0);
    expect(items.some((i) => vejleIds.has(i.id))).toBe(false);

    const records = await ctx.owner
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.action, 'notifications.outbox-read'), eq(schema.auditEvents.actorUserId, DEMO.users.lars)));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ municipalityId: DEMO.aarhus.id, details: { entries: items.length } });
    await lars({ method: 'GET', url: '/api/notifications/outbox' });
    const after = await ctx.owner.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, 'notifications.outbox-read'));
    expect(after).toHaveLength(2);
  });

  it('shows at most the latest 200', async () => {
    await ctx.owner.insert(schema.notificationOutbox).values(
      Array.from({ length: 210 }, (_, i) => ({
        municipalityId: DEMO.aarhus.id,
        channel: 'sms' as const,
        kind: 'reminder' as const,
        recipient: '+4599999999',
        body: `nr. ${i}`,
        createdAt: new Date(Date.UTC(2030, 0, 1, 0, i)),
      })),
    );
    const items = (await lars({ method: 'GET', url: '/api/notifications/outbox' })).json().items as Array<{ body: string }>;
    expect(items).toHaveLength(200);
    expect(items[0]!.body).toBe('nr. 209');
  });

  it('is for leads: counter staff get 403', async () => {
    const anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
    expectProblem(await anna({ method: 'GET', url: '/api/notifications/outbox' }), 403);
  });
});
