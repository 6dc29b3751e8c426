import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, pdfText, saveStep, startCase } from './cases-helpers.ts';
import {
  CONTROL_QUESTIONS_PASSED,
  DANISH_PASSPORT,
  IN_PERSON,
  mitidRows,
  residents,
  runMitId,
  saveSteps,
  startMitId,
  type MitIdCase,
} from './cases-mitid-helpers.ts';
import type { As } from './queue-helpers.ts';

let ctx: TestContext;
let anna: As;
let mette: As;
let adults: Array<{ id: string }>;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  mette = injectAs(ctx.app, await login(ctx.app, 'mette'));
  adults = (await residents(ctx.app, DEMO.aarhus.id)).filter((r) => r.age >= 25 && r.age < 70 && r.status === 'active');
});
afterAll(() => ctx.close());

const letterOf = async (caseId: string) => pdfText((await anna({ method: 'GET', url: `/api/cases/${caseId}/document` })).rawPayload);
let next = 0;
const nextAdult = () => adults[next++]!.id;

describe('refusals (afslag) with a decision letter', () => {
  it('power of attorney: refused on the first step, nothing issued, a letter with begrundelse and klagevejledning', async () => {
    const citizen = nextAdult();
    const before = await mitidRows(ctx.app, citizen);
    const c = await runMitId(anna, citizen, [
      ['applicant', { applicantType: 'power_of_attorney', representativeName: 'Jens Hjælper', canUseMitIdAlone: true }],
    ]);
    expect(c).toMatchObject({
      status: 'refused',
      mitid: { issued: null, refusal: { reasons: ['representative'], appealBody: 'Digitaliseringsstyrelsen' } },
    });
    expect((c.events as Array<{ action: string }>).at(-1)?.action).toBe('refuse');
    expect(await mitidRows(ctx.app, citizen)).toEqual(before);

    const text = await letterOf(c.id);
    for (const sentence of [
      'Afgørelse: afslag på MitID',
      'Repræsentant eller værge: Jens Hjælper',
      'Du har fået afslag.',
      'Begrundelse',
      'Afgørelsen er truffet efter Bekendtgørelse om MitID §§ 3 og 8.',
      'heller ikke med fuldmagt eller af en værge',
      'Klagevejledning',
      'Du kan klage over afgørelsen til Digitaliseringsstyrelsen.',
      'Klagefristen er 4 uger fra afgørelsens dato.',
      'Oplys sagsnummeret, når du klager.',
    ]) {
      expect(text).toContain(sentence);
    }
    const deadline = c.mitid!.refusal!.appealDeadline;
    expect(text).toMatch(new RegExp(`senest den ${Number(deadline.slice(8))}\\. \\p{L}+ ${deadline.slice(0, 4)}`, 'u'));
  });

  it.each([
    [
      'cannot use MitID alone',
      [['applicant', { ...IN_PERSON, canUseMitIdAlone: false }]],
      ['cannot_use_alone'],
      'Du skal selv kunne bruge MitID uden hjælp fra andre.',
    ],
    [
      'a foreign passport alone',
      [
        ['applicant', IN_PERSON],
        ['documents', { documents: [{ kind: 'foreign_passport', showsCpr: true, temporary: false }] }],
      ],
      ['documents_insufficient'],
      'Den legitimation, du har vist, er ikke nok',
    ],
    [
      'only a temporary licence',
      [
        ['applicant', IN_PERSON],
        ['documents', { documents: [{ kind: 'dk_driving_licence', showsCpr: true, temporary: true }] }],
      ],
      ['documents_insufficient'],
      'midlertidige dokumenter kan ikke bruges',
    ],
    [
      'control questions answered wrongly',
      [
        ['applicant', IN_PERSON],
        ['documents', DANISH_PASSPORT],
        ['verification', { method: 'control_questions', controlQuestionsPassed: false }],
      ],
      ['identity_uncertain'],
      'hverken med kontrolspørgsmål eller med et vidne',
    ],
    [
      'staff doubt the identity despite a passport',
      [
        ['applicant', IN_PERSON],
        ['documents', { ...DANISH_PASSPORT, identityDoubt: 'Billedet i passet ligner ikke borgeren.' }],
      ],
      ['identity_uncertain'],
      'Borgerservice har noteret: Billedet i passet ligner ikke borgeren.',
    ],
  ] as const)('%s → refused %j', async (_name, steps, reasons, sentence) => {
    const c = await runMitId(anna, nextAdult(), steps as unknown as Array<[string, Record<string, unknown>]>);
    expect(c.status).toBe('refused');
    expect(c.mitid?.refusal?.reasons).toEqual(reasons);
    expect(await letterOf(c.id)).toContain(sentence);
  });

  it('a draft shows what it leads to before completing (the counter can still change a step)', async () => {
    let c = await saveSteps(anna, await startMitId(anna, nextAdult()), [
      ['applicant', IN_PERSON],
      ['documents', { documents: [{ kind: 'sundhedskort', showsCpr: true, temporary: false }] }],
    ]);
    expect(c.mitid?.assessment).toMatchObject({
      outcome: 'refuse',
      reasons: ['documents_insufficient'],
      documentProblems: [{ code: 'one-secondary-not-enough' }],
    });
    c = await saveSteps(anna, c, [['documents', DANISH_PASSPORT]]);
    expect(c.mitid?.assessment).toMatchObject({ outcome: 'incomplete', reasons: [] });
    c = await saveSteps(anna, c, [
      ['verification', CONTROL_QUESTIONS_PASSED],
      ['authenticator', { authenticator: 'app' }],
    ]);
    c = expectOk<MitIdCase>(await complete(anna, c.id, c.version), 200);
    expect(c.status).toBe('completed');
  });
});

