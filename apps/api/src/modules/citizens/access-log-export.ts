/**
 * The GDPR art. 15 log extract as files a citizen can be handed: CSV for Excel (Danish conventions) and PDF. Both
 * are built from the same records as the JSON extract (`accessLogPage`), read a page at a time.
 */
import { auditActionLabel, auditPurposeLabel } from '@skranke/contracts';
import { BOM, csvLine } from '../../floor/documents/csv.ts';
import { renderReceipt } from '../../floor/documents/receipt-pdf.ts';
import type { AccessLogRow, createCitizensRepository } from './citizens.repository.ts';

const PAGE_SIZE = 500;

/** What an action means and why it was done, in Danish words a citizen understands (the shared audit label table). */
export const actionLabel = (action: string) => auditActionLabel(action, 'da');
export const purposeLabel = (purpose: string | null) => auditPurposeLabel(purpose, 'da');

const danishParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "dd-mm-åååå hh:mm" in Danish time. */
export function formatDanishTimestamp(at: Date): string {
  const p = Object.fromEntries(danishParts.formatToParts(at).map((part) => [part.type, part.value]));
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}`;
}

/** Every record about the citizen, oldest first, fetched a page at a time by id. */
export async function* accessLogRows(repo: ReturnType<typeof createCitizensRepository>, citizenId: string): AsyncGenerator<AccessLogRow> {
  let afterId = 0;
  while (true) {
    const page = await repo.accessLogPage(citizenId, afterId, PAGE_SIZE);
    yield* page;
    if (page.length < PAGE_SIZE) return;
    afterId = page[page.length - 1]!.id;
  }
}

const CSV_HEADER = ['Tidspunkt', 'Handling', 'Formål', 'Uddybning af formål', 'Medarbejder', 'Brugernavn', 'Kommune'];

function entryFields(row: AccessLogRow): string[] {
  return [
    formatDanishTimestamp(row.at),
    actionLabel(row.action),
    purposeLabel(row.purpose) ?? '',
    row.purposeText ?? '',
    row.staffName ?? '',
    row.staffUsername ?? '',
    `${row.municipalityName} (${row.municipalityCode})`,
  ];
}

/** The CSV, a line at a time: UTF-8 with a byte order mark (so Excel reads æøå), semicolons, CRLF line ends. */
export async function* accessLogCsv(rows: AsyncIterable<AccessLogRow>): AsyncGenerator<string> {
  yield BOM + csvLine(CSV_HEADER);
  for await (const row of rows) yield csvLine(entryFields(row));
}

export interface AccessLogDocument {
  citizen: { name: string; cprMasked: string };
  municipalityName: string;
  generatedAt: Date;
}

/** The PDF: a fact block about the citizen, then one paragraph per access. Text is extractable (standard font). */
export async function renderAccessLogPdf(doc: AccessLogDocument, rows: AsyncIterable<AccessLogRow>): Promise<Uint8Array> {
  const paragraphs: string[] = [];
  for await (const row of rows) {
    const [at, action, purpose, purposeText, name, username, municipality] = entryFields(row);
    const who = name ? `${name} (${username})` : 'System';
    const why = purposeText ? `${purpose}: ${purposeText}` : purpose || '–';
    paragraphs.push(`${at}  ${action}. Formål: ${why}. Af: ${who}, ${municipality}.`);
  }
  return renderReceipt({
    title: 'Logudtræk: adgang til dine personoplysninger',
    municipalityName: doc.municipalityName,
    date: formatDanishTimestamp(doc.generatedAt),
    facts: [
      ['Borger', doc.citizen.name],
      ['CPR-nummer', doc.citizen.cprMasked],
      ['Antal registreringer', String(paragraphs.length)],
    ],
    sections: [
      {
        heading: 'Registrerede adgange (ældste først)',
        paragraphs: paragraphs.length > 0 ? paragraphs : ['Der er ingen registrerede adgange.'],
      },
      {
        heading: 'Om udtrækket',
        paragraphs: [
          'Udtrækket viser hver gang en medarbejder i en kommune har slået dig op, set dine oplysninger eller dit fulde ' +
            'CPR-nummer, med tidspunkt (dansk tid), formål og medarbejder (databeskyttelsesforordningens art. 15).',
        ],
      },
    ],
  });
}
