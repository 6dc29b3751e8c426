import { DEMO_QUEUE } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, DOKK1, issue, SERVICES, type As } from './queue-helpers.ts';

let ctx: TestContext;
let admin: As;
let lars: As;
const [C1, C2] = DEMO_QUEUE.dokk1Counters as [string, string];

beforeAll(async () => {
  ctx = await build();
  admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
  lars = await atCounter(ctx.app, 'lars', C2, [SERVICES.pas]);
});
afterAll(() => ctx.close());

type BoardService = { serviceId: string; waiting: number; staffedCounters: number; trafficLight: string };
const lightOf = async (serviceId: string): Promise<BoardService> =>
  (await lars({ method: 'GET', url: `/api/locations/${DOKK1}/board` }))
    .json()
    .services.find((s: BoardService) => s.serviceId === serviceId);

const createService = async (code: string, prefix: string, nameDa: string) => {
  const r = await admin({ method: 'POST', url: '/api/services', payload: { code, prefix, nameDa, nameEn: nameDa, expectedMinutes: 10 } });
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string };
};

describe('a service added while counters are signed in', () => {
  it('joins an "every service" profile at once, and its tickets are called there', async () => {
    const anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
    const opened = await anna({
      method: 'POST',
      url: `/api/counters/${C1}/session`,
      payload: { serviceIds: Object.values(SERVICES), allServices: true },
    });
    expect(opened.json()).toMatchObject({ allServices: true, newServices: [] });
    const crisis = await createService('flygtninge', 'U', 'Flygtninge fra Ukraine');
    const session = (await anna({ method: 'GET', url: '/api/counter-session' })).json().session;
    expect(session.serviceIds).toContain(crisis.id);
    expect(session.newServices).toEqual([]);
    const { ticket } = await issue(lars, crisis.id);
    expect((await callNext(anna, C1)).id).toBe(ticket.id);
    await anna({ method: 'POST', url: `/api/tickets/${ticket.id}/no-show`, payload: { expectedVersion: ticket.version + 1 } });
    await anna({ method: 'DELETE', url: '/api/counter-session' });
  });

  it('is offered to a counter with a chosen profile, which adds it to its running session', async () => {
    const added = await createService('boligstoette', 'B', 'Boligstøtte');
    const before = (await lars({ method: 'GET', url: '/api/counter-session' })).json().session;
    expect(before.serviceIds).not.toContain(added.id);
    expect(before.newServices.map((s: { id: string }) => s.id)).toContain(added.id);
    const updated = await lars({ method: 'PATCH', url: '/api/counter-session', payload: { serviceIds: [...before.serviceIds, added.id] } });
    expect(updated.json().serviceIds).toContain(added.id);
    expect(updated.json().newServices.map((s: { id: string }) => s.id)).not.toContain(added.id);
  });
});

describe('the service light', () => {
  it('is red while a ticket waits and no counter takes the service, green once one does', async () => {
    const mitid = await lightOf(SERVICES.mitid);
    expect(mitid).toMatchObject({ waiting: 0, staffedCounters: 0, trafficLight: 'green' });
    await issue(lars, SERVICES.mitid);
    expect(await lightOf(SERVICES.mitid)).toMatchObject({ waiting: 1, staffedCounters: 0, trafficLight: 'red' });
    const profile = (await lars({ method: 'GET', url: '/api/counter-session' })).json().session.serviceIds;
    await lars({ method: 'PATCH', url: '/api/counter-session', payload: { serviceIds: [...profile, SERVICES.mitid] } });
    expect(await lightOf(SERVICES.mitid)).toMatchObject({ waiting: 1, staffedCounters: 1, trafficLight: 'green' });
  });
});
