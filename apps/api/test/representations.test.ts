import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { and, asc, gt, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let anna: ReturnType<typeof injectAs>;
let mette: ReturnType<typeof injectAs>;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const citizen = DEMO_PERSONS.nearPensionAarhus;
const vaerge = DEMO_PERSONS.modulus11Failing; // Katarzyna Nowak, born 1965
const dashed = (cpr: string) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

const lastAuditId = async () => {
  const rows = await ctx.app.db.select({ id: schema.auditEvents.id }).from(schema.auditEvents);
  return Math.max(0, ...rows.map((r) => r.id));
};
const representationAuditSince = (id: number) =>
  ctx.app.db
    .select()
    .from(schema.auditEvents)
    .where(and(gt(schema.auditEvents.id, id), like(schema.auditEvents.action, 'representation.%')))
    .orderBy(asc(schema.auditEvents.id));

const record = (as: typeof anna, citizenId: string, body: Record<string, unknown>) =>
  as({ method: 'POST', url: `/api/citizens/${citizenId}/representations`, payload: body });
const list = (as: typeof anna, citizenId: string, query = 'purpose=digital-post') =>
  as({ method: 'GET', url: `/api/citizens/${citizenId}/representations?${query}` });
const end = (as: typeof anna, id: string, reason = 'Værgemålet er ophævet af Familieretshuset.') =>
  as({ method: 'POST', url: `/api/representations/${id}/end`, payload: { reason } });

const AS_VAERGE = {
  representativeCpr: dashed(vaerge.cpr),
  kind: 'vaerge',
  scope: ['both'],
  validFrom: '2026-01-01',
  documentSeen: 'vaergebeskikkelse',
  documentReference: 'FAM-2025-1234',
};

describe('recording a representation', () => {
  let representationId = '';

  it('records a værge found by CPR number, shows the CPR masked, and audits both people in the same transaction', async () => {
    const mark = await lastAuditId();
    const response = await record(anna, citizen.id, AS_VAERGE);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    representationId = body.id;
    expect(body).toMatchObject({
      kind: 'vaerge',
      scope: ['both'],
      validFrom: '2026-01-01',
      validTo: null,
      state: 'valid',
      documentSeen: 'vaergebeskikkelse',
      documentReference: 'FAM-2025-1234',
      citizen: { id: citizen.id },
      representative: { id: vaerge.id, name: 'Katarzyna Nowak', cprMasked: `${vaerge.cpr.slice(0, 6)}-XXXX` },
      municipality: { name: 'Aarhus Kommune' },
      mayEnd: true,
      ended: null,
    });
    expect(response.body).not.toContain(vaerge.cpr.slice(6));
    const audit = await representationAuditSince(mark);
    expect(audit.map((a) => [a.action, a.subjectId, a.purpose])).toEqual([
      ['representation.record', citizen.id, 'repraesentation'],
      ['representation.record', vaerge.id, 'repraesentation'],
    ]);
    expect(audit[1]!.details).toMatchObject({ representationId, viaCitizenId: citizen.id });
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
  });

  it('lists it both ways: who may act for the citizen, and for whom the representative may act', async () => {
    const mark = await lastAuditId();
    const forCitizen = (await list(anna, citizen.id)).json();
    expect(forCitizen.representedBy.map((r: { id: string }) => r.id)).toContain(representationId);
    expect(forCitizen.representing).toEqual([]);
    const forVaerge = (await list(anna, vaerge.id, 'purpose=vejledning')).json();
    expect(forVaerge.representing).toMatchObject([{ id: representationId, citizen: { id: citizen.id } }]);
    const audit = await representationAuditSince(mark);
    expect(audit.map((a) => [a.action, a.subjectId, a.purpose])).toEqual([
      ['representation.list', citizen.id, 'digital-post'],
      ['representation.read-relation', vaerge.id, 'digital-post'],
      ['representation.list', vaerge.id, 'vejledning'],
      ['representation.read-relation', citizen.id, 'vejledning'],
    ]);
  });

  it("another municipality's desk sees it, with the municipality that recorded it, but cannot end it", async () => {
    const seen = (await list(mette, citizen.id)).json();
    expect(seen.representedBy).toMatchObject([{ id: representationId, municipality: { name: 'Aarhus Kommune' }, mayEnd: false }]);
    const refused = await end(mette, representationId);
    expectProblem(refused, 404);
    expect(refused.json().code).toBe('representation-not-found');
  });

  it('ends it with a reason, once: a second end is 409', async () => {
    const mark = await lastAuditId();
    const ended = await end(anna, representationId);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ state: 'ended', mayEnd: false, ended: { reason: 'Værgemålet er ophævet af Familieretshuset.' } });
    expect((await representationAuditSince(mark)).map((a) => [a.action, a.subjectId])).toEqual([
      ['representation.end', citizen.id],
      ['representation.end', vaerge.id],
    ]);
    const again = await end(anna, representationId);
    expectProblem(again, 409);
    expect(again.json().code).toBe('representation-already-ended');
  });

  it('records custody of a child until the day before the 18th birthday', async () => {
    const response = await record(anna, DEMO_PERSONS.childTwoHolders.id, {
      representativeCpr: DEMO_PERSONS.familyFather.cpr,
      kind: 'foraeldremyndighed',
      scope: [],
      validFrom: '2014-06-20',
      documentSeen: 'birth_certificate',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ validTo: '2032-06-19', state: 'valid' });
  });
});

describe('what is refused', () => {
  it.each([
    ['the citizen as their own representative', { representativeCpr: citizen.cpr }, 'representative-is-citizen', '/body/representativeCpr'],
    ['an end before the start', { validTo: '2025-12-31' }, 'dates-out-of-order', '/body/validTo'],
    [
      'custody of an adult',
      { kind: 'foraeldremyndighed', scope: [], documentSeen: 'birth_certificate' },
      'custody-only-for-child',
      '/body/kind',
    ],
    ['a værge on a paper fuldmagt', { documentSeen: 'fuldmagt_paper' }, 'document-does-not-fit', '/body/document'],
  ])('%s', async (_name, change, _code, pointer) => {
    const response = await record(anna, citizen.id, { ...AS_VAERGE, ...change });
    expectProblem(response, 400);
    expect(response.json()).toMatchObject({ code: 'representation-invalid', errors: [{ pointer }] });
  });

  it('a CPR number that is not in the register (answered masked), and one that is not a CPR number', async () => {
    const unknown = await record(anna, citizen.id, { ...AS_VAERGE, representativeCpr: '010190-0000' });
    expectProblem(unknown, 404);
    expect(unknown.json()).toMatchObject({ code: 'representative-not-found', detail: expect.stringContaining('010190-XXXX') });
    const invalid = await record(anna, citizen.id, { ...AS_VAERGE, representativeCpr: '3213901234' });
    expectProblem(invalid, 400);
    expect(invalid.json().code).toBe('invalid-cpr');
  });

  it('an unknown citizen, and `andet` without a purpose text', async () => {
    expectProblem(await list(anna, '00000000-0000-4000-8000-00000000ffff'), 404);
    expectProblem(await record(anna, '00000000-0000-4000-8000-00000000ffff', AS_VAERGE), 404);
    const noText = await list(anna, citizen.id, 'purpose=andet');
    expectProblem(noText, 400);
    expect(noText.json().code).toBe('purpose-text-required');
  });
});
