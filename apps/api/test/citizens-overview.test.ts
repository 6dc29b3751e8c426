import { schema } from '@skranke/db';
import { DEMO_IDENTITY_DOCUMENTS, DEMO_PERSONS, DEMO_QUEUE } from '@skranke/db/seed';
import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { expectOk, grantExemption, lastAuditId } from './cases-helpers.ts';
import { decideSelfService, post, REASONS, type SelfServiceCase } from './cases-self-service-helpers.ts';
import { atCounter, callNext, issue, SERVICES, type As } from './queue-helpers.ts';

interface Overview {
  citizenId: string;
  currentVisit: { ticketId: string; displayNumber: string; state: string; service: { nameDa: string } } | null;
  cases: Array<{ id: string; type: string; status: string; events: Array<{ action: string; toStatus: string; staff: { name: string } }> }>;
  digitalPostExemption: { state: string } | null;
  selfService: {
    entitledToNonDigitalAlternative: boolean;
    exemptAreas: Array<{ code: string; status: string }>;
    singleApplications: unknown[];
  };
  identityDocuments: Array<{ id: string; kind: string; state: string; warning: boolean; healthLimited: boolean; expiresOn: string }>;
  expiryWarningMonths: number;
  visits: Array<{ ticketId: string; displayNumber: string }>;
}

let ctx: TestContext;
let anna: As;
let lars: As;
let mette: As;

beforeAll(async () => {
  ctx = await build();
  anna = await atCounter(ctx.app, 'anna', DEMO_QUEUE.dokk1Counters[0]!, [SERVICES.pas, SERVICES['digital-post']]);
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
});
afterAll(() => ctx.close());

const overviewUrl = (citizenId: string, query: Record<string, string> = { purpose: 'pas' }) =>
  `/api/citizens/${citizenId}/overview?${new URLSearchParams(query)}`;
const overviewOf = async (as: As, citizenId: string, query?: Record<string, string>) =>
  expectOk<Overview>(await as({ method: 'GET', url: overviewUrl(citizenId, query) }), 200);

const overviewAudits = (mark: number) =>
  ctx.app.db
    .select()
    .from(schema.auditEvents)
    .where(and(gt(schema.auditEvents.id, mark), eq(schema.auditEvents.action, 'citizen.overview')));

describe('citizen overview', () => {
  it('shows the visit being served, records it, and audits the read with the purpose and the ticket', async () => {
    const citizen = DEMO_PERSONS.familyFather;
    await issue(lars, SERVICES.pas);
    const ticket = await callNext(anna, DEMO_QUEUE.dokk1Counters[0]!);
    const mark = await lastAuditId(ctx.app);

    const response = await anna({ method: 'GET', url: overviewUrl(citizen.id, { purpose: 'pas', ticketId: ticket.id }) });
    const overview = expectOk<Overview>(response, 200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(overview.currentVisit).toMatchObject({
      ticketId: ticket.id,
      displayNumber: ticket.displayNumber,
      state: 'called',
      service: { nameDa: 'Pas' },
    });
    expect(overview.visits.map((v) => v.ticketId)).toEqual([ticket.id]);
    expect(JSON.stringify(overview)).not.toContain(citizen.cpr);

    const audits = await overviewAudits(mark);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ subjectId: citizen.id, purpose: 'pas', details: { ticketId: ticket.id } });

    // Opened again without the ticket: no current visit, the visit stays in the history.
    const later = await overviewOf(anna, citizen.id);
    expect(later.currentVisit).toBeNull();
    expect(later.visits.map((v) => v.displayNumber)).toEqual([ticket.displayNumber]);
  });

  it('lists passport and driving licence with expiry states, warning within six months', async () => {
    const father = await overviewOf(anna, DEMO_PERSONS.familyFather.id);
    expect(father.expiryWarningMonths).toBe(6);
    expect(father.identityDocuments.map((d) => [d.id, d.kind, d.state, d.warning])).toEqual([
      [DEMO_IDENTITY_DOCUMENTS.fatherPassportExpiresSoon.id, 'passport', 'expires_soon', true],
      [DEMO_IDENTITY_DOCUMENTS.fatherLicence.id, 'driving_licence', 'valid', false],
    ]);
    const mother = await overviewOf(anna, DEMO_PERSONS.familyMother.id);
    expect(mother.identityDocuments.map((d) => [d.kind, d.state, d.warning])).toEqual([
      ['passport', 'valid', false],
      ['driving_licence', 'expired', true],
    ]);
    const single = await overviewOf(mette, DEMO_PERSONS.singleParent.id);
    expect(single.identityDocuments.find((d) => d.kind === 'driving_licence')).toMatchObject({
      healthLimited: true,
      state: 'expires_soon',
      warning: true,
    });
    const lost = await overviewOf(mette, DEMO_PERSONS.nearPension.id);
    expect(lost.identityDocuments.map((d) => [d.state, d.warning])).toEqual([['invalid', false]]);
  });

  it('shows cases with their timelines and an active Digital Post exemption with the non-digital entitlement', async () => {
    const citizen = DEMO_PERSONS.nearPensionAarhus;
    const before = await overviewOf(anna, citizen.id);
    expect(before).toMatchObject({
      cases: [],
      digitalPostExemption: null,
      selfService: { entitledToNonDigitalAlternative: false, exemptAreas: [] },
    });

    const granted = await grantExemption(anna, citizen.id);
    const after = await overviewOf(anna, citizen.id, { purpose: 'digital-post' });
    expect(after.digitalPostExemption).toMatchObject({ state: 'active' });
    expect(after.selfService.entitledToNonDigitalAlternative).toBe(true);
    expect(after.cases).toHaveLength(1);
    expect(after.cases[0]).toMatchObject({ id: granted.id, type: 'digital_post_exemption', status: 'completed' });
    expect(after.cases[0]!.events.map((e) => [e.action, e.toStatus])).toEqual([
      ['start', 'draft'],
      ['save_step', 'draft'],
      ['save_step', 'draft'],
      ['save_step', 'draft'],
      ['complete', 'completed'],
    ]);
    expect(after.cases[0]!.events[0]!.staff.name).toBe('Anna Sørensen');
  });

  it('shows self-service exemptions per law area, an appeal counting as exempt, and open cases first', async () => {
    const citizen = DEMO_PERSONS.modulus11Failing;
    await decideSelfService(anna, citizen.id, { scope: { scope: 'general', lawAreas: ['flytning'] } });
    const refused = await decideSelfService(anna, citizen.id, {
      scope: { scope: 'general', lawAreas: ['sundhedskort'] },
      decision: { outcome: 'refuse', ...REASONS },
    });
    expectOk<SelfServiceCase>(
      await post(anna, `/api/cases/${refused.id}/appeal`, { expectedVersion: refused.version, receivedOn: '2026-11-23' }),
      200,
    );
    const draft = expectOk<{ id: string }>(
      await anna({ method: 'POST', url: `/api/citizens/${citizen.id}/cases`, payload: { type: 'digital_post_exemption' } }),
      201,
    );

    const overview = await overviewOf(anna, citizen.id, { purpose: 'selvbetjening' });
    expect(overview.selfService.exemptAreas.map((a) => [a.code, a.status])).toEqual(
      expect.arrayContaining([
        ['flytning', 'exempt'],
        ['sundhedskort', 'exempt_pending_appeal'],
      ]),
    );
    expect(overview.selfService.exemptAreas).toHaveLength(2);
    expect(overview.cases[0]).toMatchObject({ id: draft.id, status: 'draft' });
    expect(overview.cases.map((c) => c.status).sort()).toEqual(['completed', 'draft', 'refused']);
    expect(overview.cases.find((c) => c.id === refused.id)!.events.map((e) => e.action)).toContain('appeal_registered');
  });

  it('shows only this municipality’s cases and visits', async () => {
    const overview = await overviewOf(mette, DEMO_PERSONS.nearPensionAarhus.id, { purpose: 'vejledning' });
    expect(overview.cases).toEqual([]);
    expect(overview.visits).toEqual([]);
  });
});

