import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS, DEMO_QUEUE, DEMO_REFERRAL_AUTHORITIES } from '@skranke/db/seed';
import { addLocalDays, DEFAULT_CONTACT_TOPICS, serviceDay } from '@skranke/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import type { As } from './queue-helpers.ts';

/** The contact log (docs/contacts.md): record, list, follow-up tasks, directory, statistics; tenancy and audit. */

let ctx: TestContext;
type Who = 'anna' | 'lars' | 'admin' | 'mette';
const as = {} as Record<Who, As>;
const today = () => serviceDay(new Date());
const udk = DEMO_REFERRAL_AUTHORITIES.aarhus.udkPension;

beforeAll(async () => {
  ctx = await build();
  for (const who of ['anna', 'lars', 'admin', 'mette'] as const) as[who] = injectAs(ctx.app, await login(ctx.app, who));
});
afterAll(() => ctx.close());

const record = (who: Who, payload: object) => as[who]({ method: 'POST', url: '/api/contacts', payload });
const phoneReferral = {
  channel: 'phone',
  topicCode: 'pension',
  result: 'referred',
  referralAuthorityId: udk,
  note: 'Spurgte om folkepension',
};

describe('recording a contact', () => {
  it('logs an anonymous phone contact with a referral, shown with the authority’s phone and opening hours', async () => {
    const response = await record('anna', phoneReferral);
    expect(response.statusCode, response.body).toBe(201);
    const contact = response.json();
    expect(contact).toMatchObject({
      channel: 'phone',
      topicCode: 'pension',
      result: 'referred',
      withCitizen: false,
      ticketId: null,
      note: 'Spurgte om folkepension',
      staff: { id: DEMO.users.anna, name: 'Anna Sørensen' },
      referralAuthority: { id: udk, name: 'Udbetaling Danmark – Pension', phone: '70 12 80 63' },
      openFollowUps: 0,
    });
    const list = (await as.lars({ method: 'GET', url: '/api/contacts' })).json();
    expect(list.items[0].id).toBe(contact.id);
  });

  it.each([
    ['a referral without an authority', { channel: 'phone', topicCode: 'pension', result: 'referred' }, 'invalid-contact'],
    [
      'an authority on a resolved contact',
      { channel: 'phone', topicCode: 'pension', result: 'resolved', referralAuthorityId: udk },
      'invalid-contact',
    ],
    ['an unknown topic', { channel: 'phone', topicCode: 'ukendt', result: 'guided' }, 'unknown-topic'],
    ['a note over 500 characters', { channel: 'phone', topicCode: 'pension', result: 'guided', note: 'x'.repeat(501) }, 'validation-error'],
    [
      'another municipality’s authority',
      { ...phoneReferral, referralAuthorityId: DEMO_REFERRAL_AUTHORITIES.vejle.udkPension },
      'unknown-authority',
    ],
  ])('refuses %s', async (_, payload, code) => {
    const response = await record('anna', payload);
    expectProblem(response, 400);
    expect(response.json().code).toBe(code);
  });

  it('closes a served ticket of the own municipality, and refuses another municipality’s ticket as not found', async () => {
    const issued = await as.anna({
      method: 'POST',
      url: `/api/locations/${DEMO.aarhus.dokk1}/tickets`,
      payload: { serviceId: DEMO_QUEUE.aarhusServices.mitid },
    });
    const ticketId = issued.json().ticket.id as string;
    const ok = await record('anna', {
      channel: 'counter',
      topicCode: 'mitid',
      result: 'resolved',
      ticketId,
      locationId: DEMO.aarhus.dokk1,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ ticketId, locationId: DEMO.aarhus.dokk1 });
    expectProblem(await record('mette', { channel: 'counter', topicCode: 'mitid', result: 'resolved', ticketId }), 404);
    const foreignLocation = await record('mette', {
      channel: 'counter',
      topicCode: 'mitid',
      result: 'resolved',
      locationId: DEMO.aarhus.dokk1,
    });
    expectProblem(foreignLocation, 400);
  });

  it('audits a contact naming a citizen on the citizen, in the same transaction', async () => {
    const citizen = DEMO_PERSONS.nearPensionAarhus.id;
    const response = await record('anna', { channel: 'counter', topicCode: 'pension', result: 'guided', personId: citizen });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().withCitizen).toBe(true);
    const audit = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.subjectId, citizen), eq(schema.auditEvents.action, 'contact.record')));
    expect(audit).toEqual([
      expect.objectContaining({
        actorUserId: DEMO.users.anna,
        purpose: 'henvendelse',
        subjectType: 'citizen',
        municipalityId: DEMO.aarhus.id,
      }),
    ]);
    expect(audit[0]!.details).toMatchObject({ contactId: response.json().id, result: 'guided' });
  });
});

