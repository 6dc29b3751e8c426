import {
  CONSENT_METHOD_TEXT,
  FINGERPRINT_TEXT,
  formatDanishDate,
  formatKroner,
  IDENTITY_EVIDENCE_TEXT,
  maskCpr,
  OLD_PASSPORT_TEXT,
  PASSPORT_ORDER_STATUS_TEXT,
  PAYMENT_METHOD_TEXT,
  PHOTO_SOURCE_TEXT,
  serviceDay,
  type FingerprintsData,
  type IdentityData,
  type PhotoData,
} from '@skranke/domain';
import { renderReceipt, type Receipt } from '../../../floor/documents/receipt-pdf.ts';
import type { CasesRepository } from '../cases.repository.ts';
import type { CaseContext } from '../workflow.ts';
import { storedConsents, type Assessment } from './passport.assess.ts';
import type { PassportOrderRow } from './passport.repository.ts';

const danishDate = (at: Date) => formatDanishDate(serviceDay(at));

/** The kvittering for an ordered passport, or the afslag when identity could not be established. */
export async function passportDocument(
  repo: CasesRepository,
  ctx: CaseContext,
  assessment: Assessment,
  order: PassportOrderRow | null,
): Promise<Uint8Array> {
  const { tx, person, caseRow } = ctx;
  const municipalityName = (await repo.municipality(caseRow.municipalityId, tx)).name;
  const facts: Receipt['facts'] = [
    ['Navn', `${person.givenNames} ${person.surname}`],
    ['CPR-nummer', maskCpr(person.cpr)],
    ['Sagsnummer', caseRow.number],
    ['Behandlet af', await repo.staffName(caseRow.updatedBy, tx)],
  ];
  const identity = caseRow.stepData.identity as IdentityData | undefined;

  if (!order) {
    return renderReceipt({
      title: 'Afgørelse: ansøgning om pas afslået',
      municipalityName,
      date: danishDate(new Date()),
      facts,
      sections: [
        {
          heading: 'Afgørelse',
          paragraphs: [
            'Din ansøgning om pas er afslået, fordi din identitet ikke kunne fastslås ved fremmødet i Borgerservice.',
            `Begrundelse: ${identity?.note ?? 'Identiteten kunne ikke fastslås.'}`,
            'Der er ikke opkrævet gebyr.',
          ],
        },
        {
          heading: 'Hvad kan du gøre?',
          paragraphs: [
            'Du kan søge igen og medbringe dit tidligere pas eller en dåbs-, navne- eller fødselsattest; er du blevet dansk statsborger, også dit statsborgerretsbevis.',
            'Har du spørgsmål til afgørelsen, kan du kontakte Borgerservice. Bemærk: klageadgangen for afslag på pas er ikke fastlagt i Skrankes regelgrundlag; kommunen oplyser den.',
          ],
        },
      ],
    });
  }

  const fee = `${formatKroner(order.amountOre)}${order.doubled ? ` (dobbelt gebyr: ${formatKroner(order.baseAmountOre)} × 2)` : ''}`;
  const holders = assessment.holders;
  const consents = storedConsents(caseRow.stepData);
  const consentLines = holders.map((h) => {
    const c = consents.find((x) => x.holderId === h.id);
    return `${h.givenNames} ${h.surname}: ${c ? `${CONSENT_METHOD_TEXT[c.method].da.toLowerCase()}, registreret ${danishDate(new Date(c.registeredAt))}` : 'mangler'}`;
  });
  const photo = caseRow.stepData.photo as PhotoData;
  const fingerprints = caseRow.stepData.fingerprints as FingerprintsData;
  const statusLine =
    order.status === 'ordered'
      ? 'Passet er bestilt. Det er normalt klar til afhentning i Borgerservice efter 2-3 uger. Du får besked, når det er klar.'
      : order.status === 'ready_for_pickup'
        ? `Passet (nr. ${order.passportNumber}) er klar til afhentning i Borgerservice.`
        : `Passet (nr. ${order.passportNumber}) er udleveret den ${danishDate(order.handedOutAt!)}.`;

  return renderReceipt({
    title: 'Kvittering for bestilling af pas',
    municipalityName,
    date: danishDate(new Date()),
    facts: [...facts, ['Status', PASSPORT_ORDER_STATUS_TEXT[order.status].da]],
    sections: [
      {
        heading: 'Det er registreret',
        paragraphs: [
          `Du har bestilt et nyt pas den ${danishDate(order.orderedAt)}.`,
          `Legitimation: ${identity?.evidence.map((e) => IDENTITY_EVIDENCE_TEXT[e].da.toLowerCase()).join(', ') || 'ikke angivet'}.`,
          `Tidligere pas: ${OLD_PASSPORT_TEXT[order.oldPassport].da.toLowerCase()}.${order.oldPassport === 'lost' ? ' Det bortkomne pas er ugyldigt fra nu af og kan ikke bruges, hvis det bliver fundet.' : ''}`,
          ...(assessment.onRecord && (order.oldPassport === 'missing' || order.oldPassport === 'none')
            ? [
                `Pas nr. ${assessment.onRecord.documentNumber} i pasregistret er ikke afleveret. Det annulleres, når det nye pas udleveres, og kan derefter ikke bruges.`,
              ]
            : []),
          `Foto: ${PHOTO_SOURCE_TEXT[photo.source].da.toLowerCase()}. ${FINGERPRINT_TEXT[fingerprints.status].da}.`,
          ...(consentLines.length > 0 ? [`Samtykke fra forældremyndighedsindehavere: ${consentLines.join('; ')}.`] : []),
        ],
      },
      {
        heading: 'Gebyr og betaling',
        paragraphs: [
          `Gebyr ${order.feeYear}: ${fee}. Betalt med ${PAYMENT_METHOD_TEXT[order.paymentMethod].da.toLowerCase()} den ${danishDate(order.paidAt)}.`,
          ...(order.doubled
            ? ['Gebyret er dobbelt, fordi det tidligere pas ikke blev afleveret eller var beskadiget (pasloven § 4 c).']
            : []),
          ...(order.feeApproximate ? ['Bemærk: gebyrtabellen for året er markeret som foreløbig (ikke bekræftet) i Skranke.'] : []),
        ],
      },
      {
        heading: 'Det nye pas',
        paragraphs: [
          `Passet bliver gyldigt i ${order.validityYears} år fra udstedelsen.${order.expiresOn ? ` Det udløber den ${formatDanishDate(order.expiresOn)}.` : ''}`,
          'Et nyt pas har altid et nyt pasnummer.',
          statusLine,
        ],
      },
    ],
  });
}
