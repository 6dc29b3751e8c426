import { schema } from '@skranke/db';
import { DEMO_PERSONS } from '@skranke/db/seed';
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complete, expectOk, lastAuditId, pdfText, saveStep, startCase } from './cases-helpers.ts';
import { getCase, insertResident, order, step, todayCph, walkPassport, yearsBefore, type PassportCase } from './cases-passport-helpers.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import type { As } from './queue-helpers.ts';

let ctx: TestContext;
let anna: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
});
afterAll(() => ctx.close());

const father = DEMO_PERSONS.familyFather.id;
const mother = DEMO_PERSONS.familyMother.id;

describe("a child's passport: every custody holder must consent", () => {
  it('blocks the order until both holders have consented, each way registered, then orders the child fee', async () => {
    const today = todayCph();
    const childId = await insertResident(ctx.app.db, yearsBefore(today, 7), 'Barn', [father, mother]);
    const mark = await lastAuditId(ctx.app);

    let c = await walkPassport(anna, childId, { consent: { consents: [{ holderId: father, method: 'present' }] } });
    expect(c.passport).toMatchObject({ age: 7, fingerprintsRequired: false, consentRequired: true, validityYears: 5 });
    expect(c.passport.fee).toMatchObject({ rateCode: 'child', amountOre: 15000 });
    expect(c.passport.custodyHolders.map((h) => [h.name, h.consent?.method ?? null])).toEqual([
      ['Mads Kristensen', 'present'],
      ['Sofie Bach Kristensen', null],
    ]);
    expect(c.passport.custodyHolders[0]!.cprMasked).toBe('120384-XXXX');
    expect(c.passport.blockers.map((b) => b.code)).toEqual(['consent-missing']);

    const blocked = expectProblem(await complete(anna, c.id, c.version), 409);
    expect(blocked).toMatchObject({ code: 'passport-incomplete', errors: [{ pointer: '/stepData/consent' }] });
    expect(blocked.detail).toContain('Der mangler samtykke fra Sofie Bach Kristensen.');
    expect((await getCase(anna, c.id)).status).toBe('draft');

    // A neighbour cannot consent; the mother's consent via givsamtykke.dk completes it.
    const neighbour = expectProblem(
      await saveStep(anna, c.id, 'consent', c.version, { consents: [{ holderId: DEMO_PERSONS.vejleResident.id, method: 'present' }] }),
      400,
    );
    expect(neighbour.errors![0]!.pointer).toBe('/body/data/consents/0/holderId');
    const before = c.passport.custodyHolders[0]!;
    c = await step(anna, c, 'consent', {
      consents: [
        { holderId: father, method: 'present' },
        { holderId: mother, method: 'givsamtykke' },
      ],
    });
    expect(c.passport.blockers).toEqual([]);
    expect(c.passport.custodyHolders[0]).toEqual(before); // the father's consent keeps its registration time
    c = await order(anna, c);
    expect(c.passport.order).toMatchObject({ status: 'ordered', amountOre: 15000, validityYears: 5 });

    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${c.id}/document` })).rawPayload);
    expect(text).toContain('Samtykke fra forældremyndighedsindehavere: Mads Kristensen: personligt fremmøde');
    expect(text).toContain('Sofie Bach Kristensen: via givsamtykke.dk');
    expect(text).toContain('150,00 kr.');
    expect(text).toContain('gyldigt i 5 år');

    // Showing the holders read their data: audited about each of them, naming the child.
    const relationReads = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(and(gt(schema.auditEvents.id, mark), eq(schema.auditEvents.action, 'citizen.read-relation')));
    expect(new Set(relationReads.map((r) => r.subjectId))).toEqual(new Set([father, mother]));
    expect(relationReads.every((r) => r.purpose === 'passport' && (r.details as { viaCitizenId: string }).viaCitizenId === childId)).toBe(
      true,
    );
  });

  it('a child with no custody holder on record cannot be ordered for until custody is documented', async () => {
    const childId = await insertResident(ctx.app.db, '2018-01-01', 'Uden');
    const c = await walkPassport(anna, childId);
    expect(c.passport.blockers.map((b) => b.code)).toEqual(['no-custody-holders']);
    expect(expectProblem(await complete(anna, c.id, c.version), 409).code).toBe('passport-incomplete');
  });

  it('needs no consent from the 18th birthday', async () => {
    const today = todayCph();
    const adult = await walkPassport(anna, await insertResident(ctx.app.db, yearsBefore(today, 18), 'Atten', [father]));
    const minor = await walkPassport(anna, await insertResident(ctx.app.db, yearsBefore(today, 18, 1), 'Sytten', [father]), {
      consent: { consents: [{ holderId: father, method: 'digital' }] },
    });
    expect([
      adult.passport.consentRequired,
      adult.passport.custodyHolders,
      adult.passport.fee!.rateCode,
      adult.passport.validityYears,
    ]).toEqual([false, [], 'adult', 10]);
    expect([minor.passport.consentRequired, minor.passport.fee!.rateCode, minor.passport.validityYears]).toEqual([true, 'youth', 5]);
    expect((await order(anna, minor)).status).toBe('completed');
  });
});

describe('fingerprints from the 12th birthday', () => {
  it('requires fingerprints (and the 12-17 fee) on the 12th birthday, and refuses them the day before', async () => {
    const today = todayCph();
    const twelve = await insertResident(ctx.app.db, yearsBefore(today, 12), 'Tolv', [mother]);
    const eleven = await insertResident(ctx.app.db, yearsBefore(today, 12, 1), 'Elleve', [mother]);
    const consent = { consents: [{ holderId: mother, method: 'present' }] };

    let a = expectOk<PassportCase>(await startCase(anna, twelve, { type: 'passport' }), 201);
    expect([a.passport.age, a.passport.fingerprintsRequired]).toEqual([12, true]);
    const missing = expectProblem(await saveStep(anna, a.id, 'fingerprints', a.version, { status: 'not_required' }), 400);
    expect(missing.detail).toBe('Fingeraftryk skal optages fra 12 år.');
    a = await step(anna, a, 'fingerprints', { status: 'taken' });

    let b = expectOk<PassportCase>(await startCase(anna, eleven, { type: 'passport' }), 201);
    expect([b.passport.age, b.passport.fingerprintsRequired]).toEqual([11, false]);
    expectProblem(await saveStep(anna, b.id, 'fingerprints', b.version, { status: 'taken' }), 400);
    b = await step(anna, b, 'fingerprints', { status: 'not_required' });

    const fullA = await walkPassport(anna, await insertResident(ctx.app.db, yearsBefore(today, 12), 'Tolv B', [mother]), { consent });
    const fullB = await walkPassport(anna, await insertResident(ctx.app.db, yearsBefore(today, 12, 1), 'Elleve B', [mother]), { consent });
    expect([
      fullA.passport.fee!.rateCode,
      fullA.passport.fee!.amountOre,
      fullB.passport.fee!.rateCode,
      fullB.passport.fee!.amountOre,
    ]).toEqual(['youth', 17900, 'child', 15000]);
    expect((await order(anna, fullA)).passport.order!.status).toBe('ordered');
  });

  it('accepts fingerprints that could not be taken, with the reason', async () => {
    const c = await walkPassport(anna, await insertResident(ctx.app.db, '1992-04-04', 'Ingen aftryk'), {
      fingerprints: { status: 'impossible', note: 'Forbinding på begge hænder' },
    });
    expect((await order(anna, c)).status).toBe('completed');
  });
});

describe('no fee table for the year', () => {
  // Last in the file: it removes this year's national passport table.
  it('shows no fee, blocks payment and ordering with a clear reason', async () => {
    const year = Number(todayCph().slice(0, 4));
    let c = expectOk<PassportCase>(
      await startCase(anna, await insertResident(ctx.app.db, '1977-07-07', 'Uden gebyr'), { type: 'passport' }),
      201,
    );
    c = await step(anna, c, 'old_passport', { outcome: 'none' });
    await ctx.app.db.delete(schema.feeTables).where(and(eq(schema.feeTables.product, 'passport'), eq(schema.feeTables.year, year)));
    c = await getCase(anna, c.id);
    expect(c.passport.fee).toBeNull();
    expect(c.passport.blockers.map((b) => b.code)).toContain('fee-table-missing');
    const payment = expectProblem(await saveStep(anna, c.id, 'payment', c.version, { method: 'card', amountOre: 89300 }), 409);
    expect(payment.code).toBe('fee-unavailable');
    expect(payment.detail).toMatch(
      new RegExp(
        `^Der er ingen gebyrtabel for pas i ${year}, så gebyret kan ikke findes, og passet kan ikke bestilles endnu\\. Kontakt kommunens administrator: landstabellen indlæses af Skrankes driftsansvarlige med kommandoen pnpm fees:load`,
      ),
    );
  });
});
