/**
 * The appointment statistics as one CSV for Excel, as the other statistics files (UTF-8 with BOM, semicolons, CRLF,
 * Danish numbers, dates dd-mm-åååå, an empty field where a figure is undefined): the table per service, then after
 * an empty line no-shows by weekday, then the lead times, each block with its own header line.
 */
import type { AppointmentStatistics } from '@skranke/contracts';
import { BOM, csvLine } from '../../floor/documents/csv.ts';

const numberFormats = [0, 1].map((digits) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: digits, minimumFractionDigits: 0 }));
const danish = (value: number | null, digits: 0 | 1 = 1) =>
  value === null || !Number.isFinite(value) ? '' : numberFormats[digits]!.format(value);
const percent = (share: number | null) => (share === null ? '' : danish(share * 100));
const copenhagen = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** "07-12-2026 10:15" on the Copenhagen clock. */
function localTime(iso: string): string {
  const p = Object.fromEntries(copenhagen.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}`;
}

export function appointmentStatisticsCsv(table: AppointmentStatistics): string[] {
  return [
    BOM +
      csvLine([
        'Ærinde',
        'Bookede besøg',
        'Uden tid',
        'Bookede (%)',
        'Punktlighed, antal',
        'Punktlighed median (min.)',
        'Punktlighed 90 %-fraktil (min.)',
        'Bookinger',
        'Aflyst',
        'Passerede tider',
        'Udeblevet',
        'Udeblevet (%)',
        'Tider udbudt',
        'Tider booket',
        'Udnyttelse (%)',
      ]),
    ...table.services.map((s) =>
      csvLine([
        s.label,
        danish(s.bookedVisits, 0),
        danish(s.walkInVisits, 0),
        percent(s.bookedShare),
        danish(s.punctualityCount, 0),
        danish(s.punctualityMedianMinutes),
        danish(s.punctualityP90Minutes),
        danish(s.bookings, 0),
        danish(s.cancelled, 0),
        danish(s.passed, 0),
        danish(s.noShows, 0),
        percent(s.noShowRate),
        danish(s.seatsOffered, 0),
        danish(s.seatsBooked, 0),
        percent(s.utilisation),
      ]),
    ),
    '\r\n',
    csvLine(['Ugedag', 'Passerede tider', 'Udeblevet', 'Udeblevet (%)']),
    ...table.noShowsByWeekday.map((w) => csvLine([w.label, danish(w.passed, 0), danish(w.noShows, 0), percent(w.noShowRate)])),
    '\r\n',
    csvLine(['Lokation', 'Ærinde', 'Første ledige tid', 'Dage til', 'Arbejdsdage til']),
    ...table.leadTimes.map((l) =>
      csvLine([l.locationName, l.label, l.nextFree ? localTime(l.nextFree) : '', danish(l.days, 0), danish(l.workingDays, 0)]),
    ),
  ];
}