describe('the audit record is written in the same transaction as the contact', () => {
  it('when the audit insert fails, the request fails and no contact is stored', async () => {
    const marked = DEMO_PERSONS.noFixedAddress.id;
    await ctx.owner.execute(
      sql.raw(`
      create function test_fail_contact_audit() returns trigger language plpgsql as $$
      begin
        if new.subject_id = '${marked}' then raise exception 'audit insert refused (test)'; end if;
        return new;
      end $$;
      create trigger test_fail_contact_audit before insert on audit_events for each row execute function test_fail_contact_audit();
    `),
    );
    try {
      const response = await record('anna', { channel: 'phone', topicCode: 'mitid', result: 'resolved', personId: marked });
      expectProblem(response, 500);
      expect(await ctx.app.db.select().from(schema.contacts).where(eq(schema.contacts.personId, marked))).toEqual([]);
    } finally {
      await ctx.owner.execute(
        sql.raw('drop trigger if exists test_fail_contact_audit on audit_events; drop function if exists test_fail_contact_audit();'),
      );
    }
  });
});

describe('listing contacts', () => {
  it('shows only the own municipality’s, filtered by channel, topic and staff, a page at a time', async () => {
    await record('mette', { channel: 'digital_hotline', topicCode: 'digital_post', result: 'resolved' });
    for (let i = 0; i < 3; i++) await record('lars', { channel: 'mobile_stop', topicCode: 'mitid', result: 'booked_time' });
    const vejle = (await as.mette({ method: 'GET', url: '/api/contacts' })).json();
    expect(vejle.items.map((c: { staff: { id: string } }) => c.staff.id)).toEqual([DEMO.users.mette]);
    const aarhus = (await as.anna({ method: 'GET', url: '/api/contacts?channel=mobile_stop&topicCode=mitid' })).json();
    expect(aarhus.items).toHaveLength(3);
    const byStaff = (await as.anna({ method: 'GET', url: `/api/contacts?staffUserId=${DEMO.users.lars}&limit=2` })).json();
    expect(byStaff.items).toHaveLength(2);
    expect(byStaff.nextCursor).toEqual(expect.any(String));
    const next = (
      await as.anna({ method: 'GET', url: `/api/contacts?staffUserId=${DEMO.users.lars}&limit=2&cursor=${byStaff.nextCursor}` })
    ).json();
    expect(next.items).toHaveLength(1);
    expect(next.nextCursor).toBeNull();
    expect(new Set([...byStaff.items, ...next.items].map((c: { id: string }) => c.id)).size).toBe(3);
    const ofToday = (await as.anna({ method: 'GET', url: `/api/contacts?from=${today()}&to=${today()}&channel=mobile_stop` })).json();
    expect(ofToday.items).toHaveLength(3);
    const yesterday = (await as.anna({ method: 'GET', url: `/api/contacts?to=${addLocalDays(today(), -1)}` })).json();
    expect(yesterday.items).toEqual([]);
  });
});

