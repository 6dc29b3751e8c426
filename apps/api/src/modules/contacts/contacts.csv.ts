import type { ContactStatistics } from '@skranke/contracts';
import { CONTACT_CHANNEL_LABELS, CONTACT_RESULT_LABELS } from '@skranke/domain';
import { BOM, csvLine } from '../../floor/documents/csv.ts';

/** The contact statistics as one CSV for Excel (UTF-8 with BOM, semicolons): one line per figure, grouped. */
export function contactStatisticsCsv(table: ContactStatistics): string[] {
  return [
    BOM + csvLine(['Gruppe', 'Værdi', 'Antal']),
    csvLine(['I alt', `${table.from} – ${table.to}`, String(table.total)]),
    ...table.byChannel.map((r) => csvLine(['Kanal', CONTACT_CHANNEL_LABELS[r.channel].da, String(r.count)])),
    ...table.byResult.map((r) => csvLine(['Resultat', CONTACT_RESULT_LABELS[r.result].da, String(r.count)])),
    ...table.byTopic.map((r) => csvLine(['Emne', r.labelDa, String(r.count)])),
    ...table.referralsByAuthority.map((r) => csvLine(['Henvist til', r.name, String(r.count)])),
    csvLine(['Opfølgningsopgaver', 'Åbne', String(table.followUps.open)]),
    csvLine(['Opfølgningsopgaver', 'Over fristen', String(table.followUps.overdue)]),
    csvLine(['Opfølgningsopgaver', 'Udført i perioden', String(table.followUps.done)]),
  ];
}
