import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let asAnna: ReturnType<typeof injectAs>;
let asLars: ReturnType<typeof injectAs>;
let asMette: ReturnType<typeof injectAs>;
const { familyMother, familyFather } = DEMO_PERSONS;
const CPR_SHAPED = /(?<![0-9A-Za-z])\d{6}[- ]?\d{4}(?![0-9A-Za-z])/;

beforeAll(async () => {
  ctx = await build();
  asAnna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  asMette = injectAs(ctx.app, await login(ctx.app, 'mette'));
  await asAnna({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr: familyMother.cpr, purpose: 'pas' } });
  // A mistyped CPR number in the free text, and an unknown number: neither may come back in full.
  await asAnna({
    method: 'POST',
    url: '/api/citizens/lookup',
    payload: { cpr: familyFather.cpr, purpose: 'andet', purposeText: `Skrev ${familyMother.cpr} først` },
  });
  await asAnna({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr: '0101001238', purpose: 'pas' } });
  await asMette({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr: familyMother.cpr, purpose: 'pas' } });
});
afterAll(() => ctx.close());

const search = (as: ReturnType<typeof injectAs>, query: string) => as({ method: 'GET', url: `/api/audit/events?${query}` });

describe('searchAuditEvents', () => {
  it('finds a citizen’s records in the own municipality only, with who, what and why', async () => {
    const response = await search(asLars, `citizenId=${familyMother.id}`);
    expect(response.statusCode).toBe(200);
    const { events, nextCursor } = response.json();
    // This search itself (it concerns her), then Anna's look-up in Aarhus; not Mette's in Vejle.
    expect(events).toEqual([
      expect.objectContaining({ action: 'audit.search', actor: expect.objectContaining({ username: 'lars' }) }),
      expect.objectContaining({
        action: 'citizen.lookup',
        actor: { id: DEMO.users.anna, name: 'Anna Sørensen', username: 'anna' },
        subject: { type: 'citizen', id: familyMother.id },
        purpose: 'pas',
        // Whose record it is, by name and masked CPR number, never in full.
        citizen: { name: 'Sofie Bach Kristensen', cprMasked: `${familyMother.cpr.slice(0, 6)}-XXXX` },
      }),
    ]);
    expect(nextCursor).toBeNull();
  });

  it('names no citizen on records about something else', async () => {
    const { events } = (await search(asLars, `actorUserId=${DEMO.users.lars}&action=audit.search&limit=1`)).json();
    expect(events[0]).toMatchObject({ subject: null, citizen: null });
  });

  it('filters by staff member, action prefix and date, and never shows a CPR number', async () => {
    const response = await search(asLars, `actorUserId=${DEMO.users.anna}&action=citizen.`);
    const { events } = response.json();
    expect(events.map((e: { action: string }) => e.action)).toEqual(['citizen.lookup', 'citizen.lookup', 'citizen.lookup']);
    expect(response.body).not.toMatch(CPR_SHAPED);
    expect(events[0].details).toEqual({ cprMasked: expect.stringMatching(/^\d{6}-xxxx$/i) });
    expect(events[1].details.purposeText).toBe('Skrev [CPR] først');

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    expect((await search(asLars, `action=citizen.lookup&from=${today}&to=${today}`)).json().events).toHaveLength(3);
    expect((await search(asLars, `action=citizen.lookup&to=2020-01-01`)).json().events).toHaveLength(0);
    expect((await search(asLars, `action=citizen.look`)).json().events).toHaveLength(0);
  });

  it('pages newest first with a cursor', async () => {
    const first = (await search(asLars, 'limit=2')).json();
    expect(first.events).toHaveLength(2);
    expect(first.events[0].id).toBeGreaterThan(first.events[1].id);
    const second = (await search(asLars, `limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.events[0].id).toBeLessThan(first.events[1].id);
  });

  it('puts a search that was not about a citizen into the access log of every citizen its results name', async () => {
    const response = await search(asLars, 'action=citizen.lookup&limit=10');
    const shown = new Set<string>(
      response
        .json()
        .events.flatMap((e: { citizen: unknown; subject: { id: string } | null }) => (e.citizen && e.subject ? [e.subject.id] : [])),
    );
    expect(shown).toContain(familyMother.id);
    expect(shown).toContain(familyFather.id);
    const { events } = (await search(asLars, 'action=citizen.read-audit-search&limit=50')).json();
    const records = events.filter((e: { actor: { username: string } | null }) => e.actor?.username === 'lars');
    expect(new Set(records.map((e: { subject: { id: string } }) => e.subject.id))).toEqual(shown);
    expect(records[0].details).toEqual({ action: 'citizen.lookup' });
    const log = (await asLars({ method: 'GET', url: `/api/citizens/${familyFather.id}/access-log` })).json();
    expect(JSON.stringify(log)).toContain('citizen.read-audit-search');
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
  });

  it('is audited with its criteria', async () => {
    await search(asLars, `citizenId=${familyFather.id}&action=citizen.`);
    // A search is recorded before it reads, in the same transaction, so it finds its own record first.
    const { events } = (await search(asLars, 'action=audit.search&limit=1')).json();
    const mine = (await search(asLars, 'action=audit.search&limit=3')).json().events[2];
    expect(events[0].details).toEqual({ action: 'audit.search' });
    expect(mine).toMatchObject({ actor: { username: 'lars' }, subject: { type: 'citizen', id: familyFather.id } });
    expect(mine.details).toEqual({ citizenId: familyFather.id, action: 'citizen.' });
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
  });

  it('is for leads and admins, and validates its query as problem+json', async () => {
    expectProblem(await search(asAnna, ''), 403);
    expect(expectProblem(await search(asLars, 'limit=501'), 400).errors?.length).toBeGreaterThan(0);
    expectProblem(await search(asLars, 'action=citizen.%25'), 400);
    expectProblem(await search(asLars, 'from=2024-13-01'), 400);
  });
});

describe('a user change in the trail', () => {
  it('shows who changed which field from what to what', async () => {
    const asAdmin = injectAs(ctx.app, await login(ctx.app, 'admin'));
    const created = await asAdmin({
      method: 'POST',
      url: '/api/admin/users',
      payload: { username: 'ida.audit', name: 'Ida Revision', role: 'counter', password: 'lang-nok-adgangskode', locationIds: [] },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    await asAdmin({ method: 'PATCH', url: `/api/admin/users/${id}`, payload: { role: 'lead' } });

    const { events } = (await search(asLars, 'action=admin.user.')).json();
    expect(events.map((e: { action: string }) => e.action)).toEqual(['admin.user.update', 'admin.user.create']);
    expect(events[0]).toMatchObject({
      actor: { username: 'admin' },
      subject: { type: 'user', id },
      citizen: null,
      changes: [{ field: 'role', from: 'counter', to: 'lead' }],
    });
    expect(events[1].changes).toEqual(expect.arrayContaining([{ field: 'username', from: null, to: 'ida.audit' }]));
  });
});

describe('listAuditStaff', () => {
  it('lists the own municipality’s staff for leads, and nobody else’s', async () => {
    const response = await asLars({ method: 'GET', url: '/api/audit/staff' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { staff } = response.json();
    expect(staff).toContainEqual({ id: DEMO.users.anna, name: 'Anna Sørensen', username: 'anna', disabled: false });
    expect(staff.map((s: { username: string }) => s.username)).not.toContain('mette');
    expectProblem(await asAnna({ method: 'GET', url: '/api/audit/staff' }), 403);
  });
});
