import { schema } from '@skranke/db';
import { DEMO_IDENTITY_DOCUMENTS, DEMO_PERSONS } from '@skranke/db/seed';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, pdfText, saveStep, startCase, type CaseBody } from './cases-helpers.ts';
import { insertResident, todayCph } from './cases-passport-helpers.ts';
import type { As } from './queue-helpers.ts';

interface LicenceCase extends CaseBody {
  stepData: Record<string, unknown>;
  drivingLicence: {
    licence: { id: string; documentNumber: string; expiresOn: string; healthLimited: boolean; renewableFrom: string } | null;
    fee: { amountOre: number; year: number; approximate: boolean; waiver: string | null } | null;
    order: { kind: string; duplicateReason: string | null; lossDeclared?: boolean } | null;
    feeProblem?: { code: string; da: string; en: string };
  } | null;
}

let ctx: TestContext;
let anna: As;
let mette: As;
const year = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date()).slice(0, 4);

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const start = async (as: As, citizenId: string) => expectOk<LicenceCase>(await startCase(as, citizenId, { type: 'driving_licence' }), 201);
async function save(as: As, c: LicenceCase, step: string, data: Record<string, unknown>) {
  return expectOk<LicenceCase>(await saveStep(as, c.id, step, c.version, data), 200);
}
const licenceStatus = async (id: string) =>
  (
    await ctx.app.db
      .select({ status: schema.identityDocuments.status })
      .from(schema.identityDocuments)
      .where(eq(schema.identityDocuments.id, id))
  )[0]?.status;
const rate = async (code: string) => {
  const [row] = await ctx.app.db
    .select({ amountOre: schema.feeRates.amountOre })
    .from(schema.feeRates)
    .innerJoin(schema.feeTables, eq(schema.feeTables.id, schema.feeRates.feeTableId))
    .where(and(eq(schema.feeTables.product, 'driving_licence'), eq(schema.feeTables.year, Number(year)), eq(schema.feeRates.code, code)));
  return row!.amountOre;
};

