import {
  formatDanishDate,
  HEALTH_CARD_DELIVERY_TEXT,
  HEALTH_CARD_KIND_TEXT,
  HEALTH_CARD_REASON_TEXT,
  serviceDay,
  type HealthCardKind,
  type HealthCardReason,
} from '@skranke/domain';
import { facts, type ReceiptParty } from '../../../floor/documents/letters.ts';
import type { Receipt } from '../../../floor/documents/receipt-pdf.ts';
import { feeLine } from '../health-shared.ts';
import type { HealthCardOrderRow } from './health-card.repository.ts';

/**
 * The kvittering for a sundhedskort ordered at the counter, or the temporary certificate itself (midlertidigt
 * sundhedskort), which the citizen shows instead of the card until its last valid day.
 */
export function healthCardReceipt(party: ReceiptParty, order: HealthCardOrderRow, doctor: string | null, group: 1 | 2): Receipt {
  const kind = order.kind as HealthCardKind;
  const reason = order.reason as HealthCardReason;
  const insured = [
    `Sygesikringsgruppe: ${group}.`,
    ...(group === 1 ? [doctor ? `Læge: ${doctor}.` : 'Der er ikke registreret en læge.'] : ['I gruppe 2 er der ingen fast læge.']),
  ];
  if (kind === 'temporary') {
    return {
      title: 'Midlertidigt sundhedskort',
      municipalityName: party.municipalityName,
      date: formatDanishDate(serviceDay(new Date())),
      facts: facts(party, undefined),
      sections: [
        {
          heading: 'Gyldighed',
          paragraphs: [
            `Dette midlertidige sundhedskort er udstedt den ${formatDanishDate(serviceDay(order.orderedAt))} og gælder til og med den ${formatDanishDate(order.temporaryValidUntil!)}.`,
            'Vis det hos lægen, på apoteket og på hospitalet sammen med billedlegitimation, indtil dit sundhedskort kommer.',
            `Årsag: ${HEALTH_CARD_REASON_TEXT[reason].da.toLowerCase()}.`,
          ],
        },
        { heading: 'Din sygesikring', paragraphs: insured },
        { heading: 'Gebyr', paragraphs: [feeLine(order)] },
      ],
    };
  }
  return {
    title: `Kvittering for bestilling: ${HEALTH_CARD_KIND_TEXT[kind].da.toLowerCase()}`,
    municipalityName: party.municipalityName,
    date: formatDanishDate(serviceDay(new Date())),
    facts: facts(party, undefined),
    sections: [
      {
        heading: 'Det er bestilt',
        paragraphs: [
          `Borgerservice har den ${formatDanishDate(serviceDay(order.orderedAt))} bestilt ${kind === 'new_card' ? 'et nyt sundhedskort' : 'et erstatningskort'} til dig.`,
          `Årsag: ${HEALTH_CARD_REASON_TEXT[reason].da.toLowerCase()}.`,
          ...(reason === 'lost' ? ['Det bortkomne kort er spærret og kan ikke længere bruges.'] : []),
          feeLine(order),
        ],
      },
      {
        heading: 'Levering',
        paragraphs: [
          HEALTH_CARD_DELIVERY_TEXT,
          'Har du brug for at dokumentere din sygesikring før, kan Borgerservice udskrive et midlertidigt sundhedskort gratis.',
        ],
      },
      { heading: 'Din sygesikring', paragraphs: insured },
    ],
  };
}
