import { schema } from '@skranke/db';
import { DEMO_DOCTORS, DEMO_PERSONS } from '@skranke/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, lastAuditId, pdfText, saveStep } from './cases-helpers.ts';
import { applyDueMoves } from '../src/floor/registers/apply-due-moves.ts';
import { auditAbout, inDays, insertPerson, type AddressChangeCase } from './address-change-helpers.ts';
import type { As } from './queue-helpers.ts';

let ctx: TestContext;
let anna: As;
let mette: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const start = async (as: As, citizenId: string) =>
  expectOk<AddressChangeCase>(await as({ method: 'POST', url: `/api/citizens/${citizenId}/cases/address-change`, payload: {} }), 201);
const save = async (as: As, c: AddressChangeCase, step: string, data: Record<string, unknown>) =>
  expectOk<AddressChangeCase>(await saveStep(as, c.id, step, c.version, data), 200);
const refused = async (as: As, c: AddressChangeCase, step: string, data: Record<string, unknown>) =>
  expectProblem(await saveStep(as, c.id, step, c.version, data), 400);
const person = async (id: string) => (await ctx.app.db.select().from(schema.persons).where(eq(schema.persons.id, id)))[0]!;

const OLD: [string, string, string] = ['Flyttevej 1, 2. th.', '8000', 'Aarhus C'];
const NEW = { street: 'Nørregade 10', postcode: '8000', city: 'Aarhus C' };
const HOST = { hostName: 'Ole Hansen', hostLivesThere: true, seen: true };

