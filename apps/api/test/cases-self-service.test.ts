import { DEMO_PERSONS } from '@skranke/db/seed';
import { schema } from '@skranke/db';
import { appealDeadline, formatDanishDate, serviceDay } from '@skranke/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, grantExemption, pdfText, saveStep } from './cases-helpers.ts';
import { decideSelfService, post, REASONS, statusOf, walkSelfService, type SelfServiceCase } from './cases-self-service-helpers.ts';
import type { As } from './queue-helpers.ts';

let ctx: TestContext;
let anna: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
});
afterAll(() => ctx.close());

const documentText = async (caseId: string) => {
  const response = await anna({ method: 'GET', url: `/api/cases/${caseId}/document` });
  expect(response.headers['content-type']).toBe('application/pdf');
  return pdfText(response.rawPayload);
};

describe('law areas', () => {
  it('lists the seeded areas, UDK ones marked and appealed to Ankestyrelsen, and the default 4-week appeal period', async () => {
    const body = expectOk<{ lawAreas: Array<{ code: string; udbetalingDanmark: boolean; appealBody: string }>; appealPeriod: unknown }>(
      await anna({ method: 'GET', url: '/api/law-areas' }),
      200,
    );
    expect(body.lawAreas).toHaveLength(15);
    expect(
      body.lawAreas
        .filter((a) => a.udbetalingDanmark)
        .map((a) => a.code)
        .sort(),
    ).toEqual(['barselsdagpenge', 'boerne_og_ungeydelse', 'boernetilskud', 'boligstoette', 'pension'].sort());
    expect(body.lawAreas.find((a) => a.code === 'pension')?.appealBody).toBe('Ankestyrelsen');
    expect(body.lawAreas.find((a) => a.code === 'flytning')).toMatchObject({
      udbetalingDanmark: false,
      appealBody: 'Aarhus Kommune',
      legalReference: 'CPR-loven § 12, stk. 3',
    });
    expect(body.appealPeriod).toEqual({ unit: 'weeks', count: 4 });
  });
});

describe('grant, general, for an Udbetaling Danmark area', () => {
  it('is exempt on that area only, UDK must be notified, and markUdkNotified records it once', async () => {
    const citizen = DEMO_PERSONS.familyFather;
    const granted = await decideSelfService(anna, citizen.id);
    expect(granted).toMatchObject({
      status: 'completed',
      selfServiceDecision: {
        outcome: 'grant',
        granted: true,
        udkNotificationRequired: true,
        udkNotifiedAt: null,
        appealDeadline: null,
        lawAreas: [{ code: 'boligstoette' }],
      },
    });
    const status = await statusOf(anna, citizen.id);
    expect(status.byArea).toMatchObject({ boligstoette: 'exempt', flytning: 'not_exempt', pension: 'not_exempt' });
    expect(status.entitledToNonDigitalAlternative).toBe(false);

    const text = await documentText(granted.id);
    expect(text).toContain('Kvittering for fritagelse fra obligatorisk digital selvbetjening');
    expect(text).toContain('generelt på lovområdet boligstøtte');
    expect(text).toContain('Kommunen giver Udbetaling Danmark besked');

    const notified = expectOk<SelfServiceCase>(
      await post(anna, `/api/cases/${granted.id}/udk-notified`, { expectedVersion: granted.version }),
      200,
    );
    expect(notified.selfServiceDecision?.udkNotifiedAt).toEqual(expect.any(String));
    expect(notified.version).toBe(granted.version + 1);
    expect((notified.events as Array<{ action: string }>).at(-1)?.action).toBe('udk_notified');
    const rows = await ctx.app.db.select().from(schema.udkNotifications);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ lawAreaCodes: ['boligstoette'] });
    expect(expectProblem(await post(anna, `/api/cases/${granted.id}/udk-notified`, { expectedVersion: notified.version }), 409).code).toBe(
      'udk-already-notified',
    );
    expect(expectProblem(await post(anna, `/api/cases/${granted.id}/udk-notified`, { expectedVersion: granted.version }), 409).code).toBe(
      'stale-version',
    );
  });

  it('a non-UDK grant needs no notification; a single-application grant does not make the area exempt', async () => {
    const citizen = DEMO_PERSONS.otherParent;
    const single = await decideSelfService(anna, citizen.id, {
      scope: { scope: 'single_application', lawAreas: ['flytning'], applicationDescription: 'Anmeldelse af flytning til Randersvej' },
    });
    expect(single.selfServiceDecision).toMatchObject({ udkNotificationRequired: false });
    expect(expectProblem(await post(anna, `/api/cases/${single.id}/udk-notified`, { expectedVersion: single.version }), 409).code).toBe(
      'udk-notification-not-required',
    );
    const status = await statusOf(anna, citizen.id);
    expect(status.lawAreas.find((a) => a.code === 'flytning')).toMatchObject({
      status: 'not_exempt',
      singleApplications: [{ caseId: single.id, description: 'Anmeldelse af flytning til Randersvej' }],
    });
  });
});

