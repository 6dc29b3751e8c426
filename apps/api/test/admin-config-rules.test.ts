import { schema } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionPolicyFor } from '../src/modules/audit/retention.ts';
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

describe('services', () => {
  let ukraine: string;

  it('adds a crisis service with the default traffic lights, audits it, and a kiosk lists it', async () => {
    const response = await asAdmin({
      method: 'POST',
      url: '/api/admin/config/services',
      payload: { code: 'ukraine', prefix: 'U', nameDa: 'Ukraine', nameEn: 'Ukraine', expectedMinutes: 20, kioskOrder: 5 },
    });
    expect(response.statusCode).toBe(201);
    ukraine = response.json().id;
    expect(response.json()).toMatchObject({ prefix: 'U', active: true, yellowMinutes: 15, redMinutes: 30 });
    expect(await lastAudit(ctx, 'config.service.create')).toMatchObject({
      actorUserId: adminId,
      subjectId: ukraine,
      details: { after: { code: 'ukraine', prefix: 'U' } },
    });
    const listed = await asAdmin({ method: 'GET', url: '/api/admin/config/services' });
    expect(listed.json()[0]).toMatchObject({ id: ukraine });
  });

  it('refuses a prefix letter another service has, naming it, beside the prefix field', async () => {
    const taken = await asAdmin({
      method: 'POST',
      url: '/api/admin/config/services',
      payload: { code: 'pas-2', prefix: 'P', nameDa: 'Pas igen', nameEn: 'Passport again', expectedMinutes: 5 },
    });
    expectProblem(taken, 409);
    expect(problemFields(taken.json())).toEqual({ prefix: 'Bogstavet P bruges allerede af Pas.' });
    const moved = await asAdmin({ method: 'PATCH', url: `/api/admin/config/services/${ukraine}`, payload: { prefix: 'K' } });
    expect(problemFields(moved.json())).toEqual({ prefix: 'Bogstavet K bruges allerede af Kørekort.' });
  });

  it('changes the prefix, names, order and thresholds, audits from what to what', async () => {
    const response = await asAdmin({
      method: 'PATCH',
      url: `/api/admin/config/services/${ukraine}`,
      payload: { prefix: 'Ø', nameEn: 'Ukraine (crisis)', kioskOrder: 15, yellowMinutes: 10, redMinutes: 20, active: false },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ prefix: 'Ø', nameEn: 'Ukraine (crisis)', active: false, yellowMinutes: 10, redMinutes: 20 });
    const audit = await lastAudit(ctx, 'config.service.update');
    expect(audit).toMatchObject({ actorUserId: adminId, subjectId: ukraine });
    expect(audit!.details).toMatchObject({
      before: { prefix: 'U', active: true, redMinutes: 30 },
      after: { prefix: 'Ø', active: false, redMinutes: 20 },
    });
  });

  it('refuses red before yellow', async () => {
    const response = await asAdmin({ method: 'PATCH', url: `/api/admin/config/services/${ukraine}`, payload: { redMinutes: 5 } });
    expectProblem(response, 400);
    expect(problemFields(response.json())).toEqual({ redMinutes: 'Rødt lys skal komme senere end gult lys.' });
  });
});

describe('priority classes', () => {
  it('adds one within the fairness bound and refuses one beyond it', async () => {
    const tooMuch = await asAdmin({
      method: 'POST',
      url: '/api/admin/config/priority-classes',
      payload: { code: 'gravid', nameDa: 'Gravid', nameEn: 'Pregnant', headStartMinutes: 16 },
    });
    expectProblem(tooMuch, 400);
    expect(problemFields(tooMuch.json())).toEqual({
      headStartMinutes: 'Forspringet må højst være 15 minutter (kommunens retfærdighedsgrænse).',
    });
    const ok = await asAdmin({
      method: 'POST',
      url: '/api/admin/config/priority-classes',
      payload: { code: 'gravid', nameDa: 'Gravid', nameEn: 'Pregnant', headStartMinutes: 12, requiresReason: false },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ code: 'gravid', headStartMinutes: 12, requiresReason: false, active: true });
    expect(await lastAudit(ctx, 'config.priority.create')).toMatchObject({
      subjectId: ok.json().id,
      details: { after: { code: 'gravid', headStartMinutes: 12 } },
    });
    expectProblem(
      await asAdmin({
        method: 'POST',
        url: '/api/admin/config/priority-classes',
        payload: { code: 'gravid', nameDa: 'G', nameEn: 'P', headStartMinutes: 1 },
      }),
      409,
    );
  });

  it('deactivates one and audits it; the queue no longer offers it', async () => {
    const id = DEMO_QUEUE.aarhusPriority.akut!;
    const response = await asAdmin({ method: 'PATCH', url: `/api/admin/config/priority-classes/${id}`, payload: { active: false } });
    expect(response.json()).toMatchObject({ active: false });
    expect((await lastAudit(ctx, 'config.priority.update'))!.details).toEqual({ before: { active: true }, after: { active: false } });
    const offered = await asAdmin({ method: 'GET', url: '/api/priority-classes' });
    expect(offered.json().map((p: { id: string }) => p.id)).not.toContain(id);
  });

  it("answers 404 for another municipality's class", async () => {
    const vejleClass = (
      await ctx.owner.select().from(schema.priorityClasses).where(eq(schema.priorityClasses.municipalityId, DEMO.vejle.id))
    )[0]!;
    expectProblem(
      await asAdmin({ method: 'PATCH', url: `/api/admin/config/priority-classes/${vejleClass.id}`, payload: { headStartMinutes: 1 } }),
      404,
    );
  });
});