describe('follow-up tasks', () => {
  let contactId: string;
  beforeAll(async () => {
    contactId = (await record('anna', phoneReferral)).json().id;
  });
  const create = (who: Who, payload: object) => as[who]({ method: 'POST', url: '/api/follow-up-tasks', payload });
  const complete = (who: Who, id: string) => as[who]({ method: 'POST', url: `/api/follow-up-tasks/${id}/complete` });

  it('a counter colleague gets the task, sees it as hers and marks it done once; twice is 409', async () => {
    const assignees = (await as.anna({ method: 'GET', url: '/api/follow-up-tasks/assignees' })).json();
    expect(assignees.items.map((u: { name: string }) => u.name)).toContain('Lars Østergaard');
    expect(assignees.items.map((u: { id: string }) => u.id)).not.toContain(DEMO.users.mette);

    const due = addLocalDays(today(), 2);
    const created = await create('anna', {
      contactId,
      assigneeUserId: DEMO.users.lars,
      dueOn: due,
      text: 'Ring borgeren op om svar fra UDK',
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json();
    expect(task).toMatchObject({
      contactId,
      assignee: { id: DEMO.users.lars },
      createdBy: { id: DEMO.users.anna },
      dueOn: due,
      doneAt: null,
      overdue: false,
      contact: { channel: 'phone', result: 'referred', referralAuthorityName: 'Udbetaling Danmark – Pension' },
    });
    const mine = (await as.lars({ method: 'GET', url: '/api/follow-up-tasks' })).json();
    expect(mine.items.map((t: { id: string }) => t.id)).toContain(task.id);
    expect((await as.anna({ method: 'GET', url: '/api/follow-up-tasks' })).json().items).toEqual([]);

    expectProblem(await complete('anna', task.id), 403);
    const done = await complete('lars', task.id);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ doneBy: { id: DEMO.users.lars }, doneAt: expect.any(String) });
    const again = await complete('lars', task.id);
    expectProblem(again, 409);
    expect(again.json().code).toBe('task-done');
  });

  it('refuses a colleague of another municipality, a past or too distant due date, and another’s contact', async () => {
    const base = { contactId, assigneeUserId: DEMO.users.lars, dueOn: today(), text: 'Følg op' };
    const foreign = await create('anna', { ...base, assigneeUserId: DEMO.users.mette });
    expectProblem(foreign, 400);
    expect(foreign.json().code).toBe('unknown-assignee');
    expect((await create('anna', { ...base, dueOn: addLocalDays(today(), -1) })).json().code).toBe('invalid-task');
    expect((await create('anna', { ...base, dueOn: addLocalDays(today(), 91) })).json().code).toBe('invalid-task');
    expectProblem(await create('mette', { ...base, assigneeUserId: DEMO.users.mette }), 404);
  });

  it('all open tasks are for leads; another municipality’s task is not found', async () => {
    const task = (await create('anna', { contactId, assigneeUserId: DEMO.users.anna, dueOn: today(), text: 'Tjek svar' })).json();
    expectProblem(await as.anna({ method: 'GET', url: '/api/follow-up-tasks?scope=open' }), 403);
    const open = (await as.lars({ method: 'GET', url: '/api/follow-up-tasks?scope=open' })).json();
    expect(open.items.map((t: { id: string }) => t.id)).toContain(task.id);
    expectProblem(await complete('mette', task.id), 404);
    expect((await as.mette({ method: 'GET', url: '/api/follow-up-tasks?scope=mine' })).json().items).toEqual([]);
    // A lead may close a colleague's task.
    expect((await complete('lars', task.id)).statusCode).toBe(200);
  });
});