describe('citizen overview: bad input', () => {
  it('answers 404 for an unknown citizen and audits nothing', async () => {
    const mark = await lastAuditId(ctx.app);
    expectProblem(await anna({ method: 'GET', url: overviewUrl('00000000-0000-4000-8006-999999999999') }), 404);
    expect(await overviewAudits(mark)).toEqual([]);
  });

  it('requires a purpose, and words for "andet"', async () => {
    expectProblem(await anna({ method: 'GET', url: `/api/citizens/${DEMO_PERSONS.familyFather.id}/overview` }), 400);
    const problem = expectProblem(await anna({ method: 'GET', url: overviewUrl(DEMO_PERSONS.familyFather.id, { purpose: 'andet' }) }), 400);
    expect(problem.errors?.[0]?.pointer).toBe('/querystring/purposeText');
  });

  it('refuses a ticket of another municipality or an unknown one, recording no visit', async () => {
    const { ticket } = await issue(lars, SERVICES['digital-post']);
    const mark = await lastAuditId(ctx.app);
    const other = expectProblem(
      await mette({ method: 'GET', url: overviewUrl(DEMO_PERSONS.vejleResident.id, { purpose: 'pas', ticketId: ticket.id }) }),
      404,
    );
    expect(other.code).toBe('ticket-not-found');
    expectProblem(
      await anna({
        method: 'GET',
        url: overviewUrl(DEMO_PERSONS.otherParent.id, { purpose: 'pas', ticketId: '00000000-0000-4000-8004-999999999999' }),
      }),
      404,
    );
    expect(await overviewAudits(mark)).toEqual([]);
    expectProblem(
      await anna({ method: 'GET', url: overviewUrl(DEMO_PERSONS.otherParent.id, { purpose: 'pas', ticketId: 'not-a-uuid' }) }),
      400,
    );
  });

  it('shows a waiting ticket but does not record it as a visit', async () => {
    const { ticket } = await issue(lars, SERVICES['digital-post']);
    const overview = await overviewOf(anna, DEMO_PERSONS.otherParent.id, { purpose: 'pas', ticketId: ticket.id });
    expect(overview.currentVisit).toMatchObject({ ticketId: ticket.id, state: 'waiting' });
    expect(overview.visits).toEqual([]);
  });

  it('needs a signed-in staff member', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: overviewUrl(DEMO_PERSONS.familyFather.id) }), 401);
  });
});