describe('law areas', () => {
  it('adds one with its appeal body, changes the UDK flag, audits both', async () => {
    const created = await asAdmin({
      method: 'POST',
      url: '/api/admin/config/law-areas',
      payload: { code: 'friplads', nameDa: 'Friplads', nameEn: 'Reduced fee', appealBody: 'Børne- og Ungeudvalget' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      udbetalingDanmark: false,
      appealBody: 'Børne- og Ungeudvalget',
      legalReference: null,
      active: true,
    });
    expect(await lastAudit(ctx, 'config.law-area.create')).toMatchObject({ subjectId: id });
    const changed = await asAdmin({
      method: 'PATCH',
      url: `/api/admin/config/law-areas/${id}`,
      payload: { udbetalingDanmark: true, appealBody: '  ' },
    });
    expect(changed.json()).toMatchObject({ udbetalingDanmark: true, appealBody: null });
    expect((await lastAudit(ctx, 'config.law-area.update'))!.details).toEqual({
      before: { udbetalingDanmark: false, appealBody: 'Børne- og Ungeudvalget' },
      after: { udbetalingDanmark: true, appealBody: null },
    });
    const vejleArea = (await ctx.owner.select().from(schema.lawAreas).where(eq(schema.lawAreas.municipalityId, DEMO.vejle.id)))[0]!;
    expectProblem(await asAdmin({ method: 'PATCH', url: `/api/admin/config/law-areas/${vejleArea.id}`, payload: { active: false } }), 404);
  });
});

describe('rule values', () => {
  it('reads the defaults', async () => {
    const response = await asAdmin({ method: 'GET', url: '/api/admin/config/rules' });
    expect(response.json()).toEqual({
      fairnessBoundMinutes: 15,
      recallLimit: 3,
      handlingSampleSize: 20,
      counterStaleSeconds: 120,
      displayRecentCallMinutes: 5,
      appealPeriodCount: 4,
      appealPeriodUnit: 'weeks',
      trafficYellowMinutes: 15,
      trafficRedMinutes: 30,
      retentionDecisionsYears: 5,
      retentionLookupsMonths: 6,
      witnessMinMitidDays: 30,
      witnessMaxActs: 3,
      witnessWindowDays: 120,
      mitidAppealBody: 'Digitaliseringsstyrelsen',
      mitidAppealPeriodWeeks: 4,
    });
  });

  it('refuses values out of range, per field in Danish, and changes nothing', async () => {
    const response = await asAdmin({
      method: 'PATCH',
      url: '/api/admin/config/rules',
      payload: { retentionLookupsMonths: 3, recallLimit: -1, trafficRedMinutes: 10, fairnessBoundMinutes: 10 },
    });
    expectProblem(response, 400);
    expect(problemFields(response.json())).toEqual({
      retentionLookupsMonths: 'Opbevaring af opslag skal være et helt tal fra 6 til 600 måneder.',
      recallLimit: 'Antal genkald skal være et helt tal fra 0 til 10 gange.',
      trafficRedMinutes: 'Rødt lys skal komme senere end gult lys.',
    });
    expect((await asAdmin({ method: 'GET', url: '/api/admin/config/rules' })).json()).toMatchObject({
      fairnessBoundMinutes: 15,
      recallLimit: 3,
    });
  });

  it('changes values in several tables with one audit record of what changed', async () => {
    const response = await asAdmin({
      method: 'PATCH',
      url: '/api/admin/config/rules',
      payload: {
        recallLimit: 2,
        appealPeriodCount: 3,
        appealPeriodUnit: 'months',
        retentionDecisionsYears: 10,
        retentionLookupsMonths: 12,
        witnessMinMitidDays: 10,
        trafficYellowMinutes: 20,
        trafficRedMinutes: 40,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      recallLimit: 2,
      appealPeriodUnit: 'months',
      retentionLookupsMonths: 12,
      witnessMinMitidDays: 10,
      trafficRedMinutes: 40,
    });
    const audit = await lastAudit(ctx, 'config.rules.update');
    expect(audit).toMatchObject({ actorUserId: adminId, subjectType: 'municipality', subjectId: DEMO.aarhus.id });
    expect(audit!.details).toEqual({
      before: {
        recallLimit: 3,
        appealPeriodCount: 4,
        appealPeriodUnit: 'weeks',
        retentionDecisionsYears: 5,
        retentionLookupsMonths: 6,
        witnessMinMitidDays: 30,
        trafficYellowMinutes: 15,
        trafficRedMinutes: 30,
      },
      after: {
        recallLimit: 2,
        appealPeriodCount: 3,
        appealPeriodUnit: 'months',
        retentionDecisionsYears: 10,
        retentionLookupsMonths: 12,
        witnessMinMitidDays: 10,
        trafficYellowMinutes: 20,
        trafficRedMinutes: 40,
      },
    });
    // Where the features read them: the MitID witness rule, and audit:retention (Vejle keeps the defaults).
    const [mitid] = await ctx.owner.select().from(schema.mitidSettings).where(eq(schema.mitidSettings.municipalityId, DEMO.aarhus.id));
    expect(mitid).toMatchObject({ witnessMinMitidDays: 10, witnessMaxActs: 3, updatedBy: adminId });
    expect(await retentionPolicyFor(ctx.owner, DEMO.aarhus.id, {})).toEqual({ decisionsYears: 10, lookupsMonths: 12 });
    expect(await retentionPolicyFor(ctx.owner, DEMO.vejle.id, {})).toEqual({ decisionsYears: 5, lookupsMonths: 6 });
    expect(await retentionPolicyFor(ctx.owner, DEMO.aarhus.id, { SKRANKE_AUDIT_RETENTION_DECISIONS_YEARS: '7' })).toEqual({
      decisionsYears: 7,
      lookupsMonths: 12,
    });
  });

  it("changes the MitID refusal's appeal body and period, audited, in the MitID settings a refusal reads", async () => {
    const blank = await asAdmin({
      method: 'PATCH',
      url: '/api/admin/config/rules',
      payload: { mitidAppealBody: '  ', mitidAppealPeriodWeeks: 0 },
    });
    expectProblem(blank, 400);
    expect(problemFields(blank.json())).toEqual({
      mitidAppealPeriodWeeks: 'Klagefristen for afslag på MitID skal være et helt tal fra 1 til 52 uger.',
      mitidAppealBody: 'Skriv, hvor borgeren kan klage over et afslag på MitID.',
    });

    const response = await asAdmin({
      method: 'PATCH',
      url: '/api/admin/config/rules',
      payload: { mitidAppealBody: ' Ankestyrelsen ', mitidAppealPeriodWeeks: 6 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ mitidAppealBody: 'Ankestyrelsen', mitidAppealPeriodWeeks: 6, witnessMinMitidDays: 10 });
    const audit = await lastAudit(ctx, 'config.rules.update');
    expect(audit).toMatchObject({ actorUserId: adminId, subjectType: 'municipality', subjectId: DEMO.aarhus.id });
    expect(audit!.details).toEqual({
      before: { mitidAppealBody: 'Digitaliseringsstyrelsen', mitidAppealPeriodWeeks: 4 },
      after: { mitidAppealBody: 'Ankestyrelsen', mitidAppealPeriodWeeks: 6 },
    });
    const [mitid] = await ctx.owner.select().from(schema.mitidSettings).where(eq(schema.mitidSettings.municipalityId, DEMO.aarhus.id));
    expect(mitid).toMatchObject({ appealBody: 'Ankestyrelsen', appealPeriodWeeks: 6, witnessMinMitidDays: 10, updatedBy: adminId });
    const [vejle] = await ctx.owner.select().from(schema.mitidSettings).where(eq(schema.mitidSettings.municipalityId, DEMO.vejle.id));
    expect(vejle?.appealBody ?? 'Digitaliseringsstyrelsen').toBe('Digitaliseringsstyrelsen');
  });

  it('gives a new service the new default traffic lights', async () => {
    const response = await asAdmin({
      method: 'POST',
      url: '/api/admin/config/services',
      payload: { code: 'valg', prefix: 'Q', nameDa: 'Valg', nameEn: 'Elections', expectedMinutes: 5 },
    });
    expect(response.json()).toMatchObject({ yellowMinutes: 20, redMinutes: 40 });
  });

  it('lowering the fairness bound clamps the head starts above it, and the audit record says which', async () => {
    const response = await asAdmin({ method: 'PATCH', url: '/api/admin/config/rules', payload: { fairnessBoundMinutes: 8 } });
    expect(response.json()).toMatchObject({ fairnessBoundMinutes: 8 });
    const classes = (await asAdmin({ method: 'GET', url: '/api/admin/config/priority-classes' })).json() as {
      code: string;
      headStartMinutes: number;
    }[];
    expect(Math.max(...classes.map((c) => c.headStartMinutes))).toBe(8);
    const audit = await lastAudit(ctx, 'config.rules.update');
    expect(audit!.details).toMatchObject({ before: { fairnessBoundMinutes: 15 }, after: { fairnessBoundMinutes: 8 } });
    expect((audit!.details as { clampedPriorityClasses: { code: string }[] }).clampedPriorityClasses.map((c) => c.code).sort()).toEqual([
      'akut',
      'gravid',
      'stoetteperson',
      'tilgaengelighed',
    ]);
  });
});
