import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { asc, like, sql } from 'drizzle-orm';
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

const citizenAudit = () =>
  ctx.app.db.select().from(schema.auditEvents).where(like(schema.auditEvents.action, 'citizen.%')).orderBy(asc(schema.auditEvents.id));

const lookup = (as: ReturnType<typeof injectAs>, payload: Record<string, unknown>) =>
  as({ method: 'POST', url: '/api/citizens/lookup', payload });

describe('lookupCitizen', () => {
  it('finds a resident, answers the CPR number masked and writes exactly one audit record', async () => {
    const before = await citizenAudit();
    const { id, cpr } = DEMO_PERSONS.familyMother;
    const response = await lookup(asAnna, { cpr: `${cpr.slice(0, 6)}-${cpr.slice(6)}`, purpose: 'pas' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const citizen = response.json();
    expect(citizen).toEqual({
      id,
      name: 'Sofie Bach Kristensen',
      cprMasked: '050986-XXXX',
      birthDate: '1986-09-05',
      age: expect.any(Number),
      sex: 'female',
      status: 'active',
      municipality: { code: '751', name: 'Aarhus Kommune' },
    });
    expect(response.body).not.toContain(cpr.slice(6));

    const after = await citizenAudit();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      municipalityId: DEMO.aarhus.id,
      actorUserId: DEMO.users.anna,
      action: 'citizen.lookup',
      subjectType: 'citizen',
      subjectId: id,
      purpose: 'pas',
      details: {},
    });
    expect(JSON.stringify(after.at(-1))).not.toContain(cpr);
  });

  it('accepts the number without a dash and with surrounding spaces', async () => {
    const { id, cpr } = DEMO_PERSONS.vejleResident;
    const response = await lookup(asAnna, { cpr: ` ${cpr} `, purpose: 'koerekort' });
    expect(response.json()).toMatchObject({ id, cprMasked: '150677-XXXX', sex: 'male' });
  });

  it("finds residents of any municipality, audited in the staff member's own", async () => {
    const { id, cpr } = DEMO_PERSONS.familyFather; // lives in Aarhus
    const response = await lookup(asMette, { cpr, purpose: 'mitid' });
    expect(response.json()).toMatchObject({ id, municipality: { code: '751' } });
    expect((await citizenAudit()).at(-1)).toMatchObject({ municipalityId: DEMO.vejle.id, actorUserId: DEMO.users.mette, subjectId: id });
  });

  it.each([
    ['a number that fails modulus 11', DEMO_PERSONS.modulus11Failing, '1965-01-01'],
    ['a substitute number (day + 60)', DEMO_PERSONS.substituteNumber, '1995-05-10'],
  ])('finds %s', async (_label, person, birthDate) => {
    const response = await lookup(asAnna, { cpr: person.cpr, purpose: 'vejledning' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: person.id, birthDate });
  });

  it.each([
    ['0101901234x', 'invalid-characters', /kun indeholde cifre/, /only digits/],
    ['010190 1234', 'invalid-characters', /kun indeholde cifre/, /only digits/],
    ['01019012', 'wrong-length', /10 cifre/, /10 digits/],
    ['0101-901234', 'misplaced-dash', /Bindestregen/, /dash/],
    ['310490-1234', 'invalid-date', /fødselsdato/, /date of birth/],
    ['290297-1234', 'invalid-date', /fødselsdato/, /date of birth/],
    ['', 'empty', /Skriv et CPR-nummer/, /Enter a CPR number/],
  ])('refuses %j with 400 in Danish and English (%s), unaudited', async (cpr, reason, da, en) => {
    const before = await citizenAudit();
    const problem = expectProblem(await lookup(asAnna, { cpr, purpose: 'pas' }), 400) as ReturnType<typeof expectProblem> & {
      detailEn: string;
      reason: string;
    };
    expect(problem).toMatchObject({ code: 'invalid-cpr', type: 'urn:skranke:problem:invalid-cpr', instance: '/api/citizens/lookup' });
    expect(problem.detail).toMatch(da);
    expect(problem.detailEn).toMatch(en);
    // Beside the field in the reader's language: Danish `detail`, English `detailEn` (issue 9: was English only).
    expect(problem.errors).toEqual([{ pointer: '/body/cpr', detail: problem.detail, detailEn: problem.detailEn }]);
    if (cpr.length >= 6) expect(JSON.stringify(problem)).not.toContain(cpr.replace(/\D/g, '').slice(0, 6));
    expect(await citizenAudit()).toHaveLength(before.length);
  });

  it('answers an unknown number with 404, naming it masked, and audits the attempt without the number', async () => {
    const response = await lookup(asAnna, { cpr: '0101901234', purpose: 'andet', purposeText: 'Spørgsmål om 0101901234' });
    const problem = expectProblem(response, 404) as ReturnType<typeof expectProblem> & { detailEn: string };
    expect(problem.code).toBe('citizen-not-found');
    expect(problem.detail).toContain('010190-XXXX');
    expect(problem.detailEn).toContain('010190-XXXX');
    expect(response.body).not.toContain('0101901234');
    const row = (await citizenAudit()).at(-1)!;
    expect(row).toMatchObject({
      action: 'citizen.lookup',
      subjectType: 'citizen',
      subjectId: null,
      purpose: 'andet',
      details: { cprMasked: '010190-XXXX', purposeText: 'Spørgsmål om [CPR]' },
    });
    expect(JSON.stringify(row)).not.toContain('0101901234');
  });

  it("requires a reason in words for the purpose 'andet', and a known purpose", async () => {
    const { cpr } = DEMO_PERSONS.familyMother;
    const missing = expectProblem(await lookup(asAnna, { cpr, purpose: 'andet' }), 400);
    expect(missing).toMatchObject({ code: 'purpose-text-required', errors: [{ pointer: '/body/purposeText' }] });
    expect(expectProblem(await lookup(asAnna, { cpr, purpose: 'andet', purposeText: '   ' }), 400).code).toBe('purpose-text-required');
    expect(expectProblem(await lookup(asAnna, { cpr, purpose: 'nysgerrighed' }), 400).code).toBe('validation-error');
    expect(expectProblem(await lookup(asAnna, { cpr }), 400).code).toBe('validation-error');
    expect(expectProblem(await lookup(asAnna, { cpr, purpose: 'pas', admin: true }), 400).code).toBe('validation-error');
    const other = await lookup(asAnna, { cpr, purpose: 'andet', purposeText: 'Hjælp til boligstøtte' });
    expect(other.statusCode).toBe(200);
    expect((await citizenAudit()).at(-1)).toMatchObject({ purpose: 'andet', details: { purposeText: 'Hjælp til boligstøtte' } });
  });

  it('requires a signed-in staff member', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/citizens/lookup',
      payload: { cpr: DEMO_PERSONS.familyMother.cpr, purpose: 'pas' },
    });
    expectProblem(response, 401);
  });

  it('answers nothing when the audit record cannot be written: the read and its record share one transaction', async () => {
    await ctx.owner.execute(sql`
      create function refuse_citizen_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit store unavailable'; end $$`);
    await ctx.owner.execute(sql`
      create trigger refuse_citizen_audit before insert on audit_events
      for each row when (new.action like 'citizen.%') execute function refuse_citizen_audit()`);
    try {
      const response = await lookup(asAnna, { cpr: DEMO_PERSONS.familyMother.cpr, purpose: 'pas' });
      expectProblem(response, 500);
      expect(response.body).not.toContain('Kristensen');
    } finally {
      await ctx.owner.execute(sql`drop trigger refuse_citizen_audit on audit_events`);
      await ctx.owner.execute(sql`drop function refuse_citizen_audit()`);
    }
  });

  it('keeps both municipalities’ audit chains intact', async () => {
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
    expect(await verifyAuditChain(ctx.app.db, DEMO.vejle.id)).toBeNull();
  });
});
