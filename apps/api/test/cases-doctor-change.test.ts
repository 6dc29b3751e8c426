import { schema } from '@skranke/db';
import { DEMO_DOCTORS, DEMO_PERSONS } from '@skranke/db/seed';
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, lastAuditId, pdfText, saveStep, type CaseBody } from './cases-helpers.ts';
import type { As } from './queue-helpers.ts';

interface Insurance {
  group: number;
  doctor: { id: string; clinicName: string } | null;
  groupChangedOn: string | null;
  groupChangeAllowedFrom: string | null;
}
interface DoctorChangeCase extends CaseBody {
  doctorChange: {
    insurance: Insurance;
    fee: { amountOre: number; freeBecause: string | null } | null;
    change: { reason: string; groupFrom: number; groupTo: number; to: { id: string; distanceKm: number | null } | null } | null;
  } | null;
}

let ctx: TestContext;
let anna: As;
let mette: As;
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const start = async (as: As, citizenId: string) =>
  expectOk<DoctorChangeCase>(await as({ method: 'POST', url: `/api/citizens/${citizenId}/cases/doctor-change`, payload: {} }), 201);
const save = async (as: As, c: DoctorChangeCase, step: string, data: Record<string, unknown>) =>
  expectOk<DoctorChangeCase>(await saveStep(as, c.id, step, c.version, data), 200);
const near = (as: As, citizenId: string) => as({ method: 'GET', url: `/api/citizens/${citizenId}/doctors` });