describe('a flytning with a c/o address, co-movers and a new doctor', () => {
  it('is refused step by step where the rules say, then registers everyone and prints a receipt', async () => {
    const karen = await insertPerson(ctx.app.db, 'Karen', OLD);
    const poul = await insertPerson(ctx.app.db, 'Poul', OLD);
    const sofie = await insertPerson(ctx.app.db, 'Sofie', ['Skolegade 2', '8000', 'Aarhus C'], { birthYear: 2015, holders: [karen] });
    const ulla = await insertPerson(ctx.app.db, 'Ulla', ['Andenvej 3', '8200', 'Aarhus N']);
    const mark = await lastAuditId(ctx.app);

    let c = await start(anna, karen);
    expect(c).toMatchObject({
      type: 'address_change',
      status: 'draft',
      currentStep: 'address',
      steps: ['address', 'date', 'movers', 'doctor'],
    });

    // c/o without the host's declaration
    const noDeclaration = await refused(anna, c, 'address', { kind: 'domestic', ...NEW, careOf: 'Ole Hansen' });
    expect(noDeclaration.errors?.[0]).toMatchObject({ pointer: '/body/data/hostDeclaration' });
    expect(noDeclaration.detail).toContain('logiværtserklæring');
    c = await save(anna, c, 'address', { kind: 'domestic', ...NEW, careOf: 'Ole Hansen', hostDeclaration: HOST });

    // moving date more than 4 weeks ahead
    const tooFar = await refused(anna, c, 'date', { movingDate: inDays(29) });
    expect(tooFar.errors?.[0]).toMatchObject({ pointer: '/body/data/movingDate' });
    expect(tooFar.detail).toContain('højst 4 uger');
    c = await save(anna, c, 'date', { movingDate: inDays(7) });
    expect(c.addressChange?.lateReport).toMatchObject({ late: false, fineKr: 0 });

    // who may move along: Poul at the same address, Sofie as Karen's child
    const candidates = expectOk<{ candidates: Array<{ id: string; reason: string }> }>(
      await anna({ method: 'GET', url: `/api/cases/${c.id}/address-change/co-movers` }),
      200,
    ).candidates;
    expect(candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: poul, reason: 'same_address' }),
        expect.objectContaining({ id: sofie, reason: 'child' }),
      ]),
    );
    expect(candidates.map((x) => x.id)).not.toContain(ulla);

    const notThere = await refused(anna, c, 'movers', { coMovers: [ulla] });
    expect(notThere.errors?.[0]).toMatchObject({ pointer: '/body/data/coMovers/0' });
    expect(notThere.detail).toContain('bor ikke på borgerens nuværende adresse');
    c = await save(anna, c, 'movers', { coMovers: [poul, sofie] });
    expect(c.addressChange?.coMovers.map((m) => m.id)).toEqual([poul, sofie]);

    // doctors near the new address; Karen has no doctor on record, so "keep" is refused
    const doctors = expectOk<{ areaKnown: boolean; current: unknown; offered: Array<{ id: string }> }>(
      await anna({ method: 'GET', url: `/api/cases/${c.id}/address-change/doctors` }),
      200,
    );
    expect(doctors.areaKnown).toBe(true);
    expect(doctors.current).toBeNull();
    expect(doctors.offered.length).toBeGreaterThan(0);
    expect((await refused(anna, c, 'doctor', { choice: 'keep' })).errors?.[0]?.pointer).toBe('/body/data/choice');
    const chosen = doctors.offered[0]!.id;
    c = await save(anna, c, 'doctor', { choice: 'new', doctorId: chosen });

    c = expectOk<AddressChangeCase>(await complete(anna, c.id, c.version), 200);
    expect(c.status).toBe('completed');
    expect(c.addressChange).toMatchObject({ doctor: { choice: 'new', doctorId: chosen }, digitalPost: { effect: 'none' } });
    expect(c.addressChange?.registeredAt).not.toBeNull();

    // Reported a week ahead: the register changes on the moving date (maintenance applies it then), not now.
    expect(await person(karen)).toMatchObject({ street: OLD[0] });
    await applyDueMoves(ctx.owner, inDays(7));
    for (const id of [karen, poul, sofie])
      expect(await person(id)).toMatchObject({ street: 'c/o Ole Hansen, Nørregade 10', postcode: '8000' });
    expect(await person(ulla)).toMatchObject({ street: 'Andenvej 3' });
    const moves = await ctx.app.db.select().from(schema.addressMoves).where(eq(schema.addressMoves.caseId, c.id));
    expect(moves).toHaveLength(3);
    expect(moves.find((m) => m.personId === karen)).toMatchObject({ hostName: 'Ole Hansen', hostDeclarationSeen: true, doctorId: chosen });

    // every co-mover read and moved is audited about the co-mover
    for (const id of [poul, sofie]) {
      const actions = (await auditAbout(ctx.app.db, id, mark)).map((a) => a.action);
      expect(actions).toContain('address-change.co-mover-read');
      expect(actions).toContain('address-change.co-mover-move');
    }
    const karenActions = (await auditAbout(ctx.app.db, karen, mark)).map((a) => a.action);
    expect(karenActions).toEqual(
      expect.arrayContaining(['case.start', 'case.save-step', 'address-change.doctor-options', 'case.complete', 'address-change.move']),
    );

    const pdf = await anna({ method: 'GET', url: `/api/cases/${c.id}/document` });
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Kvittering for anmeldelse af flytning');
    expect(text).toContain('c/o Ole Hansen');
    expect(text).toContain('Logiværtserklæring fra Ole Hansen');
    expect(text).toContain('Poul Flyttetest');

    // Poul is now registered as moving that day: a second move of his on that date is refused
    const own = await start(anna, poul);
    const again = await refused(
      anna,
      await save(anna, own, 'address', { kind: 'domestic', street: 'Tredjevej 4', postcode: '8000', city: 'Aarhus C' }),
      'date',
      {
        movingDate: inDays(7),
      },
    );
    expect(again.errors?.[0]?.detail).toContain('allerede registreret som flyttende');
  });

  it('refuses a co-mover already moving elsewhere on that date', async () => {
    const a = await insertPerson(ctx.app.db, 'Asger', ['Samvej 5', '8000', 'Aarhus C']);
    const b = await insertPerson(ctx.app.db, 'Birthe', ['Samvej 5', '8000', 'Aarhus C']);
    const other = await insertPerson(ctx.app.db, 'Carl', ['Samvej 5', '8000', 'Aarhus C']);
    // Birthe moves with Carl first
    let first = await start(anna, other);
    first = await save(anna, first, 'address', { kind: 'domestic', street: 'Østergade 1', postcode: '8000', city: 'Aarhus C' });
    first = await save(anna, first, 'date', { movingDate: inDays(3) });
    first = await save(anna, first, 'movers', { coMovers: [b] });
    first = await save(anna, first, 'doctor', { choice: 'choose_later' });
    expectOk(await complete(anna, first.id, first.version), 200);

    let c = await start(anna, a);
    c = await save(anna, c, 'address', { kind: 'domestic', street: 'Vestergade 9', postcode: '8000', city: 'Aarhus C' });
    c = await save(anna, c, 'date', { movingDate: inDays(3) });
    const problem = await refused(anna, c, 'movers', { coMovers: [b] });
    expect(problem.errors?.map((e) => e.detail).join(' ')).toContain('allerede registreret som flyttende til en anden adresse');
  });
});

