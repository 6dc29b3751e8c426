import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let asAnna: ReturnType<typeof injectAs>;
let asLars: ReturnType<typeof injectAs>;
let asMette: ReturnType<typeof injectAs>;

beforeAll(async () => {
  ctx = await build();
  asAnna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  asMette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const accessLog = (as: ReturnType<typeof injectAs>, id: string) => as({ method: 'GET', url: `/api/citizens/${id}/access-log` });

describe('getCitizenAccessLog (GDPR art. 15)', () => {
  it("lists every access with who, when, what and why, across both municipalities' chains", async () => {
    const { id, cpr } = DEMO_PERSONS.familyFather;
    const started = Date.now();
    await asAnna({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr, purpose: 'pas' } });
    await asMette({
      method: 'POST',
      url: '/api/citizens/lookup',
      payload: { cpr, purpose: 'andet', purposeText: 'Hjælp til boligstøtte' },
    });
    await asMette({ method: 'POST', url: `/api/citizens/${id}/reveal-cpr`, payload: { purpose: 'mitid' } });
    // Reading his child shows him as custody holder: that is an access to his data too.
    await asAnna({ method: 'GET', url: `/api/citizens/${DEMO_PERSONS.childTwoHolders.id}?purpose=pas` });

    const response = await accessLog(asLars, id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const extract = response.json();
    expect(extract.citizen).toEqual({ id, name: 'Mads Kristensen', cprMasked: '120384-XXXX' });
    expect(Date.parse(extract.generatedAt)).toBeGreaterThanOrEqual(started - 1000);
    const aarhus = { code: '751', name: 'Aarhus Kommune' };
    const vejle = { code: '630', name: 'Vejle Kommune' };
    expect(extract.entries).toEqual([
      {
        at: expect.any(String),
        action: 'citizen.lookup',
        purpose: 'pas',
        purposeText: null,
        staff: { name: 'Anna Sørensen', username: 'anna' },
        municipality: aarhus,
      },
      {
        at: expect.any(String),
        action: 'citizen.lookup',
        purpose: 'andet',
        purposeText: 'Hjælp til boligstøtte',
        staff: { name: 'Mette Kjær', username: 'mette' },
        municipality: vejle,
      },
      {
        at: expect.any(String),
        action: 'citizen.reveal-cpr',
        purpose: 'mitid',
        purposeText: null,
        staff: { name: 'Mette Kjær', username: 'mette' },
        municipality: vejle,
      },
      {
        at: expect.any(String),
        action: 'citizen.read-relation',
        purpose: 'pas',
        purposeText: null,
        staff: { name: 'Anna Sørensen', username: 'anna' },
        municipality: aarhus,
      },
      // Producing the extract is itself recorded, and so part of it.
      {
        at: expect.any(String),
        action: 'citizen.access-log',
        purpose: 'indsigt',
        purposeText: null,
        staff: { name: 'Lars Østergaard', username: 'lars' },
        municipality: aarhus,
      },
    ]);
    const times = extract.entries.map((e: { at: string }) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(response.body).not.toContain(cpr);
  });

  it('holds nothing about other citizens', async () => {
    const extract = (await accessLog(asLars, DEMO_PERSONS.vejleResident.id)).json();
    expect(extract.entries.map((e: { action: string }) => e.action)).toEqual(['citizen.access-log']);
  });

  it('is refused to counter staff (403) and answers 404 for an unknown citizen', async () => {
    const refused = expectProblem(await accessLog(asAnna, DEMO_PERSONS.familyFather.id), 403);
    expect(refused.code).toBe('forbidden');
    expectProblem(await accessLog(asMette, DEMO_PERSONS.familyFather.id), 403);
    expectProblem(await accessLog(asLars, '00000000-0000-4000-8006-999999999999'), 404);
  });

  it('leaves the audit chains intact', async () => {
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
    expect(await verifyAuditChain(ctx.app.db, DEMO.vejle.id)).toBeNull();
  });
});
