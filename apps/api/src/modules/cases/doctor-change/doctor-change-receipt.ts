import { DOCTOR_CHANGE_REASON_TEXT, formatDanishDate, serviceDay, type DoctorChangeReason } from '@skranke/domain';
import { facts, type ReceiptParty } from '../../../floor/documents/letters.ts';
import type { Receipt } from '../../../floor/documents/receipt-pdf.ts';
import type { Doctor } from '../../../floor/registers/doctor-register.ts';
import { feeLine } from '../health-shared.ts';
import type { DoctorChangeRow } from './doctor-change.repository.ts';

const practice = (d: Doctor) => `${d.clinicName} (${d.doctorNames}), ${d.address.street}, ${d.address.postcode} ${d.address.city}`;

/** The kvittering for a lægeskift: the new doctor or group from today, the fee, and the new health card on its way. */
export function doctorChangeReceipt(
  party: ReceiptParty,
  change: DoctorChangeRow,
  from: Doctor | null,
  to: Doctor | null,
  freeLabel: string | null,
): Receipt {
  const reason = change.reason as DoctorChangeReason;
  const on = formatDanishDate(serviceDay(change.changedAt));
  const distance =
    change.distanceM === null ? '' : ` Afstand fra din bopæl: ca. ${(change.distanceM / 1000).toFixed(1).replace('.', ',')} km.`;
  return {
    title: 'Kvittering for lægeskift',
    municipalityName: party.municipalityName,
    date: formatDanishDate(serviceDay(new Date())),
    facts: facts(party, undefined),
    sections: [
      {
        heading: 'Det er registreret',
        paragraphs: [
          `Årsag: ${DOCTOR_CHANGE_REASON_TEXT[reason].da.toLowerCase()}.`,
          change.groupFrom === change.groupTo
            ? `Du er fortsat i sygesikringsgruppe ${change.groupTo}.`
            : `Du er skiftet fra sygesikringsgruppe ${change.groupFrom} til gruppe ${change.groupTo} fra den ${on}. Gruppen kan tidligst skiftes igen om 12 måneder.`,
          to
            ? `Din nye læge fra den ${on}: ${practice(to)}.${distance}`
            : 'I gruppe 2 har du ingen fast læge og kan gå til enhver praktiserende læge mod egenbetaling.',
          ...(from && from.id !== to?.id ? [`Din tidligere læge: ${practice(from)}.`] : []),
        ],
      },
      {
        heading: 'Gebyr og sundhedskort',
        paragraphs: [
          freeLabel ? `${freeLabel}.` : feeLine({ feeOre: change.feeOre, feeYear: change.feeYear, freeBecause: null }),
          'Du får et nyt sundhedskort med den nye læge eller gruppe. Det sendes med posten og kommer inden for 2–3 uger; indtil da gælder dit gamle kort.',
        ],
      },
    ],
  };
}
