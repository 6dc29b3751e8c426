import { ADDRESS_CHANGE_KIND_TEXT, digitalPostOnMove, formatDanishDate, lateReport, moveTakesEffect, serviceDay } from '@skranke/domain';
import { facts, type ReceiptParty } from '../../../floor/documents/letters.ts';
import type { Receipt } from '../../../floor/documents/receipt-pdf.ts';
import type { RegisteredMove } from '../../../floor/registers/person-register.ts';

const DOCTOR_TEXT = {
  keep: 'Du beholder din nuværende læge.',
  choose_later: 'Du har ikke valgt læge nu. Husk at vælge læge, hvis din nuværende læge ligger for langt fra den nye adresse.',
} as const;

/**
 * The kvittering for a flytning registered at the counter: the new address, the date (and, for a move ahead of its
 * date, that the register changes on that date), who moved along, the doctor.
 */
export function addressChangeReceipt(party: ReceiptParty, move: RegisteredMove, coMovers: string[], doctorName: string | null): Receipt {
  const where =
    move.kind === 'emigration'
      ? `Udrejse til ${move.country ?? ''}.`
      : `Ny adresse: ${move.careOf ? `c/o ${move.careOf}, ` : ''}${move.address?.street ?? ''}, ${move.address?.postcode ?? ''} ${move.address?.city ?? ''}.`;
  const late = lateReport(move.movingDate, move.reportedOn);
  // Reported ahead of the moving date: the register changes on the date, not when the receipt is printed.
  const onDate =
    moveTakesEffect(move.movingDate, move.reportedOn) === 'on_date'
      ? `${
          move.kind === 'emigration'
            ? `Du udrejser til ${move.country ?? ''}`
            : `Du flytter til ${move.careOf ? `c/o ${move.careOf}, ` : ''}${move.address?.street ?? ''}, ${move.address?.postcode ?? ''} ${move.address?.city ?? ''}`
        } den ${formatDanishDate(move.movingDate)}. Folkeregistret ændres på flyttedatoen; indtil da er du registreret på din nuværende adresse.`
      : null;
  const effect = move.digitalPostEffect;
  const digitalPost =
    effect === 'none'
      ? null
      : digitalPostOnMove(
          move.kind,
          effect === 'emigration_exemption_lapses' || effect === 'stays_exempt'
            ? { lapsesOnReturn: effect === 'emigration_exemption_lapses' }
            : null,
        ).da;
  return {
    title: `Kvittering for anmeldelse af flytning: ${ADDRESS_CHANGE_KIND_TEXT[move.kind].da.toLowerCase()}`,
    municipalityName: party.municipalityName,
    date: formatDanishDate(serviceDay(new Date())),
    facts: facts(party, undefined),
    sections: [
      {
        heading: 'Det er registreret',
        paragraphs: [
          `Borgerservice har den ${formatDanishDate(move.reportedOn)} registreret din flytning med flyttedato den ${formatDanishDate(move.movingDate)}.`,
          where,
          ...(onDate ? [onDate] : []),
          ...(move.careOf ? [`Logiværtserklæring fra ${move.hostName ?? ''}, der bor på adressen, er set.`] : []),
          coMovers.length > 0 ? `Flytter med dig: ${coMovers.join(', ')}.` : 'Ingen andre er anmeldt som medflyttere.',
          ...(late.da ? [late.da] : []),
        ],
      },
      {
        heading: 'Læge',
        paragraphs: [
          move.kind === 'emigration'
            ? 'Ved udrejse ophører retten til offentlig sygesikring; der vælges ingen læge.'
            : move.doctorChoice === 'new'
              ? `Du har valgt ny læge fra flyttedatoen: ${doctorName ?? 'den valgte læge'}. Lægeskift ved flytning er gratis.`
              : DOCTOR_TEXT[move.doctorChoice === 'keep' ? 'keep' : 'choose_later'],
        ],
      },
      ...(digitalPost ? [{ heading: 'Digital Post', paragraphs: [digitalPost] }] : []),
    ],
  };
}