describe('topics and the referral directory', () => {
  it('lists the default topics and the directory, each municipality its own', async () => {
    const topics = (await as.anna({ method: 'GET', url: '/api/contact-topics' })).json();
    expect(topics.items.map((t: { code: string }) => t.code)).toEqual(DEFAULT_CONTACT_TOPICS.map((t) => t.code));
    const directory = (await as.anna({ method: 'GET', url: '/api/referral-authorities' })).json();
    expect(directory.items.map((a: { name: string }) => a.name)).toContain('MitID-support');
    expect(directory.items.every((a: { id: string }) => Object.values(DEMO_REFERRAL_AUTHORITIES.aarhus).includes(a.id))).toBe(true);
  });

  it('the admin adds and retires a topic and an authority (audited); a retired topic cannot be recorded', async () => {
    expectProblem(
      await as.anna({ method: 'POST', url: '/api/contact-topics', payload: { code: 'bolig', labelDa: 'Bolig', labelEn: 'Housing' } }),
      403,
    );
    const topic = await as.admin({
      method: 'POST',
      url: '/api/contact-topics',
      payload: { code: 'bolig', labelDa: 'Bolig', labelEn: 'Housing' },
    });
    expect(topic.statusCode, topic.body).toBe(201);
    const taken = await as.admin({ method: 'POST', url: '/api/contact-topics', payload: { code: 'bolig', labelDa: 'B', labelEn: 'B' } });
    expectProblem(taken, 409);
    const retired = await as.admin({ method: 'PATCH', url: `/api/contact-topics/${topic.json().id}`, payload: { active: false } });
    expect(retired.json().active).toBe(false);
    expect((await record('anna', { channel: 'phone', topicCode: 'bolig', result: 'guided' })).json().code).toBe('unknown-topic');

    const authority = await as.admin({
      method: 'POST',
      url: '/api/referral-authorities',
      payload: { name: 'Ankestyrelsen', phone: '33 41 12 00', openingHours: 'Man–fre 9–15', url: 'https://ast.dk' },
    });
    expect(authority.statusCode, authority.body).toBe(201);
    const renamed = await as.admin({
      method: 'PATCH',
      url: `/api/referral-authorities/${authority.json().id}`,
      payload: { phone: '33 41 12 01' },
    });
    expect(renamed.json().phone).toBe('33 41 12 01');
    const audit = await ctx.app.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.subjectId, authority.json().id));
    expect(audit.map((a) => a.action)).toEqual(['referral-authority.create', 'referral-authority.update']);
    // Vejle's admin does not see it; Aarhus's admin cannot change Vejle's.
    expectProblem(
      await as.admin({
        method: 'PATCH',
        url: `/api/referral-authorities/${DEMO_REFERRAL_AUTHORITIES.vejle.mitid}`,
        payload: { active: false },
      }),
      404,
    );
  });
});

