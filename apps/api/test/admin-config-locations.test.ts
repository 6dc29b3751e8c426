import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit, problemFields } from './admin-config-helpers.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let asAdmin: ReturnType<typeof injectAs>;
let adminId: string;

beforeAll(async () => {
  ctx = await build();
  const session = await login(ctx.app, 'admin');
  adminId = session.userId;
  asAdmin = injectAs(ctx.app, session);
});
afterAll(() => ctx.close());

describe('admin configuration: who may', () => {
  const endpoints = [
    ['GET', '/api/admin/config/locations'],
    ['POST', '/api/admin/config/locations'],
    ['PUT', `/api/admin/config/locations/${DEMO.aarhus.dokk1}/opening-hours`],
    ['GET', '/api/admin/config/counters'],
    ['DELETE', `/api/admin/config/counters/${DEMO_QUEUE.dokk1Counters[0]}`],
    ['POST', '/api/admin/config/services'],
    ['PATCH', `/api/admin/config/services/${DEMO_QUEUE.aarhusServices.pas}`],
    ['GET', '/api/admin/config/priority-classes'],
    ['GET', '/api/admin/config/law-areas'],
    ['GET', '/api/admin/config/rules'],
    ['PATCH', '/api/admin/config/rules'],
  ] as const;

  it.each(['anna', 'lars'])('refuses %s (counter staff and leads) every admin configuration call', async (username) => {
    const as = injectAs(ctx.app, await login(ctx.app, username));
    for (const [method, url] of endpoints) {
      const response = await as({ method, url, payload: method === 'GET' || method === 'DELETE' ? undefined : { name: 'x' } });
      expectProblem(response, 403);
    }
  });

  it('lists every configuration operation in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((methods) =>
      Object.values(methods).map((op) => op.operationId),
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        'listConfigLocations',
        'createConfigLocation',
        'updateConfigLocation',
        'setConfigOpeningHours',
        'listConfigCounters',
        'createConfigCounter',
        'updateConfigCounter',
        'deleteConfigCounter',
        'listConfigServices',
        'createConfigService',
        'updateConfigService',
        'listConfigPriorityClasses',
        'createConfigPriorityClass',
        'updateConfigPriorityClass',
        'listConfigLawAreas',
        'createConfigLawArea',
        'updateConfigLawArea',
        'getRuleValues',
        'updateRuleValues',
      ]),
    );
  });

  it('refuses a caller without a session', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/admin/config/rules' }), 401);
  });

  it("answers 404 for another municipality's rows, and changes nothing there", async () => {
    const vejle = [
      ['PATCH', `/api/admin/config/locations/${DEMO.vejle.raadhus}`, { name: 'Overtaget' }],
      ['PUT', `/api/admin/config/locations/${DEMO.vejle.raadhus}/opening-hours`, { intervals: [] }],
      ['PATCH', `/api/admin/config/counters/${DEMO_QUEUE.vejleCounters[0]}`, { name: 'Overtaget' }],
      ['DELETE', `/api/admin/config/counters/${DEMO_QUEUE.vejleCounters[0]}`, undefined],
      ['POST', '/api/admin/config/counters', { locationId: DEMO.vejle.raadhus, name: 'Skranke 9' }],
      ['PATCH', `/api/admin/config/services/${DEMO_QUEUE.vejleServices.pas}`, { prefix: 'Q' }],
    ] as const;
    for (const [method, url, payload] of vejle) expectProblem(await asAdmin({ method, url, payload }), 404);
    const hours = await injectAs(
      ctx.app,
      await login(ctx.app, 'mette'),
    )({ method: 'GET', url: `/api/locations/${DEMO.vejle.raadhus}/opening-hours` });
    expect(hours.json().intervals.length).toBeGreaterThan(0);
  });
});