describe('renewal of a licence time-limited for health reasons', () => {
  it('is free, inside the 3-month window; hands in the old licence and prints a receipt', async () => {
    const licence = DEMO_IDENTITY_DOCUMENTS.healthLimitedLicence;
    let c = await start(mette, DEMO_PERSONS.singleParent.id);
    expect(c.drivingLicence?.licence).toMatchObject({ id: licence.id, healthLimited: true });
    c = await save(mette, c, 'request', { kind: 'renewal' });
    expect(c.drivingLicence?.fee).toMatchObject({ amountOre: 0, waiver: 'health_limited' });
    // A lægeattest must be handed in before a health-limited licence is renewed.
    const noCertificate = expectProblem(
      await saveStep(mette, c.id, 'identification', c.version, { photo: 'taken_here', idDocument: 'pas', oldLicenceHandedIn: true }),
      400,
    );
    expect(noCertificate).toMatchObject({
      code: 'step-invalid',
      detail: 'Kørekortet er tidsbegrænset af helbredsmæssige grunde: borgeren skal aflevere en lægeattest, før det kan fornys.',
    });
    expect(noCertificate.errors?.[0]?.pointer).toBe('/body/data/medicalCertificate');
    c = await save(mette, c, 'identification', {
      photo: 'taken_here',
      idDocument: 'pas',
      oldLicenceHandedIn: true,
      medicalCertificate: true,
    });
    c = await save(mette, c, 'payment', { paid: false });
    c = expectOk<LicenceCase>(await complete(mette, c.id, c.version), 200);
    expect(c).toMatchObject({
      status: 'completed',
      drivingLicence: { order: { kind: 'renewal', duplicateReason: null }, fee: { amountOre: 0 } },
    });
    expect(await licenceStatus(licence.id)).toBe('handed_in');

    const text = await pdfText((await mette({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    for (const sentence of [
      'Vejle Kommune',
      'Kvittering for bestilling: fornyelse af kørekort',
      'Louise Mortensen',
      'Fornyelsen er gratis, fordi dit kørekort er tidsbegrænset af helbredsmæssige grunde.',
      'Dit gamle kørekort er afleveret i Borgerservice.',
    ]) {
      expect(text).toContain(sentence);
    }
  });
});

describe('renewal after expiry, at the fee of the year', () => {
  it('charges the renewal rate from the fee table and requires payment', async () => {
    let c = await start(anna, DEMO_PERSONS.familyMother.id);
    c = await save(anna, c, 'request', { kind: 'renewal' });
    expect(c.drivingLicence?.fee).toMatchObject({ amountOre: await rate('renewal'), year: Number(year), waiver: null });
    c = await save(anna, c, 'identification', { photo: 'brought', idDocument: 'sundhedskort', oldLicenceHandedIn: true });
    const unpaid = expectProblem(await saveStep(anna, c.id, 'payment', c.version, { paid: false }), 400);
    expect(unpaid.detail).toBe('Gebyret skal være betalt, før kørekortet bestilles.');
    c = await save(anna, c, 'payment', { paid: true });
    c = expectOk<LicenceCase>(await complete(anna, c.id, c.version), 200);
    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(text).toContain(`Gebyr: ${(await rate('renewal')) / 100},00 kr. (gebyrtabel ${year}). Gebyret er betalt.`);
  });
});

describe('the renewal window and duplicates', () => {
  it('refuses a renewal five months before expiry, naming the first possible day; a duplicate for a lost licence is fine', async () => {
    let c = await start(anna, DEMO_PERSONS.nearPensionAarhus.id);
    const problem = expectProblem(await saveStep(anna, c.id, 'request', c.version, { kind: 'renewal' }), 400);
    expect(problem.code).toBe('step-invalid');
    expect(problem.detail).toMatch(/^Kørekortet kan tidligst fornys 3 måneder før udløb, dvs\. fra den \d{1,2}\. \p{L}+ \d{4}/u);
    expect(problem.errors?.[0]?.pointer).toBe('/body/data/kind');

    c = await save(anna, c, 'request', { kind: 'duplicate', duplicateReason: 'lost' });
    expect(c.drivingLicence?.fee?.amountOre).toBe(await rate('duplicate'));
    c = await save(anna, c, 'identification', { photo: 'brought', idDocument: 'pas', oldLicenceHandedIn: false });
    c = await save(anna, c, 'payment', { paid: true });
    c = expectOk<LicenceCase>(await complete(anna, c.id, c.version), 200);
    expect(c.drivingLicence?.order).toMatchObject({ kind: 'duplicate', duplicateReason: 'lost' });
    expect(await licenceStatus(DEMO_IDENTITY_DOCUMENTS.pensionerLicenceFiveMonths.id)).toBe('lost');
    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(text).toContain('Det bortkomne kørekort er registreret som bortkommet og kan ikke længere bruges.');
  });

  it('a damaged licence must be handed in; a duplicate needs a reason', async () => {
    let c = await start(anna, DEMO_PERSONS.familyFather.id);
    expect(expectProblem(await saveStep(anna, c.id, 'request', c.version, { kind: 'duplicate' }), 400).detail).toBe(
      'Vælg, om kørekortet er bortkommet eller beskadiget.',
    );
    c = await save(anna, c, 'request', { kind: 'duplicate', duplicateReason: 'damaged' });
    const problem = expectProblem(
      await saveStep(anna, c.id, 'identification', c.version, { photo: 'brought', idDocument: 'pas', oldLicenceHandedIn: false }),
      400,
    );
    expect(problem.detail).toBe('Det gamle kørekort skal afleveres.');
  });
});

describe('guards and bad input', () => {
  it('refuses to start without a licence on record', async () => {
    expect(expectProblem(await startCase(anna, DEMO_PERSONS.noFixedAddress.id, { type: 'driving_licence' }), 409).code).toBe(
      'no-driving-licence',
    );
  });

  it.each([
    ['unknown kind', 'request', { kind: 'upgrade' }, '/body/data/kind'],
    ['unknown duplicate reason', 'request', { kind: 'duplicate', duplicateReason: 'eaten' }, '/body/data/duplicateReason'],
    ['unknown photo', 'identification', { photo: 'selfie', idDocument: 'pas', oldLicenceHandedIn: true }, '/body/data/photo'],
    ['extra property', 'payment', { paid: true, amount: 1 }, '/body/data/amount'],
  ])('%s', async (_name, step, data, pointer) => {
    const c = await openDraft();
    const problem = expectProblem(await saveStep(anna, c.id, step, c.version, data), 400);
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
  });

  it('the identification and payment steps wait for the request; completing lists what is missing', async () => {
    const c = await openDraft();
    expect(c.stepData.request).toBeUndefined();
    expect(expectProblem(await saveStep(anna, c.id, 'payment', c.version, { paid: true }), 409).code).toBe('step-out-of-order');
    const problem = expectProblem(await complete(anna, c.id, c.version), 409);
    expect(problem.code).toBe('case-incomplete');
  });

  it("another municipality's case is not found", async () => {
    const c = await openDraft();
    expectProblem(await mette({ method: 'GET', url: `/api/cases/${c.id}` }), 404);
  });
});

/** Jesper Holm's open driving-licence draft (his licence runs for years: only a duplicate is possible). */
async function openDraft(): Promise<LicenceCase> {
  const response = await startCase(anna, DEMO_PERSONS.otherParent.id, { type: 'driving_licence' });
  if (response.statusCode === 201) return response.json() as LicenceCase;
  return expectOk<LicenceCase>(await anna({ method: 'GET', url: `/api/cases/${(response.json() as { caseId: string }).caseId}` }), 200);
}

describe('after the order, until the new licence reaches the register', () => {
  it('the overview shows the handed-in licence with the day a new one was ordered, and a second case is refused as already ordered', async () => {
    const personId = await insertResident(ctx.app.db, '1975-03-14', 'Kørekortbestilt');
    // Expires in a month: inside the 3-month renewal window.
    const in30Days = new Date(Date.parse(`${todayCph()}T12:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const [old] = await ctx.app.db
      .insert(schema.identityDocuments)
      .values({
        personId,
        kind: 'driving_licence',
        documentNumber: 'DL-ORDER-1',
        issuedOn: '2011-02-01',
        expiresOn: in30Days,
        categories: ['B'],
      })
      .returning({ id: schema.identityDocuments.id });
    const overview = async () =>
      expectOk<{ identityDocuments: Array<{ id: string; status: string; replacementOrderedOn?: string }> }>(
        await anna({ method: 'GET', url: `/api/citizens/${personId}/overview?purpose=koerekort` }),
        200,
      ).identityDocuments;
    expect((await overview())[0]).not.toHaveProperty('replacementOrderedOn');

    let c = await start(anna, personId);
    c = await save(anna, c, 'request', { kind: 'renewal' });
    c = await save(anna, c, 'identification', { photo: 'taken_here', idDocument: 'pas', oldLicenceHandedIn: true });
    c = await save(anna, c, 'payment', { paid: true });
    expectOk<LicenceCase>(await complete(anna, c.id, c.version), 200);

    expect(await overview()).toEqual([expect.objectContaining({ id: old!.id, status: 'handed_in', replacementOrderedOn: todayCph() })]);
    const again = expectProblem(await startCase(anna, personId, { type: 'driving_licence' }), 409);
    expect(again).toMatchObject({
      code: 'driving-licence-already-ordered',
      detail: 'Der er allerede bestilt et nyt kørekort til borgeren. Det sendes til borgeren, når det er lavet.',
    });
  });
});

/** A resident of Aarhus with one driving licence that expires (or expired) on `expiresOn`. */
async function residentWithLicence(name: string, expiresOn: string, healthLimited = false) {
  const personId = await insertResident(ctx.app.db, '1968-09-02', name);
  const [licence] = await ctx.app.db
    .insert(schema.identityDocuments)
    .values({
      personId,
      kind: 'driving_licence',
      documentNumber: `DL-${name}`,
      issuedOn: '2011-02-01',
      expiresOn,
      categories: ['B'],
      healthLimited,
    })
    .returning({ id: schema.identityDocuments.id });
  return { personId, licenceId: licence!.id };
}
const daysFromToday = (days: number) => new Date(Date.parse(`${todayCph()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('an expired licence that is also lost', () => {
  it('is renewed with the citizen’s loss declaration: nothing to hand in, the renewal fee, the old licence recorded as lost', async () => {
    const { personId, licenceId } = await residentWithLicence('Udløbetogvæk', daysFromToday(-40));
    let c = await start(anna, personId);
    // A duplicate is refused for an expired licence, and the refusal says what to do instead.
    const duplicate = expectProblem(await saveStep(anna, c.id, 'request', c.version, { kind: 'duplicate', duplicateReason: 'lost' }), 400);
    expect(duplicate.detail).toMatch(
      /Der skal søges om fornyelse, ikke duplikat\. Er det bortkommet, vælg fornyelse og lad borgeren erklære det bortkommet\.$/,
    );

    c = await save(anna, c, 'request', { kind: 'renewal', lossDeclared: true });
    expect(c.drivingLicence?.fee).toMatchObject({ amountOre: await rate('renewal'), waiver: null });
    c = await save(anna, c, 'identification', { photo: 'taken_here', idDocument: 'pas', oldLicenceHandedIn: false });
    c = await save(anna, c, 'payment', { paid: true });
    c = expectOk<LicenceCase>(await complete(anna, c.id, c.version), 200);
    expect(c.drivingLicence?.order).toMatchObject({ kind: 'renewal', duplicateReason: null, lossDeclared: true });
    expect(await licenceStatus(licenceId)).toBe('lost');
    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(text).toContain('Kvittering for bestilling: fornyelse af kørekort');
    expect(text).toContain('Du har erklæret, at dit gamle kørekort er bortkommet.');
    expect(text).toContain('Det bortkomne kørekort er registreret som bortkommet og kan ikke længere bruges.');
    expect(text).toContain(`Gebyr: ${(await rate('renewal')) / 100},00 kr.`);
  });

  it('a loss declaration on a duplicate is refused, and a renewal without one still needs the old licence', async () => {
    const { personId } = await residentWithLicence('Udløbetmenher', daysFromToday(-10));
    let c = await start(anna, personId);
    const problem = expectProblem(
      await saveStep(anna, c.id, 'request', c.version, { kind: 'duplicate', duplicateReason: 'lost', lossDeclared: true }),
      400,
    );
    expect(problem.errors?.map((e) => e.pointer)).toContain('/body/data/lossDeclared');
    c = await save(anna, c, 'request', { kind: 'renewal' });
    expect(
      expectProblem(
        await saveStep(anna, c.id, 'identification', c.version, { photo: 'brought', idDocument: 'pas', oldLicenceHandedIn: false }),
        400,
      ).detail,
    ).toBe('Det gamle kørekort skal afleveres.');
  });
});

describe('cancelling a draft (docs/mitid.md once said it could not be done)', () => {
  it.each([
    ['driving_licence', 'Annulleretkørekort'],
    ['mitid', 'AnnulleretMitID'],
  ])('a %s draft is cancelled with cancelCase, with the reason on its timeline', async (type, name) => {
    const { personId } = await residentWithLicence(name, daysFromToday(20));
    const c = expectOk<LicenceCase>(await startCase(anna, personId, { type }), 201);
    const cancelled = expectOk<LicenceCase & { events: Array<{ action: string; note: string | null }> }>(
      await anna({ method: 'POST', url: `/api/cases/${c.id}/cancel`, payload: { expectedVersion: c.version, reason: 'Borgeren fortrød' } }),
      200,
    );
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.events.at(-1)).toMatchObject({ action: 'cancel', note: 'Borgeren fortrød' });
  });
});

// Last in the file: it deletes this year's driving-licence fee table.
describe('no fee table for the year at the counter', () => {
  it('the draft says in Danish what to do, and saving the payment says the same', async () => {
    const { personId } = await residentWithLicence('Gebyrløs', daysFromToday(20));
    let c = await start(anna, personId);
    c = await save(anna, c, 'request', { kind: 'renewal' });
    c = await save(anna, c, 'identification', { photo: 'brought', idDocument: 'pas', oldLicenceHandedIn: true });
    await ctx.app.db
      .delete(schema.feeTables)
      .where(and(eq(schema.feeTables.product, 'driving_licence'), eq(schema.feeTables.year, Number(year))));
    c = expectOk<LicenceCase>(await anna({ method: 'GET', url: `/api/cases/${c.id}` }), 200);
    const sentence =
      `Der er ingen gebyrtabel for kørekort i ${year}, så gebyret kan ikke findes, og kørekortet kan ikke bestilles endnu. ` +
      `Kontakt kommunens administrator: landstabellen indlæses af Skrankes driftsansvarlige med kommandoen pnpm fees:load, ` +
      `eller administratoren opretter kommunens egen tabel for ${year} under Administration → Gebyrer. Sagen er gemt som kladde og kan gøres færdig bagefter.`;
    expect(c.drivingLicence).toMatchObject({ fee: null, feeProblem: { code: 'fee-table-missing', da: sentence } });
    const payment = expectProblem(await saveStep(anna, c.id, 'payment', c.version, { paid: true }), 409);
    expect(payment).toMatchObject({ code: 'fee-table-missing', detail: sentence });
  });
});
