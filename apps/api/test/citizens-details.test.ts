import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { and, asc, eq, gt, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let asAnna: ReturnType<typeof injectAs>;
let asMette: ReturnType<typeof injectAs>;

beforeAll(async () => {
  ctx = await build();
  asAnna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  asMette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const lastAuditId = async () => {
  const rows = await ctx.app.db.select({ id: schema.auditEvents.id }).from(schema.auditEvents);
  return Math.max(0, ...rows.map((r) => r.id));
};
const citizenAuditSince = (id: number) =>
  ctx.app.db
    .select()
    .from(schema.auditEvents)
    .where(and(gt(schema.auditEvents.id, id), like(schema.auditEvents.action, 'citizen.%')))
    .orderBy(asc(schema.auditEvents.id));

const getCitizen = (as: ReturnType<typeof injectAs>, id: string, query = 'purpose=pas') =>
  as({ method: 'GET', url: `/api/citizens/${id}?${query}` });

describe('getCitizen', () => {
  it('answers name, masked CPR, birth date, age, sex, address and municipality, audited as a read', async () => {
    const mark = await lastAuditId();
    const { id, cpr } = DEMO_PERSONS.nearPension;
    const response = await getCitizen(asAnna, id, 'purpose=vejledning');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      id,
      name: 'Grethe Møller',
      cprMasked: '221159-XXXX',
      birthDate: '1959-11-22',
      age: expect.any(Number),
      sex: 'female',
      status: 'active',
      municipality: { code: '630', name: 'Vejle Kommune' },
      addressProtected: false,
      address: { street: 'Gormsgade 7', postcode: '7300', city: 'Jelling' },
      emigration: null,
      pendingMove: null,
      custodyHolders: [],
      children: [],
    });
    expect(response.body).not.toContain(cpr);
    const rows = await citizenAuditSince(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'citizen.read',
      subjectId: id,
      purpose: 'vejledning',
      actorUserId: DEMO.users.anna,
      municipalityId: DEMO.aarhus.id,
    });
  });

  it('never sends a protected address, only the flag', async () => {
    const response = await getCitizen(asAnna, DEMO_PERSONS.protectedAddress.id);
    const citizen = response.json();
    expect(citizen).toMatchObject({ name: 'Camilla Rasmussen', addressProtected: true, address: null, status: 'active' });
    expect(response.body).not.toMatch(/Trøjborgvej|8200|Aarhus N/);
  });

  it('shows an emigrated citizen with date and country, and one without a fixed address', async () => {
    expect((await getCitizen(asAnna, DEMO_PERSONS.emigrated.id)).json()).toMatchObject({
      status: 'emigrated',
      address: null,
      emigration: { date: '2023-08-01', country: 'Australien' },
    });
    expect((await getCitizen(asAnna, DEMO_PERSONS.noFixedAddress.id)).json()).toMatchObject({
      status: 'no_fixed_address',
      address: null,
      emigration: null,
    });
  });

  it('shows custody holders of a child and the children of a parent, masked, and audits each one shown', async () => {
    const mark = await lastAuditId();
    const child = (await getCitizen(asAnna, DEMO_PERSONS.childTwoHolders.id)).json();
    expect(child.custodyHolders).toEqual([
      { id: DEMO_PERSONS.familyFather.id, name: 'Mads Kristensen', cprMasked: '120384-XXXX' },
      { id: DEMO_PERSONS.familyMother.id, name: 'Sofie Bach Kristensen', cprMasked: '050986-XXXX' },
    ]);
    expect(child.children).toEqual([]);
    const rows = await citizenAuditSince(mark);
    expect(rows.map((r) => [r.action, r.subjectId])).toEqual([
      ['citizen.read', DEMO_PERSONS.childTwoHolders.id],
      ['citizen.read-relation', DEMO_PERSONS.familyFather.id],
      ['citizen.read-relation', DEMO_PERSONS.familyMother.id],
    ]);
    expect(rows[1]!.details).toEqual({ viaCitizenId: DEMO_PERSONS.childTwoHolders.id });

    const parent = (await getCitizen(asAnna, DEMO_PERSONS.familyMother.id)).json();
    expect(parent.custodyHolders).toEqual([]);
    expect(parent.children.map((c: { name: string }) => c.name)).toEqual(['Ida Kristensen', 'Oscar Kristensen']);
  });

  it('shows one holder, and holders living in another municipality', async () => {
    const sole = (await getCitizen(asMette, DEMO_PERSONS.childOneHolder.id)).json();
    expect(sole.custodyHolders).toEqual([{ id: DEMO_PERSONS.singleParent.id, name: 'Louise Mortensen', cprMasked: '170190-XXXX' }]);
    const shared = (await getCitizen(asMette, DEMO_PERSONS.childAcrossMunicipalities.id)).json();
    expect(shared.municipality.code).toBe('630');
    expect(shared.custodyHolders.map((h: { id: string }) => h.id).sort()).toEqual(
      [DEMO_PERSONS.otherParent.id, DEMO_PERSONS.singleParent.id].sort(),
    );
  });

  it('requires a purpose, and words for "andet"', async () => {
    const { id } = DEMO_PERSONS.familyMother;
    expect(expectProblem(await getCitizen(asAnna, id, ''), 400).errors).toEqual([
      { pointer: '/querystring/purpose', detail: expect.any(String), detailEn: expect.any(String) },
    ]);
    const andet = expectProblem(await getCitizen(asAnna, id, 'purpose=andet'), 400);
    expect(andet).toMatchObject({ code: 'purpose-text-required', errors: [{ pointer: '/querystring/purposeText' }] });
    expect((await getCitizen(asAnna, id, 'purpose=andet&purposeText=Flytning')).statusCode).toBe(200);
  });

  it('answers 404 for an unknown id and 400 for one that is not a uuid', async () => {
    expect(expectProblem(await getCitizen(asAnna, '00000000-0000-4000-8006-999999999999'), 404).code).toBe('citizen-not-found');
    expectProblem(await getCitizen(asAnna, '0101901234'), 400);
  });
});

describe('revealCitizenCpr', () => {
  it('answers the full number and audits it with the purpose', async () => {
    const mark = await lastAuditId();
    const { id, cpr } = DEMO_PERSONS.familyFather;
    const response = await asMette({ method: 'POST', url: `/api/citizens/${id}/reveal-cpr`, payload: { purpose: 'pas' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({ id, cpr: `${cpr.slice(0, 6)}-${cpr.slice(6)}` });
    const rows = await citizenAuditSince(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'citizen.reveal-cpr',
      subjectType: 'citizen',
      subjectId: id,
      purpose: 'pas',
      actorUserId: DEMO.users.mette,
      municipalityId: DEMO.vejle.id,
    });
    expect(JSON.stringify(rows[0])).not.toContain(cpr);
  });

  it('requires a purpose in the body and refuses unknown ids', async () => {
    const { id } = DEMO_PERSONS.familyFather;
    expectProblem(await asAnna({ method: 'POST', url: `/api/citizens/${id}/reveal-cpr`, payload: {} }), 400);
    const unknown = await asAnna({
      method: 'POST',
      url: '/api/citizens/00000000-0000-4000-8006-999999999999/reveal-cpr',
      payload: { purpose: 'pas' },
    });
    expectProblem(unknown, 404);
  });

  it('leaves the audit chains intact', async () => {
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
    expect(await verifyAuditChain(ctx.app.db, DEMO.vejle.id)).toBeNull();
    const reads = await ctx.app.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, 'citizen.read-relation'));
    expect(reads.length).toBeGreaterThan(0);
  });
});
