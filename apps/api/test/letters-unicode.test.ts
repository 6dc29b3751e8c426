import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { pdfText } from './cases-helpers.ts';
import { decideSelfService, REASONS } from './cases-self-service-helpers.ts';
import type { As } from './queue-helpers.ts';

let ctx: TestContext;
let anna: As;
let lars: As;

beforeAll(async () => {
  ctx = await build();
  anna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
});
afterAll(() => ctx.close());

const NAMES: Array<[language: string, givenNames: string, surname: string]> = [
  ['Turkish', 'Ayşe', 'Yılmaz'],
  ['Polish', 'Łukasz', 'Wójcik'],
  ['Arabic script', 'محمد', 'علي'],
  ['Ukrainian', 'Олександр', 'Шевченко'],
  ['Vietnamese', 'Nguyễn Thị Thu', 'Hương'],
];

/** Aarhus residents renamed as the register may hold them. */
async function residentsNamed() {
  const rows = await ctx.owner
    .select({ id: schema.persons.id })
    .from(schema.persons)
    .where(and(eq(schema.persons.municipalityId, DEMO.aarhus.id), eq(schema.persons.status, 'active')))
    .limit(NAMES.length);
  return Promise.all(
    NAMES.map(async ([language, givenNames, surname], i) => {
      await ctx.owner.update(schema.persons).set({ givenNames, surname }).where(eq(schema.persons.id, rows[i]!.id));
      return { language, name: `${givenNames} ${surname}`, id: rows[i]!.id };
    }),
  );
}

const pdf = async (as: As, url: string) => {
  const response = await as({ method: 'GET', url });
  expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  // An Arabic dot drawn as its own mark glyph has no code point of its own; pdfjs reads it back as a control character.
  return (await pdfText(response.rawPayload)).replace(/\p{Cc}/gu, '').replace(/\s+/g, ' ');
};

describe('letters and receipts for names outside Latin-1', () => {
  it('print every name, on decision letters, receipts and the log extract, with page numbers', async () => {
    const people = await residentsNamed();
    for (const [i, person] of people.entries()) {
      const refuse = i % 2 === 0;
      const decided = await decideSelfService(anna, person.id, refuse ? { decision: { outcome: 'refuse', ...REASONS } } : {});
      const letter = await pdf(anna, `/api/cases/${decided.id}/document`);
      expect(letter, person.language).toContain(`Navn: ${person.name}`);
      expect(letter).toMatch(/Side 1 af [12]/);

      const extract = await pdf(lars, `/api/citizens/${person.id}/access-log.pdf`);
      expect(extract, person.language).toContain(`Borger: ${person.name}`);
      expect(extract).toMatch(/Side 1 af \d/);
    }
  });
});
