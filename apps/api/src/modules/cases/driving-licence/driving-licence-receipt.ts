import {
  DRIVING_LICENCE_KIND_TEXT,
  DUPLICATE_REASON_TEXT,
  formatDanishDate,
  formatKroner,
  serviceDay,
  type DrivingLicenceKind,
  type DuplicateReason,
} from '@skranke/domain';
import { facts, type ReceiptParty } from '../../../floor/documents/letters.ts';
import type { Receipt } from '../../../floor/documents/receipt-pdf.ts';
import type { DrivingLicenceOrderRow } from './driving-licence.repository.ts';

/** The kvittering for a renewal or duplicate ordered at the counter. */
export function drivingLicenceReceipt(
  party: ReceiptParty,
  order: DrivingLicenceOrderRow,
  licenceNumber: string,
  lossDeclared = false,
): Receipt {
  const kind = order.kind as DrivingLicenceKind;
  const reason = order.duplicateReason as DuplicateReason | null;
  const fee =
    order.feeWaiver === 'health_limited'
      ? 'Fornyelsen er gratis, fordi dit kørekort er tidsbegrænset af helbredsmæssige grunde.'
      : `Gebyr: ${formatKroner(order.feeOre)} (gebyrtabel ${order.feeYear}). Gebyret er betalt.`;
  return {
    title: `Kvittering for bestilling: ${DRIVING_LICENCE_KIND_TEXT[kind].da.toLowerCase()}`,
    municipalityName: party.municipalityName,
    date: formatDanishDate(serviceDay(new Date())),
    facts: facts(party, undefined),
    sections: [
      {
        heading: 'Det er bestilt',
        paragraphs: [
          `Borgerservice har den ${formatDanishDate(serviceDay(order.orderedAt))} bestilt ${kind === 'renewal' ? 'et fornyet kørekort' : 'et duplikatkørekort'} til dig.`,
          `Det kørekort, der ${kind === 'renewal' ? 'fornyes' : 'erstattes'}: nr. ${licenceNumber}, gyldigt til den ${formatDanishDate(order.currentExpiresOn)}.`,
          ...(reason ? [`Grund til duplikat: ${DUPLICATE_REASON_TEXT[reason].da.toLowerCase()}.`] : []),
          ...(lossDeclared ? ['Du har erklæret, at dit gamle kørekort er bortkommet.'] : []),
          reason === 'lost' || lossDeclared
            ? 'Det bortkomne kørekort er registreret som bortkommet og kan ikke længere bruges.'
            : 'Dit gamle kørekort er afleveret i Borgerservice.',
          fee,
        ],
      },
      {
        heading: 'Det nye kørekort',
        paragraphs: [
          'Kørekort udstedt efter 1. juli 2017 gælder 15 år for gruppe 1 (fx bil og motorcykel) og 5 år for gruppe 2 (fx lastbil og bus). Er dit kørekort tidsbegrænset af helbredsmæssige grunde, gælder det den periode, lægen har angivet.',
        ],
      },
    ],
  };
}
