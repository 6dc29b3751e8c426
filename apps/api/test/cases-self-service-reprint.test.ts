import { DEMO_PERSONS } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, pdfText } from './cases-helpers.ts';
import { REASONS, walkSelfService, type SelfServiceCase } from './cases-self-service-helpers.ts';
import type { As } from './queue-helpers.ts';

let ctx: TestContext;
let anna: As;
let admin: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
});
afterAll(() => ctx.close());

const letterText = async (caseId: string) => pdfText((await anna({ method: 'GET', url: `/api/cases/${caseId}/document` })).rawPayload);

describe('a reprinted refusal letter says what was decided', () => {
  it('keeps the appeal period, the area and its appeal body after an administrator changes them', async () => {
    const walked = await walkSelfService(anna, DEMO_PERSONS.noFixedAddress.id, {
      scope: { lawAreas: ['byggetilladelse'] },
      decision: { outcome: 'refuse', ...REASONS },
    });
    const refused = expectOk<SelfServiceCase>(await complete(anna, walked.id, walked.version), 200);
    const original = await letterText(refused.id);
    expect(original).toContain('Klagefristen er 4 uger fra afgørelsens dato.');
    expect(original).toContain('lovområdet byggetilladelse');

    // The rule value and the law area change after the decision …
    expect(
      (await admin({ method: 'PATCH', url: '/api/admin/config/rules', payload: { appealPeriodCount: 3, appealPeriodUnit: 'months' } }))
        .statusCode,
    ).toBe(200);
    const areas = expectOk<Array<{ id: string; code: string }>>(await admin({ method: 'GET', url: '/api/admin/config/law-areas' }), 200);
    const area = areas.find((a) => a.code === 'byggetilladelse')!;
    const changed = await admin({
      method: 'PATCH',
      url: `/api/admin/config/law-areas/${area.id}`,
      payload: { nameDa: 'Byggesager', appealBody: 'Planklagenævnet', udbetalingDanmark: true },
    });
    expect(changed.statusCode).toBe(200);

    // … and the reprint is the letter the citizen was given, word for word.
    const reprint = await letterText(refused.id);
    expect(reprint).not.toContain('3 måneder');
    expect(reprint).not.toContain('Planklagenævnet');
    expect(reprint).not.toContain('Ankestyrelsen');
    expect(reprint).toBe(original);

    // A refusal decided now follows the new values.
    const next = await walkSelfService(anna, DEMO_PERSONS.familyFather.id, {
      scope: { lawAreas: ['byggetilladelse'] },
      decision: { outcome: 'refuse', ...REASONS },
    });
    const refusedNow = expectOk<SelfServiceCase>(await complete(anna, next.id, next.version), 200);
    const now = await letterText(refusedNow.id);
    expect(now).toContain('Klagefristen er 3 måneder fra afgørelsens dato.');
    expect(now).toContain('Ankestyrelsen');
  });
});