describe('refusal, appeal and overturn', () => {
  it('a refusal needs reasons (forvaltningsloven § 22): 400 on the decision step', async () => {
    const c = await walkSelfService(anna, DEMO_PERSONS.modulus11Failing.id);
    const problem = expectProblem(await saveStep(anna, c.id, 'decision', c.version, { outcome: 'refuse', legalBasis: ' ' }), 400);
    expect(problem.code).toBe('step-invalid');
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/body/data/legalBasis', '/body/data/considerations']);
    expect(problem.detail).toContain('forvaltningsloven § 22');
  });

  it('refused with reasons: a decision letter with begrundelse, klagevejledning, Ankestyrelsen and the deadline date; then appeal and overturn', async () => {
    const citizen = DEMO_PERSONS.familyMother;
    const walked = await walkSelfService(anna, citizen.id, {
      scope: { lawAreas: ['pension', 'flytning'] },
      decision: { outcome: 'refuse', ...REASONS },
    });
    const refused = expectOk<SelfServiceCase>(await complete(anna, walked.id, walked.version), 200);
    const deadline = appealDeadline(serviceDay(new Date()), { unit: 'weeks', count: 4 });
    expect(refused).toMatchObject({
      status: 'refused',
      selfServiceDecision: { outcome: 'refuse', granted: false, appealDeadline: deadline, udkNotificationRequired: false },
    });
    expect((refused.events as Array<{ action: string }>).at(-1)?.action).toBe('refuse');

    const text = await documentText(refused.id);
    for (const expected of [
      'Afgørelse: afslag på fritagelse fra obligatorisk digital selvbetjening',
      'Begrundelse',
      `Afgørelsen er truffet efter: ${REASONS.legalBasis}.`,
      `Kommunen har lagt vægt på: ${REASONS.considerations}`,
      'Klagevejledning',
      'Du kan klage over afgørelsen til Aarhus Kommune for flytning; Ankestyrelsen for pension (folkepension, førtidspension).',
      'Klagefristen er 4 uger fra afgørelsens dato.',
      `Klagen skal være modtaget senest den ${formatDanishDate(deadline)}.`,
      'lov om Udbetaling Danmark § 13, stk. 4',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(
      /senest den \d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/,
    );
    expect((await statusOf(anna, citizen.id)).byArea).toMatchObject({ pension: 'not_exempt', flytning: 'not_exempt' });

    const appealed = expectOk<SelfServiceCase>(
      await post(anna, `/api/cases/${refused.id}/appeal`, {
        expectedVersion: refused.version,
        receivedOn: serviceDay(new Date()),
        note: 'Klage modtaget i Borgerservice',
      }),
      200,
    );
    expect(appealed.selfServiceDecision?.appeal).toMatchObject({ status: 'pending', receivedInTime: true });
    expect((await statusOf(anna, citizen.id)).byArea).toMatchObject({
      pension: 'exempt_pending_appeal',
      flytning: 'exempt_pending_appeal',
      boligstoette: 'not_exempt',
    });
    expect(
      expectProblem(
        await post(anna, `/api/cases/${refused.id}/appeal`, { expectedVersion: appealed.version, receivedOn: '2026-01-01' }),
        409,
      ).code,
    ).toBe('appeal-already-registered');

    const overturned = expectOk<SelfServiceCase>(
      await post(anna, `/api/cases/${refused.id}/appeal/resolve`, { expectedVersion: appealed.version, result: 'overturned' }),
      200,
    );
    expect(overturned).toMatchObject({
      status: 'completed',
      selfServiceDecision: { granted: true, appeal: { status: 'overturned' }, udkNotificationRequired: true },
    });
    expect((await statusOf(anna, citizen.id)).byArea).toMatchObject({ pension: 'exempt', flytning: 'exempt' });
    expect(await documentText(refused.id)).toContain('har givet dig medhold i din klage');
    const notified = expectOk<SelfServiceCase>(
      await post(anna, `/api/cases/${refused.id}/udk-notified`, { expectedVersion: overturned.version }),
      200,
    );
    expect(notified.selfServiceDecision?.udkNotifiedAt).toEqual(expect.any(String));
  });

  it('an upheld appeal leaves the refusal standing; a grant cannot be appealed', async () => {
    const citizen = DEMO_PERSONS.protectedAddress;
    const walked = await walkSelfService(anna, citizen.id, {
      scope: { lawAreas: ['sundhedskort'] },
      decision: { outcome: 'refuse', ...REASONS },
    });
    const refused = expectOk<SelfServiceCase>(await complete(anna, walked.id, walked.version), 200);
    const late = expectOk<SelfServiceCase>(
      await post(anna, `/api/cases/${refused.id}/appeal`, { expectedVersion: refused.version, receivedOn: '2099-01-01' }),
      200,
    );
    expect(late.selfServiceDecision?.appeal).toMatchObject({ receivedInTime: false });
    const upheld = expectOk<SelfServiceCase>(
      await post(anna, `/api/cases/${refused.id}/appeal/resolve`, { expectedVersion: late.version, result: 'upheld' }),
      200,
    );
    expect(upheld).toMatchObject({ status: 'refused', selfServiceDecision: { granted: false, appeal: { status: 'upheld' } } });
    expect((await statusOf(anna, citizen.id)).byArea.sundhedskort).toBe('not_exempt');
    expect(
      expectProblem(
        await post(anna, `/api/cases/${refused.id}/appeal/resolve`, { expectedVersion: upheld.version, result: 'overturned' }),
        409,
      ).code,
    ).toBe('no-pending-appeal');

    const granted = await decideSelfService(anna, citizen.id, { scope: { lawAreas: ['laegeskift'] } });
    expect(
      expectProblem(
        await post(anna, `/api/cases/${granted.id}/appeal`, { expectedVersion: granted.version, receivedOn: '2026-01-01' }),
        409,
      ).code,
    ).toBe('not-refused');
  });
});

describe('1 June 2023 rule', () => {
  it('a citizen exempt from Digital Post is entitled to the non-digital alternative without a separate decision', async () => {
    const citizen = DEMO_PERSONS.nearPensionAarhus;
    expect((await statusOf(anna, citizen.id)).entitledToNonDigitalAlternative).toBe(false);
    await grantExemption(anna, citizen.id);
    const status = await statusOf(anna, citizen.id);
    expect(status.entitledToNonDigitalAlternative).toBe(true);
    expect(new Set(Object.values(status.byArea))).toEqual(new Set(['not_exempt']));
  });
});

describe('configuration', () => {
  it("the municipality's appeal period (here 1 month) sets the letter's deadline", async () => {
    await ctx.app.db.insert(schema.selfServiceSettings).values({
      municipalityId: (await ctx.app.db.select().from(schema.municipalities).where(eq(schema.municipalities.code, '751')))[0]!.id,
      appealPeriodCount: 1,
      appealPeriodUnit: 'months',
    });
    const walked = await walkSelfService(anna, DEMO_PERSONS.noFixedAddress.id, {
      scope: { lawAreas: ['byggetilladelse'] },
      decision: { outcome: 'refuse', ...REASONS },
    });
    const refused = expectOk<SelfServiceCase>(await complete(anna, walked.id, walked.version), 200);
    const deadline = appealDeadline(serviceDay(new Date()), { unit: 'months', count: 1 });
    expect(refused.selfServiceDecision?.appealDeadline).toBe(deadline);
    const text = await documentText(refused.id);
    expect(text).toContain('Klagefristen er 1 måned fra afgørelsens dato.');
    expect(text).toContain(`senest den ${formatDanishDate(deadline)}`);
  });
});
