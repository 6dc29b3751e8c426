import { PassThrough } from 'node:stream';
import { schema } from '@skranke/db';
import { DEMO_PERSONS } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { saveStep } from './cases-helpers.ts';
import { DANISH_PASSPORT, IN_PERSON, saveSteps, startMitId } from './cases-mitid-helpers.ts';

let ctx: TestContext;
let logs = '';

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk.toString()));
  ctx = await build({ logger: stream, logLevel: 'debug' });
});
afterAll(() => ctx.close());

describe("the witness's CPR number", () => {
  it('travels only in the request body: not in the logs, the stored case, its answers or the audit trail', async () => {
    const anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
    const witness = DEMO_PERSONS.familyFather;
    const tooNew = DEMO_PERSONS.familyMother;
    const c = await saveSteps(anna, await startMitId(anna, DEMO_PERSONS.nearPensionAarhus.id), [
      ['applicant', IN_PERSON],
      ['documents', DANISH_PASSPORT],
    ]);
    const data = (cpr: string) => ({ method: 'witness', witnessCpr: cpr, witnessPhotoIdShown: true, witnessMitIdConfirmed: true });
    const answers = [
      await saveStep(anna, c.id, 'verification', c.version, data(`${tooNew.cpr.slice(0, 6)}-${tooNew.cpr.slice(6)}`)),
      await saveStep(anna, c.id, 'verification', c.version, data('0101011234')),
      await saveStep(anna, c.id, 'verification', c.version, data(witness.cpr)),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([400, 400, 200]);
    const read = await anna({ method: 'GET', url: `/api/cases/${c.id}` });
    await new Promise((resolve) => setTimeout(resolve, 50));

    const numbers = [witness.cpr, tooNew.cpr, '0101011234'].flatMap((n) => [n, `${n.slice(0, 6)}-${n.slice(6)}`]);
    const everything = [
      logs,
      ...answers.map((a) => a.body),
      read.body,
      JSON.stringify(await ctx.app.db.select().from(schema.cases)),
      JSON.stringify(await ctx.app.db.select().from(schema.auditEvents)),
    ].join('\n');
    for (const n of numbers) expect(everything).not.toContain(n);
    expect(logs).toContain('/steps/verification');
  });
});
