import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../src/floor/documents/csv.ts';
import { formatDanishTimestamp } from '../src/modules/citizens/access-log-export.ts';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { pdfText } from './cases-helpers.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let asAnna: ReturnType<typeof injectAs>;
let asLars: ReturnType<typeof injectAs>;
const { id, cpr } = DEMO_PERSONS.familyFather;

beforeAll(async () => {
  ctx = await build();
  asAnna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  const asMette = injectAs(ctx.app, await login(ctx.app, 'mette'));
  await asAnna({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr, purpose: 'pas' } });
  await asMette({
    method: 'POST',
    url: '/api/citizens/lookup',
    payload: { cpr, purpose: 'andet', purposeText: 'Boligstøtte; "hastesag"\n=SUM(A1)' },
  });
});
afterAll(() => ctx.close());

describe('exportCitizenAccessLogCsv', () => {
  it('is a Danish CSV Excel opens: BOM, semicolons, Danish header and dates, quoted free text', async () => {
    const response = await asLars({ method: 'GET', url: `/api/citizens/${id}/access-log.csv` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="logudtraek-${id}.csv"`);
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Tidspunkt;Handling;Formål;Uddybning af formål;Medarbejder;Brugernavn;Kommune');
    expect(lines[1]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2};Opslag på CPR-nummer;Pas;;Anna Sørensen;anna;Aarhus Kommune \(751\)$/);
    expect(response.body).toContain(';Andet;"Boligstøtte; ""hastesag""\n=SUM(A1)";Mette Kjær;mette;Vejle Kommune');
    // The extract lists itself: it was audited before it was read.
    expect(lines[3]).toContain('Logudtræk hentet som CSV;Indsigt (logudtræk);;Lars Østergaard;lars;Aarhus Kommune (751)');
    expect(lines[4]).toBe('');
    expect(response.body).not.toContain(cpr);
  });

  it('is for leads and admins, and answers problem+json for an unknown citizen', async () => {
    expectProblem(await asAnna({ method: 'GET', url: `/api/citizens/${id}/access-log.csv` }), 403);
    expectProblem(await asLars({ method: 'GET', url: `/api/citizens/${DEMO.users.anna}/access-log.csv` }), 404);
  });
});

describe('exportCitizenAccessLogPdf', () => {
  it('is a text PDF with the citizen, each access and its own record, and is audited', async () => {
    const response = await asLars({ method: 'GET', url: `/api/citizens/${id}/access-log.pdf` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(response.rawPayload);
    for (const expected of [
      'Logudtræk: adgang til dine personoplysninger',
      'Aarhus Kommune',
      'Opslag på CPR-nummer',
      'Anna Sørensen (anna)',
      'Mette Kjær (mette), Vejle Kommune (630)',
      'Logudtræk hentet som PDF',
      'Formål: Pas.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Antal registreringer: 4/);
    expect(text).not.toContain(cpr.slice(6));
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
  });
});

describe('purposes and actions in words', () => {
  it('the CSV and the PDF translate every code: case types as purposes, case actions, the case list', async () => {
    const citizen = DEMO_PERSONS.nearPensionAarhus.id;
    expect(
      (await asAnna({ method: 'POST', url: `/api/citizens/${citizen}/cases`, payload: { type: 'self_service_exemption' } })).statusCode,
    ).toBe(201);
    expect((await asAnna({ method: 'GET', url: `/api/citizens/${citizen}/cases` })).statusCode).toBe(200);

    const csv = (await asLars({ method: 'GET', url: `/api/citizens/${citizen}/access-log.csv` })).body;
    expect(csv).toContain(';Sag oprettet;Undtagelse fra digital selvbetjening;;Anna Sørensen;');
    expect(csv).toContain(';Oversigt over sager vist;Oversigt over sager;;Anna Sørensen;');
    const pdf = await pdfText((await asLars({ method: 'GET', url: `/api/citizens/${citizen}/access-log.pdf` })).rawPayload);
    expect(pdf).toContain('Sag oprettet. Formål: Undtagelse fra digital selvbetjening.');
    for (const text of [csv, pdf]) {
      for (const code of ['self_service_exemption', 'case_list', 'indsigt', 'case.start', 'citizen.access-log'])
        expect(text).not.toContain(code);
    }
  });
});

describe('CSV helpers', () => {
  it.each([
    ['enkel', 'enkel'],
    ['a;b', '"a;b"'],
    ['sagde "ja"', '"sagde ""ja"""'],
    ['=1+1', "'=1+1"],
    [null, ''],
  ])('csvField(%j) = %s', (input, expected) => expect(csvField(input)).toBe(expected));

  it('writes Danish time, summer and winter', () => {
    expect(formatDanishTimestamp(new Date('2026-07-01T10:05:00Z'))).toBe('01-07-2026 12:05');
    expect(formatDanishTimestamp(new Date('2026-12-31T23:30:00Z'))).toBe('01-01-2027 00:30');
  });
});
