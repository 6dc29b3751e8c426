/**
 * Statistics tables as CSV for Excel, Danish conventions: UTF-8 with a byte order mark, semicolons, CRLF, numbers
 * as Danes write them (1.234,5), dates dd-mm-åååå; an empty field where a figure is undefined. Lines are yielded
 * as the rows arrive, so a long table is never built in memory. Quoting as the access-log export does it (floor/documents/csv.ts).
 */
import type { CaseStatistics, StaffingByHour, TicketStatisticsRow, TodayStatistics } from '@skranke/contracts';
import { BOM, csvLine } from '../../floor/documents/csv.ts';
import { dayLabel } from './labels.ts';

const numberFormats = [0, 1, 2].map(
  (digits) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: digits, minimumFractionDigits: 0 }),
);

/** "1.234,5"; empty for null. */
export function danishNumber(value: number | null | undefined, digits: 0 | 1 | 2 = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : numberFormats[digits]!.format(value);
}
const percent = (share: number | null) => (share === null ? '' : danishNumber(share * 100, 1));

/** Lines go out in pieces of about 16 kB rather than one write per line (a three-year day table is ~1,000 lines). */
const PIECE = 16_384;

async function* csv<T>(header: string[], rows: AsyncIterable<T> | Iterable<T>, fields: (row: T) => string[]): AsyncGenerator<string> {
  let piece = BOM + csvLine(header);
  for await (const row of rows) {
    piece += csvLine(fields(row));
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}

export const TICKET_CSV_HEADER = [
  'Nøgle',
  'Gruppe',
  'Billetter',
  'Betjent',
  'Udeblevet',
  'Annulleret',
  'Gns. ventetid (min.)',
  'Median ventetid (min.)',
  '90 %-fraktil ventetid (min.)',
  'Gns. betjeningstid (min.)',
  'Serviceniveau (%)',
];

export function ticketCsv(rows: AsyncIterable<TicketStatisticsRow>): AsyncGenerator<string> {
  return csv(TICKET_CSV_HEADER, rows, (r) => [
    /^\d{4}-\d{2}-\d{2}$/.test(r.key) ? dayLabel(r.key) : r.key,
    r.label,
    danishNumber(r.tickets, 0),
    danishNumber(r.served, 0),
    danishNumber(r.noShows, 0),
    danishNumber(r.cancelled, 0),
    danishNumber(r.waitMeanMinutes),
    danishNumber(r.waitMedianMinutes),
    danishNumber(r.waitP90Minutes),
    danishNumber(r.handlingMeanMinutes),
    percent(r.serviceLevelShare),
  ]);
}

export function staffingCsv(table: StaffingByHour): AsyncGenerator<string> {
  return csv(['Time', 'Ankomne pr. dag', 'Bemandede skranker', 'Median ventetid (min.)'], table.rows, (r) => [
    r.label,
    danishNumber(r.arrivalsPerDay),
    danishNumber(r.staffedCounters),
    danishNumber(r.waitMedianMinutes),
  ]);
}

export function todayCsv(table: TodayStatistics): AsyncGenerator<string> {
  return csv(['Tal', `I dag ${dayLabel(table.day)} til ${table.asOf}`, 'Gennemsnit samme ugedag', 'Forskel (%)'], table.figures, (f) => [
    f.label,
    danishNumber(f.today),
    danishNumber(f.average),
    percent(f.difference),
  ]);
}

export function casesCsv(table: CaseStatistics): AsyncGenerator<string> {
  const rows = [
    ...table.byKind.map((r) => ['Sager', r.label, r.statusLabel, '', danishNumber(r.count, 0)]),
    ...table.exemptionsByGround.flatMap((r) => {
      const kind = r.exemption === 'digital_post' ? 'Fritagelse for Digital Post' : 'Undtagelse fra digital selvbetjening';
      const area = r.lawAreaLabel ?? '';
      return [
        [kind, r.groundLabel, 'Bevilget', area, danishNumber(r.granted, 0)],
        ...(r.exemption === 'self_service' ? [[kind, r.groundLabel, 'Afslået', area, danishNumber(r.refused, 0)]] : []),
      ];
    }),
  ];
  return csv(['Område', 'Art eller grund', 'Udfald', 'Lovområde', 'Antal'], rows, (r) => r);
}
