import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, lastAuditId, saveStep, startCase } from './cases-helpers.ts';
import {
  decideSelfService,
  post,
  REASONS,
  selfServiceAuditSince,
  statusOf,
  walkSelfService,
  type SelfServiceCase,
} from './cases-self-service-helpers.ts';
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

describe('audit', () => {
  it('one record per read and write about the citizen, purpose = case type, details naming the case', async () => {
    const citizen = DEMO_PERSONS.familyFather;
    const mark = await lastAuditId(ctx.app);
    const walked = await walkSelfService(anna, citizen.id, {
      scope: { lawAreas: ['pension'] },
      decision: { outcome: 'refuse', ...REASONS },
    });
    const refused = expectOk<SelfServiceCase>(await complete(anna, walked.id, walked.version), 200);
    await anna({ method: 'GET', url: `/api/cases/${refused.id}/document` });
    const appealed = expectOk<SelfServiceCase>(
      await post(anna, `/api/cases/${refused.id}/appeal`, { expectedVersion: refused.version, receivedOn: '2026-11-23' }),
      200,
    );
    const overturned = expectOk<SelfServiceCase>(
      await post(anna, `/api/cases/${refused.id}/appeal/resolve`, { expectedVersion: appealed.version, result: 'overturned' }),
      200,
    );
    await post(anna, `/api/cases/${refused.id}/udk-notified`, { expectedVersion: overturned.version });
    await statusOf(anna, citizen.id);
    await anna({ method: 'GET', url: '/api/law-areas' });
    const rows = await selfServiceAuditSince(ctx.app, mark);
    const counts = Object.fromEntries([...new Set(rows.map((r) => r.action))].map((a) => [a, rows.filter((r) => r.action === a).length]));
    expect(counts).toEqual({
      'case.start': 1,
      'case.save-step': 4,
      'case.complete': 1,
      'case.document': 1,
      'self-service.appeal-registered': 1,
      'self-service.appeal-resolved': 1,
      'self-service.udk-notified': 1,
      'self-service.status': 1,
    });
    for (const row of rows) {
      expect(row).toMatchObject({
        subjectType: 'citizen',
        subjectId: citizen.id,
        actorUserId: DEMO.users.anna,
        purpose: 'self_service_exemption',
      });
      if (row.action !== 'self-service.status') expect(row.details).toMatchObject({ caseId: refused.id });
    }
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
  });
});

describe('tenancy and responsibility', () => {
  it('another municipality gets 404 for every operation on the case, sees none of its decisions, and leaves no case record', async () => {
    const citizen = DEMO_PERSONS.familyMother;
    const walked = await walkSelfService(anna, citizen.id, { decision: { outcome: 'refuse', ...REASONS } });
    const refused = expectOk<SelfServiceCase>(await complete(anna, walked.id, walked.version), 200);
    const mark = await lastAuditId(ctx.app);
    const v = refused.version;
    for (const response of [
      await mette({ method: 'GET', url: `/api/cases/${refused.id}` }),
      await mette({ method: 'GET', url: `/api/cases/${refused.id}/document` }),
      await post(mette, `/api/cases/${refused.id}/appeal`, { expectedVersion: v, receivedOn: '2026-11-23' }),
      await post(mette, `/api/cases/${refused.id}/appeal/resolve`, { expectedVersion: v, result: 'overturned' }),
      await post(mette, `/api/cases/${refused.id}/udk-notified`, { expectedVersion: v }),
    ]) {
      expectProblem(response, 404);
    }
    expect((await selfServiceAuditSince(ctx.app, mark)).map((r) => r.action)).toEqual([]);
    const status = await statusOf(mette, citizen.id);
    expect(new Set(Object.values(status.byArea))).toEqual(new Set(['not_exempt']));
  });

  it('only the municipality of residence decides (Grethe lives in Vejle)', async () => {
    const problem = expectProblem(await startCase(anna, DEMO_PERSONS.nearPension.id, { type: 'self_service_exemption' }), 409);
    expect(problem).toMatchObject({ code: 'not-responsible-municipality' });
    expect(problem.detail).toContain('Vejle Kommune');
  });
});

describe('bad input answers 400 problem+json', () => {
  let draft: SelfServiceCase;
  beforeAll(async () => {
    draft = expectOk<SelfServiceCase>(await startCase(anna, DEMO_PERSONS.modulus11Failing.id, { type: 'self_service_exemption' }), 201);
  });

  it.each([
    ['unknown scope', 'scope', { scope: 'forever', lawAreas: ['flytning'] }, '/body/data/scope'],
    ['no law area', 'scope', { scope: 'general', lawAreas: [] }, '/body/data/lawAreas'],
    ['no ground', 'ground', { grounds: [] }, '/body/data/grounds'],
    ['unknown ground', 'ground', { grounds: ['bored'] }, '/body/data/grounds/0'],
    ['unknown outcome', 'decision', { outcome: 'maybe' }, '/body/data/outcome'],
    ['extra property', 'decision', { outcome: 'grant', documentation: 'lægeerklæring' }, '/body/data/documentation'],
  ])('%s', async (_name, step, data, pointer) => {
    const problem = expectProblem(await saveStep(anna, draft.id, step, 1, data), 400);
    expect(problem.code).toBe('validation-error');
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
  });

  it.each([
    ['law area the municipality does not have', { scope: 'general', lawAreas: ['jagttegn'] }, '/body/data/lawAreas'],
    [
      'single application without saying which',
      { scope: 'single_application', lawAreas: ['flytning'] },
      '/body/data/applicationDescription',
    ],
    [
      'single application over two areas',
      { scope: 'single_application', lawAreas: ['flytning', 'pension'], applicationDescription: 'x' },
      '/body/data/lawAreas',
    ],
  ])('scope rule: %s', async (_name, data, pointer) => {
    const problem = expectProblem(await saveStep(anna, draft.id, 'scope', 1, data), 400);
    expect(problem.code).toBe('step-invalid');
    expect(problem.errors?.map((e) => e.pointer)).toEqual([pointer]);
  });

  it('appeal and resolve bodies are checked', async () => {
    const granted = await decideSelfService(anna, DEMO_PERSONS.emigrated.id);
    const appeal = expectProblem(
      await post(anna, `/api/cases/${granted.id}/appeal`, { expectedVersion: granted.version, receivedOn: '23-11-2026' }),
      400,
    );
    expect(appeal.errors?.map((e) => e.pointer)).toContain('/body/receivedOn');
    const resolve = expectProblem(
      await post(anna, `/api/cases/${granted.id}/appeal/resolve`, { expectedVersion: granted.version, result: 'partly' }),
      400,
    );
    expect(resolve.errors?.map((e) => e.pointer)).toContain('/body/result');
    expectProblem(await anna({ method: 'GET', url: '/api/citizens/not-a-uuid/self-service-status' }), 400);
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/law-areas' }), 401);
  });
});
