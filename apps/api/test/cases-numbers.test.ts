import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { serviceDay } from '@skranke/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { expectOk, grantExemption, pdfText, startCase, type CaseBody } from './cases-helpers.ts';
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

const year = () => serviceDay(new Date()).slice(0, 4);
const serial = (number: string) => Number(number.slice(5));

/** Residents of a municipality (the municipality of residence decides a self-service exemption, so they can start one). */
async function residentsOf(municipalityId: string) {
  const rows = await ctx.app.db
    .select({ id: schema.persons.id })
    .from(schema.persons)
    .where(and(eq(schema.persons.municipalityId, municipalityId), eq(schema.persons.status, 'active')));
  return rows.map((r) => r.id);
}

const startSelfService = async (as: As, citizenId: string) =>
  expectOk<CaseBody & { number: string }>(await startCase(as, citizenId, { type: 'self_service_exemption' }), 201);

describe('case numbers (sagsnummer)', () => {
  it('gives two cases in one municipality consecutive numbers of this year; another municipality starts its own series', async () => {
    const [first, second] = await residentsOf(DEMO.aarhus.id);
    const a = await startSelfService(anna, first!);
    const b = await startSelfService(anna, second!);
    expect(a.number).toMatch(new RegExp(`^${year()}-\\d{6}$`));
    expect(serial(b.number)).toBe(serial(a.number) + 1);

    const [vejleResident] = await residentsOf(DEMO.vejle.id);
    const v = await startSelfService(mette, vejleResident!);
    expect(v.number).toBe(`${year()}-000001`);

    // Read back everywhere a person sees the case: the case, the citizen's case list, the overview.
    expect(expectOk<{ number: string }>(await anna({ method: 'GET', url: `/api/cases/${a.id}` }), 200).number).toBe(a.number);
    const list = expectOk<{ cases: Array<{ id: string; number: string }> }>(
      await anna({ method: 'GET', url: `/api/citizens/${first}/cases` }),
      200,
    );
    expect(list.cases.find((c) => c.id === a.id)?.number).toBe(a.number);
    const overview = expectOk<{ cases: Array<{ id: string; number: string }> }>(
      await anna({ method: 'GET', url: `/api/citizens/${first}/overview?purpose=selvbetjening` }),
      200,
    );
    expect(overview.cases.find((c) => c.id === a.id)?.number).toBe(a.number);
  });

  it('a refused start takes no number: the next case gets the next serial', async () => {
    const [, , third, fourth] = await residentsOf(DEMO.aarhus.id);
    const before = await startSelfService(anna, third!);
    expectProblem(await startCase(anna, third!, { type: 'self_service_exemption' }), 409);
    const after = await startSelfService(anna, fourth!);
    expect(serial(after.number)).toBe(serial(before.number) + 1);
  });

  it('20 cases started at the same moment get 20 distinct numbers, with no gaps', async () => {
    const citizens = (await residentsOf(DEMO.aarhus.id)).slice(4, 24);
    expect(citizens).toHaveLength(20);
    const started = await Promise.all(citizens.map((id) => startSelfService(anna, id)));
    const serials = started.map((c) => serial(c.number)).sort((x, y) => x - y);
    expect(new Set(serials).size).toBe(20);
    expect(serials.at(-1)! - serials[0]!).toBe(19);
    const [counter] = await ctx.app.db
      .select()
      .from(schema.caseNumberCounters)
      .where(and(eq(schema.caseNumberCounters.municipalityId, DEMO.aarhus.id), eq(schema.caseNumberCounters.year, Number(year()))));
    expect(counter!.lastSerial).toBe(serials.at(-1));
  });

  it('the receipt prints the case number and never the uuid', async () => {
    const granted = await grantExemption(anna, DEMO_PERSONS.nearPensionAarhus.id);
    const number = (granted as CaseBody & { number: string }).number;
    const text = await pdfText((await anna({ method: 'GET', url: `/api/cases/${granted.id}/document` })).rawPayload);
    expect(text).toContain(`Sagsnummer: ${number}`);
    expect(text).not.toContain(granted.id);
  });
});