describe('statistics for leads', () => {
  it('counts contacts per channel, topic and result, referrals per authority and open tasks; CSV alike', async () => {
    const period = `from=${today()}&to=${today()}`;
    expectProblem(await as.anna({ method: 'GET', url: `/api/statistics/contacts?${period}` }), 403);
    const stats = (await as.lars({ method: 'GET', url: `/api/statistics/contacts?${period}` })).json();
    const rows = await ctx.app.db.select().from(schema.contacts).where(eq(schema.contacts.municipalityId, DEMO.aarhus.id));
    expect(stats.total).toBe(rows.length);
    expect(stats.byChannel.find((r: { channel: string }) => r.channel === 'mobile_stop').count).toBe(3);
    expect(stats.referralsByAuthority[0]).toMatchObject({ authorityId: udk, name: 'Udbetaling Danmark – Pension' });
    expect(stats.byTopic.find((t: { topicCode: string }) => t.topicCode === 'pension').labelDa).toBe('Pension og boligstøtte');
    expect(stats.followUps.done).toBeGreaterThanOrEqual(2);
    const csv = await as.lars({ method: 'GET', url: `/api/statistics/contacts.csv?${period}` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain('Henvist til;Udbetaling Danmark – Pension;');
    const vejle = (await as.mette({ method: 'GET', url: `/api/contacts` })).json();
    expect(vejle.items).toHaveLength(1);
    expectProblem(await as.lars({ method: 'GET', url: `/api/statistics/contacts?from=${today()}&to=${addLocalDays(today(), -1)}` }), 400);
  });
});

describe("a citizen's contacts (the citizen page)", () => {
  const citizen = DEMO_PERSONS.emigrated.id;
  const listOf = (who: Who, id = citizen) => as[who]({ method: 'GET', url: `/api/citizens/${id}/contacts` });

  it('lists the own municipality’s contacts naming the citizen, newest first, and audits the read on the citizen', async () => {
    const first = (await record('anna', { channel: 'counter', topicCode: 'mitid', result: 'resolved', personId: citizen })).json();
    const second = (await record('lars', { ...phoneReferral, personId: citizen })).json();
    await as.anna({
      method: 'POST',
      url: '/api/follow-up-tasks',
      payload: { contactId: second.id, assigneeUserId: DEMO.users.anna, dueOn: today(), text: 'Ring tilbage' },
    });
    // Vejle names the same citizen (the register is national) and writes an anonymous one; Aarhus sees neither.
    const vejle = (await record('mette', { channel: 'phone', topicCode: 'mitid', result: 'guided', personId: citizen })).json();
    await record('anna', { channel: 'phone', topicCode: 'mitid', result: 'guided' });

    const response = await listOf('anna');
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json();
    expect(list.total).toBe(2);
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([second.id, first.id]);
    expect(list.items[0]).toMatchObject({
      channel: 'phone',
      result: 'referred',
      withCitizen: true,
      referralAuthority: { name: 'Udbetaling Danmark – Pension' },
      staff: { id: DEMO.users.lars },
      openFollowUps: 1,
    });
    expect((await listOf('mette')).json()).toMatchObject({ total: 1, items: [{ id: vejle.id }] });

    const audit = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.subjectId, citizen), eq(schema.auditEvents.action, 'contact.list')));
    expect(audit).toEqual([
      expect.objectContaining({
        actorUserId: DEMO.users.anna,
        purpose: 'henvendelse',
        municipalityId: DEMO.aarhus.id,
        subjectType: 'citizen',
      }),
      expect.objectContaining({ actorUserId: DEMO.users.mette, purpose: 'henvendelse', municipalityId: DEMO.vejle.id }),
    ]);
  });

  it('shows the newest 20 and says how many there are', async () => {
    const someone = DEMO_PERSONS.substituteNumber.id;
    for (let i = 0; i < 22; i++) await record('anna', { channel: 'phone', topicCode: 'mitid', result: 'guided', personId: someone });
    const list = (await listOf('anna', someone)).json();
    expect(list.total).toBe(22);
    expect(list.items).toHaveLength(20);
  });

  it('refuses an unknown citizen (404), a malformed id (400) and no session (401), as problems', async () => {
    const unknown = await listOf('anna', '00000000-0000-4000-8000-00000000dead');
    expectProblem(unknown, 404);
    expect(unknown.json().code).toBe('citizen-not-found');
    expectProblem(await listOf('anna', 'not-an-id'), 400);
    expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/citizens/${citizen}/contacts` }), 401);
  });

  it('when the audit insert fails, nothing is answered', async () => {
    await ctx.owner.execute(
      sql.raw(`
      create function test_fail_contact_list_audit() returns trigger language plpgsql as $$
      begin
        if new.action = 'contact.list' then raise exception 'audit insert refused (test)'; end if;
        return new;
      end $$;
      create trigger test_fail_contact_list_audit before insert on audit_events for each row execute function test_fail_contact_list_audit();
    `),
    );
    try {
      const response = await listOf('anna');
      expectProblem(response, 500);
      expect(response.body).not.toContain('Udbetaling Danmark');
    } finally {
      await ctx.owner.execute(
        sql.raw(
          'drop trigger if exists test_fail_contact_list_audit on audit_events; drop function if exists test_fail_contact_list_audit();',
        ),
      );
    }
  });
});