describe('doctors within reach (listDoctorsNearCitizen)', () => {
  it('lists open practices within 15 km of home, nearest first, with the citizen’s sygesikring; audited', async () => {
    const mark = await lastAuditId(ctx.app);
    const body = expectOk<{
      reachKm: number;
      copenhagenArea: boolean;
      home: { postcode: string };
      doctors: Array<{ id: string; distanceKm: number; openForNewPatients: boolean }>;
      insurance: Insurance;
    }>(await near(anna, DEMO_PERSONS.nearPensionAarhus.id), 200);
    expect(body).toMatchObject({ reachKm: 15, copenhagenArea: false, home: { postcode: '8270' } });
    const ids = body.doctors.map((d) => d.id);
    expect(ids[0]).toBe(DEMO_DOCTORS.hoejbjerg);
    expect(ids).toContain(DEMO_DOCTORS.troejborg);
    expect(ids).not.toContain(DEMO_DOCTORS.viby); // closed to new patients
    expect(ids).not.toContain(DEMO_DOCTORS.hinnerup); // about 19 km away
    expect(ids).not.toContain(DEMO_DOCTORS.daemningen); // Vejle
    const distances = body.doctors.map((d) => d.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(body.doctors.every((d) => d.openForNewPatients && d.distanceKm <= 15)).toBe(true);
    expect(body.insurance).toMatchObject({ group: 1, doctor: { id: DEMO_DOCTORS.hoejbjerg } });
    const audit = await ctx.app.db.select().from(schema.auditEvents).where(gt(schema.auditEvents.id, mark));
    expect(audit.map((a) => [a.action, a.subjectId, a.purpose])).toEqual([
      ['health.doctors-read', DEMO_PERSONS.nearPensionAarhus.id, 'doctor_change'],
    ]);
  });

  it('has no home to measure from for a citizen without a fixed address: no doctors, and a case is refused', async () => {
    const body = expectOk<{ home: unknown; doctors: unknown[] }>(await near(anna, DEMO_PERSONS.noFixedAddress.id), 200);
    expect(body).toMatchObject({ home: null, doctors: [] });
    const refused = await anna({ method: 'POST', url: `/api/citizens/${DEMO_PERSONS.noFixedAddress.id}/cases/doctor-change`, payload: {} });
    expect(expectProblem(refused, 409).code).toBe('no-danish-address');
  });

  it('answers 404 for an unknown citizen', async () => {
    expect(expectProblem(await near(anna, '00000000-0000-4000-8006-999999999999'), 404).code).toBe('citizen-not-found');
  });
});

describe('lægeskift', () => {
  it('a wish to change doctor: the new doctor within reach, the health card fee paid; registered, with a receipt', async () => {
    let c = await start(anna, DEMO_PERSONS.nearPensionAarhus.id);
    expect(c.steps).toEqual(['reason', 'group', 'doctor', 'payment']);
    c = await save(anna, c, 'reason', { reason: 'wish' });
    expect(c.doctorChange?.fee).toMatchObject({ amountOre: 22500, freeBecause: null });
    c = await save(anna, c, 'group', { group: 1 });
    const closed = expectProblem(await saveStep(anna, c.id, 'doctor', c.version, { doctorId: DEMO_DOCTORS.viby }), 400);
    expect(closed.errors!.map((e: { detail: string }) => e.detail)).toEqual(['Lægen tager ikke imod nye patienter.']);
    const far = expectProblem(await saveStep(anna, c.id, 'doctor', c.version, { doctorId: DEMO_DOCTORS.give }), 400);
    expect(far.detail).toContain('inden for 15 km');
    expect(expectProblem(await saveStep(anna, c.id, 'doctor', c.version, { doctorId: DEMO_DOCTORS.hoejbjerg }), 400).code).toBe(
      'step-invalid',
    );
    c = await save(anna, c, 'doctor', { doctorId: DEMO_DOCTORS.troejborg });
    c = await save(anna, c, 'payment', { paid: true });
    c = expectOk<DoctorChangeCase>(await complete(anna, c.id, c.version), 200);
    expect(c.doctorChange?.change).toMatchObject({ reason: 'wish', groupFrom: 1, groupTo: 1, to: { id: DEMO_DOCTORS.troejborg } });
    expect(c.doctorChange?.insurance.doctor?.id).toBe(DEMO_DOCTORS.troejborg);
    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(text).toContain('Kvittering for lægeskift');
    expect(text).toContain('Trøjborg Lægehus');
    expect(text).toContain('225,00 kr.');
  });

  it('is free when moving', async () => {
    let c = await start(anna, DEMO_PERSONS.otherParent.id);
    c = await save(anna, c, 'reason', { reason: 'moving' });
    c = await save(anna, c, 'group', { group: 1 });
    c = await save(anna, c, 'doctor', { doctorId: DEMO_DOCTORS.randersvej });
    c = await save(anna, c, 'payment', { paid: false });
    c = expectOk<DoctorChangeCase>(await complete(anna, c.id, c.version), 200);
    expect(c.doctorChange?.fee).toMatchObject({ amountOre: 0, freeBecause: 'moving' });
  });

  it('a change to group 2 has no doctor and starts the 12 months; a change within 12 months is refused', async () => {
    let c = await start(anna, DEMO_PERSONS.familyFather.id);
    c = await save(anna, c, 'reason', { reason: 'group_change' });
    expect(expectProblem(await saveStep(anna, c.id, 'group', c.version, { group: 1 }), 400).errors![0]!.detail).toContain(
      'allerede i gruppe 1',
    );
    c = await save(anna, c, 'group', { group: 2 });
    expect(expectProblem(await saveStep(anna, c.id, 'doctor', c.version, { doctorId: DEMO_DOCTORS.troejborg }), 400).code).toBe(
      'step-invalid',
    );
    c = await save(anna, c, 'doctor', {});
    c = await save(anna, c, 'payment', { paid: true });
    c = expectOk<DoctorChangeCase>(await complete(anna, c.id, c.version), 200);
    expect(c.doctorChange?.insurance).toMatchObject({ group: 2, doctor: null, groupChangedOn: today });

    // The mother changed to group 2 five months ago.
    let m = await start(anna, DEMO_PERSONS.familyMother.id);
    m = await save(anna, m, 'reason', { reason: 'group_change' });
    const tooSoon = expectProblem(await saveStep(anna, m.id, 'group', m.version, { group: 1 }), 400);
    expect(tooSoon.detail).toContain('kan tidligst skiftes igen');
  });

  it("another municipality's case is not found; its start and steps are audited about the citizen", async () => {
    const mark = await lastAuditId(ctx.app);
    let c = await start(mette, DEMO_PERSONS.vejleResident.id);
    c = await save(mette, c, 'reason', { reason: 'wish' });
    expect(expectProblem(await anna({ method: 'GET', url: `/api/cases/${c.id}` }), 404).code).toBe('not-found');
    expect(expectProblem(await saveStep(anna, c.id, 'group', c.version, { group: 1 }), 404).code).toBe('not-found');
    const rows = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(and(gt(schema.auditEvents.id, mark), eq(schema.auditEvents.subjectId, DEMO_PERSONS.vejleResident.id)));
    expect(rows.map((r) => r.action)).toEqual(['case.start', 'case.save-step']);
  });
});