describe('locations and their hours', () => {
  let busStop: string;

  it('adds a mobile stop and audits who added what', async () => {
    const response = await asAdmin({
      method: 'POST',
      url: '/api/admin/config/locations',
      payload: { name: 'Borgerservicebus Nord', kind: 'mobile', address: 'Kører i Aarhus Nord' },
    });
    expect(response.statusCode).toBe(201);
    busStop = response.json().id;
    expect(response.json()).toMatchObject({ name: 'Borgerservicebus Nord', kind: 'mobile', hours: [] });
    const audit = await lastAudit(ctx, 'config.location.create');
    expect(audit).toMatchObject({ actorUserId: adminId, subjectType: 'location', subjectId: busStop, municipalityId: DEMO.aarhus.id });
    expect(audit!.details).toMatchObject({ after: { name: 'Borgerservicebus Nord', kind: 'mobile' } });
  });

  it('refuses a timetable with overlaps, closing before opening or a stop without a place, per field in Danish', async () => {
    const response = await asAdmin({
      method: 'PUT',
      url: `/api/admin/config/locations/${busStop}/opening-hours`,
      payload: {
        intervals: [
          { weekday: 2, opens: '09:00', closes: '11:00', place: 'Lystrup Torv' },
          { weekday: 2, opens: '10:30', closes: '12:00', place: 'Elsted Skole' },
          { weekday: 3, opens: '14:00', closes: '13:00', place: 'Skødstrup' },
          { weekday: 4, opens: '09:00', closes: '10:00', place: '' },
        ],
      },
    });
    expectProblem(response, 400);
    expect(problemFields(response.json())).toEqual({
      'intervals/1/opens': 'Tirsdag: 10:30–12:00 overlapper 09:00–11:00.',
      'intervals/2/closes': 'Onsdag: lukketiden skal ligge efter åbningstiden.',
      'intervals/3/place': 'Torsdag: skriv, hvor bussen holder.',
    });
    expect(
      (await asAdmin({ method: 'GET', url: '/api/admin/config/locations' })).json().find((l: { id: string }) => l.id === busStop).hours,
    ).toEqual([]);
  });

  it('saves a valid timetable, audits before and after, and the stop shows it', async () => {
    const intervals = [
      { weekday: 2, opens: '12:00', closes: '14:00', place: 'Elsted Skole' },
      { weekday: 2, opens: '09:00', closes: '11:30', place: 'Lystrup Torv' },
    ];
    const response = await asAdmin({ method: 'PUT', url: `/api/admin/config/locations/${busStop}/opening-hours`, payload: { intervals } });
    expect(response.statusCode).toBe(200);
    expect(response.json().hours.map((h: { opens: string; place: string }) => `${h.opens} ${h.place}`)).toEqual([
      '09:00 Lystrup Torv',
      '12:00 Elsted Skole',
    ]);
    const audit = await lastAudit(ctx, 'config.location.hours');
    expect(audit).toMatchObject({ actorUserId: adminId, subjectId: busStop });
    expect(audit!.details).toMatchObject({
      before: [],
      after: [
        { weekday: 2, opens: '09:00', closes: '11:30', place: 'Lystrup Torv' },
        { weekday: 2, opens: '12:00' },
      ],
    });
    const shown = await asAdmin({ method: 'GET', url: `/api/locations/${busStop}/opening-hours` });
    expect(shown.json().intervals).toHaveLength(2);
  });

  it('renames a location and audits only what changed', async () => {
    const response = await asAdmin({
      method: 'PATCH',
      url: `/api/admin/config/locations/${busStop}`,
      payload: { name: 'Borgerservicebussen Nord', kind: 'mobile' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Borgerservicebussen Nord',
      hours: [{ place: 'Lystrup Torv' }, { place: 'Elsted Skole' }],
    });
    expect((await lastAudit(ctx, 'config.location.update'))!.details).toEqual({
      before: { name: 'Borgerservicebus Nord' },
      after: { name: 'Borgerservicebussen Nord' },
    });
  });
});

describe('counters', () => {
  let counterId: string;

  it('adds a counter, refuses a second one with the same name at the place, and audits', async () => {
    const created = await asAdmin({
      method: 'POST',
      url: '/api/admin/config/counters',
      payload: { locationId: DEMO.aarhus.lystrup, name: 'Skranke 3' },
    });
    expect(created.statusCode).toBe(201);
    counterId = created.json().id;
    expect(created.json()).toEqual({ id: counterId, locationId: DEMO.aarhus.lystrup, name: 'Skranke 3', active: true, inUse: false });
    expect(await lastAudit(ctx, 'config.counter.create')).toMatchObject({
      actorUserId: adminId,
      subjectId: counterId,
      details: { after: { name: 'Skranke 3' } },
    });
    const twice = await asAdmin({
      method: 'POST',
      url: '/api/admin/config/counters',
      payload: { locationId: DEMO.aarhus.lystrup, name: 'Skranke 3' },
    });
    expectProblem(twice, 409);
    expect(problemFields(twice.json())).toEqual({ name: 'Der findes allerede en skranke med navnet Skranke 3 på stedet.' });
  });

  it('renames and deactivates a counter, auditing from what to what', async () => {
    const renamed = await asAdmin({ method: 'PATCH', url: `/api/admin/config/counters/${counterId}`, payload: { name: 'Skranke 3 (ny)' } });
    expect(renamed.json()).toMatchObject({ name: 'Skranke 3 (ny)', active: true });
    expect((await lastAudit(ctx, 'config.counter.update'))!.details).toEqual({
      before: { name: 'Skranke 3' },
      after: { name: 'Skranke 3 (ny)' },
    });
    const closed = await asAdmin({ method: 'PATCH', url: `/api/admin/config/counters/${counterId}`, payload: { active: false } });
    expect(closed.json()).toMatchObject({ active: false });
    expect((await lastAudit(ctx, 'config.counter.update'))!.details).toEqual({ before: { active: true }, after: { active: false } });
    // Staff no longer see it when they choose a counter.
    const asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
    const listed = await asLars({ method: 'GET', url: `/api/locations/${DEMO.aarhus.lystrup}/counters` });
    expect(listed.json().map((c: { id: string }) => c.id)).not.toContain(counterId);
  });

  it('deletes a counter nothing refers to, and audits it', async () => {
    const response = await asAdmin({ method: 'DELETE', url: `/api/admin/config/counters/${counterId}` });
    expect(response.statusCode).toBe(204);
    expect(await lastAudit(ctx, 'config.counter.delete')).toMatchObject({
      subjectId: counterId,
      details: { before: { name: 'Skranke 3 (ny)' } },
    });
    expectProblem(await asAdmin({ method: 'DELETE', url: `/api/admin/config/counters/${counterId}` }), 404);
  });

  it('keeps a counter someone is signed in at: no deletion, no deactivation', async () => {
    const busy = DEMO_QUEUE.dokk1Counters[5]!;
    const asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
    const opened = await asLars({
      method: 'POST',
      url: `/api/counters/${busy}/session`,
      payload: { serviceIds: [DEMO_QUEUE.aarhusServices.pas] },
    });
    expect(opened.statusCode).toBe(201);
    const counters = (await asAdmin({ method: 'GET', url: '/api/admin/config/counters' })).json();
    expect(counters.find((c: { id: string }) => c.id === busy)).toMatchObject({ inUse: true });
    const deleted = await asAdmin({ method: 'DELETE', url: `/api/admin/config/counters/${busy}` });
    expectProblem(deleted, 409);
    expect(deleted.json()).toMatchObject({ code: 'counter-in-use' });
    expect(
      (await asAdmin({ method: 'PATCH', url: `/api/admin/config/counters/${busy}`, payload: { active: false } })).json(),
    ).toMatchObject({ code: 'counter-occupied' });
    await asLars({ method: 'DELETE', url: '/api/counter-session' });
    const closed = await asAdmin({ method: 'PATCH', url: `/api/admin/config/counters/${busy}`, payload: { active: false } });
    expect(closed.json()).toMatchObject({ active: false, inUse: true });
  });
});