describe('late reporting and Digital Post on return', () => {
  it('a move reported 10 days late is registered, and the citizen is told about the 600 kr fine', async () => {
    const id = await insertPerson(ctx.app.db, 'Lene', ['Gammelvej 1', '8000', 'Aarhus C']);
    let c = await start(anna, id);
    c = await save(anna, c, 'address', { kind: 'domestic', street: 'Nyvej 2', postcode: '8000', city: 'Aarhus C' });
    c = await save(anna, c, 'date', { movingDate: inDays(-10) });
    expect(c.addressChange?.lateReport).toMatchObject({ late: true, fineKr: 600 });
    expect(c.addressChange?.notices.map((n) => n.da).join(' ')).toContain('bøde på 600 kr');
    c = await save(anna, c, 'movers', { coMovers: [] });
    c = await save(anna, c, 'doctor', { choice: 'choose_later' });
    c = expectOk<AddressChangeCase>(await complete(anna, c.id, c.version), 200);
    expect(c.status).toBe('completed');
    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(text).toContain('600 kr');
  });

  it('a return to Denmark dated today: the citizen is told they are again subject to Digital Post; the register shows them resident at once', async () => {
    const emigrated = DEMO_PERSONS.emigrated.id;
    let c = await start(anna, emigrated);
    expectProblem(await saveStep(anna, c.id, 'address', c.version, { kind: 'domestic', ...NEW }), 400);
    c = await save(anna, c, 'address', { kind: 'return', ...NEW });
    expect(c.addressChange?.digitalPost?.effect).toMatch(/subject_again|emigration_exemption_lapses|stays_exempt/);
    c = await save(anna, c, 'date', { movingDate: inDays(0) });
    c = await save(anna, c, 'movers', { coMovers: [] });
    c = await save(anna, c, 'doctor', { choice: 'choose_later' });
    c = expectOk<AddressChangeCase>(await complete(anna, c.id, c.version), 200);
    expect(await person(emigrated)).toMatchObject({ status: 'active', street: 'Nørregade 10', emigratedOn: null });
  });

  it('an emigration: no Danish address, no doctor; the duty to use Digital Post ends; the register shows the country', async () => {
    const id = await insertPerson(ctx.app.db, 'Udvandrer', ['Rejsevej 1', '8000', 'Aarhus C']);
    let c = await start(anna, id);
    c = await save(anna, c, 'address', { kind: 'emigration', country: 'Sverige' });
    expect(c.addressChange?.digitalPost?.effect).toBe('duty_ends');
    c = await save(anna, c, 'date', { movingDate: inDays(14) });
    c = await save(anna, c, 'movers', { coMovers: [] });
    expect((await refused(anna, c, 'doctor', { choice: 'keep' })).errors?.[0]?.detail).toContain('Ved udrejse vælges ingen læge');
    c = await save(anna, c, 'doctor', { choice: 'choose_later' });
    c = expectOk<AddressChangeCase>(await complete(anna, c.id, c.version), 200);
    expect(await person(id)).toMatchObject({ status: 'active', street: 'Rejsevej 1' }); // until the moving date
    await applyDueMoves(ctx.owner, inDays(14));
    expect(await person(id)).toMatchObject({ status: 'emigrated', emigratedTo: 'Sverige', street: null });
    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(text).toContain('Udrejse til Sverige');
    expect(text).toContain('pligten til Digital Post');
  });

  it('keeping the current doctor is possible when the doctor is within reach of the new address', async () => {
    const id = await insertPerson(ctx.app.db, 'Hanne', ['Hanvej 1', '8000', 'Aarhus C']);
    const doctorId = DEMO_DOCTORS.jaegergaardsgade;
    await ctx.app.db.insert(schema.healthInsurance).values({ personId: id, doctorId, doctorSince: '2020-01-01' });
    let c = await start(anna, id);
    c = await save(anna, c, 'address', { kind: 'domestic', street: 'Ny Munkegade 3', postcode: '8000', city: 'Aarhus C' });
    const options = expectOk<{ current: { id: string; withinReach: boolean } | null }>(
      await anna({ method: 'GET', url: `/api/cases/${c.id}/address-change/doctors` }),
      200,
    );
    expect(options.current).toMatchObject({ id: doctorId, withinReach: true });
    c = await save(anna, c, 'date', { movingDate: inDays(1) });
    c = await save(anna, c, 'movers', { coMovers: [] });
    c = await save(anna, c, 'doctor', { choice: 'keep' });
    expect(c.addressChange?.doctor).toMatchObject({ choice: 'keep' });
  });
});

describe('tenancy', () => {
  it("another municipality cannot read the case or its co-movers (404), and the doctors' list needs the address first", async () => {
    const id = await insertPerson(ctx.app.db, 'Tove', ['Tovevej 1', '8000', 'Aarhus C']);
    const c = await start(anna, id);
    expectProblem(await anna({ method: 'GET', url: `/api/cases/${c.id}/address-change/doctors` }), 409);
    expectProblem(await mette({ method: 'GET', url: `/api/cases/${c.id}` }), 404);
    expectProblem(await mette({ method: 'GET', url: `/api/cases/${c.id}/address-change/co-movers` }), 404);
    expectProblem(await mette({ method: 'GET', url: `/api/cases/${c.id}/address-change/doctors` }), 404);
    expectProblem(await saveStep(mette, c.id, 'address', c.version, { kind: 'domestic', ...NEW }), 404);
  });
});