describe('age: MitID from 13', () => {
  it('refuses to start for a 12-year-old, naming the 13th birthday, and creates no case', async () => {
    const twelve = (await residents(ctx.app, DEMO.aarhus.id)).find((r) => r.age === 12);
    expect(twelve, 'the demo data has a 12-year-old').toBeDefined();
    const problem = expectProblem(await startCase(anna, twelve!.id, { type: 'mitid' }), 409);
    expect(problem.code).toBe('mitid-too-young');
    expect(problem.detail).toMatch(/^MitID kan først udstedes fra 13 år\. Borgeren fylder 13 den \d{1,2}\. \p{L}+ \d{4}\.$/u);
    expect(await ctx.app.db.select().from(schema.cases).where(eq(schema.cases.personId, twelve!.id))).toEqual([]);
  });

  it('starts for a 13-year-old', async () => {
    const thirteen = (await residents(ctx.app, DEMO.aarhus.id)).find((r) => r.age === 13);
    expect(thirteen, 'the demo data has a 13-year-old').toBeDefined();
    await startMitId(anna, thirteen!.id);
  });
});

describe('bad input answers 400 problem+json', () => {
  let draft: MitIdCase;
  beforeAll(async () => {
    draft = await saveSteps(anna, await startMitId(anna, nextAdult()), [['applicant', IN_PERSON]]);
  });

  it.each([
    ['unknown applicant type', 'applicant', { applicantType: 'friend', canUseMitIdAlone: true }, '/body/data/applicantType'],
    ['missing canUseMitIdAlone', 'applicant', { applicantType: 'in_person' }, '/body/data/canUseMitIdAlone'],
    [
      'unknown document',
      'documents',
      { documents: [{ kind: 'library_card', showsCpr: true, temporary: false }] },
      '/body/data/documents/0/kind',
    ],
    ['documents not a list', 'documents', { documents: 'pas' }, '/body/data/documents'],
    ['unknown authenticator', 'authenticator', { authenticator: 'sms' }, '/body/data/authenticator'],
    [
      'malformed witness CPR',
      'verification',
      { method: 'witness', witnessCpr: '12345', witnessPhotoIdShown: true, witnessMitIdConfirmed: true },
      '/body/data',
    ],
  ])('%s', async (_name, step, data, pointer) => {
    const problem = expectProblem(await saveStep(anna, draft.id, step, draft.version, data), 400);
    expect(problem.errors?.map((e) => e.pointer).some((p) => p.startsWith(pointer))).toBe(true);
  });

  it.each([
    [
      'a representative without a name',
      'applicant',
      { applicantType: 'guardian', canUseMitIdAlone: true },
      'Skriv navnet på den, der møder op på borgerens vegne.',
    ],
    [
      'a witness CPR with an impossible date',
      'verification',
      { method: 'witness', witnessCpr: '3102901234', witnessPhotoIdShown: true, witnessMitIdConfirmed: true },
      null,
    ],
    [
      'a witness not in the register',
      'verification',
      { method: 'witness', witnessCpr: '0101011234', witnessPhotoIdShown: true, witnessMitIdConfirmed: true },
      'Vidnet findes ikke i personregistret.',
    ],
  ])('%s', async (_name, step, data, detail) => {
    const problem = expectProblem(await saveStep(anna, draft.id, step, draft.version, data), 400);
    expect(problem.code).toBe('step-invalid');
    if (detail) expect(problem.detail).toBe(detail);
  });

  it('an unknown step, and completing a draft that is not finished', async () => {
    expect(expectProblem(await saveStep(anna, draft.id, 'payment', draft.version, {}), 400).code).toBe('unknown-step');
    const problem = expectProblem(await complete(anna, draft.id, draft.version), 409);
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/stepData/documents', '/stepData/verification', '/stepData/authenticator']);
  });
});

describe('access', () => {
  it('needs a signed-in staff member; a kiosk device is refused', async () => {
    const c = await startMitId(anna, nextAdult());
    expectProblem(await ctx.app.inject({ method: 'GET', url: `/api/cases/${c.id}` }), 401);
    expectProblem(
      await ctx.app.inject({ method: 'POST', url: `/api/citizens/${DEMO_PERSONS.familyFather.id}/cases`, payload: { type: 'mitid' } }),
      401,
    );
    const admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
    const created = expectOk<{ deviceKey: string }>(
      await admin({
        method: 'POST',
        url: '/api/admin/devices',
        payload: { name: 'Kiosk MitID-test', kind: 'kiosk', locationId: DEMO.aarhus.dokk1 },
      }),
      201,
    );
    const token = expectOk<{ accessToken: string }>(
      await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey: created.deviceKey } }),
      200,
    );
    const kiosk = injectAs(ctx.app, token);
    expectProblem(await kiosk({ method: 'GET', url: `/api/cases/${c.id}` }), 403);
    expectProblem(await saveStep(kiosk, c.id, 'applicant', c.version, IN_PERSON), 403);
  });

  it("another municipality's MitID case is not found, and its refusal letter neither", async () => {
    const refused = await runMitId(anna, nextAdult(), [['applicant', { ...IN_PERSON, canUseMitIdAlone: false }]]);
    expectProblem(await mette({ method: 'GET', url: `/api/cases/${refused.id}` }), 404);
    expectProblem(await mette({ method: 'GET', url: `/api/cases/${refused.id}/document` }), 404);
  });
});
