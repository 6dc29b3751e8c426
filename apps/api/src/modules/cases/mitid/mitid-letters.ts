import {
  formatDanishDate,
  MITID_AUTHENTICATOR_TEXT,
  MITID_LEGAL_BASIS,
  MITID_REFUSAL_TEXT,
  serviceDay,
  type MitIdDocumentCombination,
  type MitIdRefusalReason,
  type MitIdVerificationData,
} from '@skranke/domain';
import { facts, periodText, type ReceiptParty } from '../../../floor/documents/letters.ts';
import type { Receipt } from '../../../floor/documents/receipt-pdf.ts';
import type { IssuedMitId } from '../../../floor/registers/mitid-registry.ts';
import type { MitIdRefusalRow } from './mitid.repository.ts';

const danishDate = (at: Date) => formatDanishDate(serviceDay(at));

const COMBINATION_TEXT: Record<MitIdDocumentCombination, string> = {
  danish_photo_id: 'dansk billedlegitimation',
  foreign_id_with_supplement: 'udenlandsk pas eller ID-kort sammen med sundhedskort eller bopælsattest',
  two_secondary: 'to dokumenter uden billede',
};

/** The kvittering for an issued MitID: what was checked, the authenticator, and how to go on. */
export function issueReceipt(
  party: ReceiptParty,
  issued: IssuedMitId,
  how: { combination: MitIdDocumentCombination; verification: MitIdVerificationData['method']; replaced: boolean },
): Receipt {
  return {
    title: 'Kvittering for udstedelse af MitID',
    municipalityName: party.municipalityName,
    date: danishDate(new Date()),
    facts: facts(party, undefined),
    sections: [
      {
        heading: 'Det er registreret',
        paragraphs: [
          `Din identitet er kontrolleret i Borgerservice, og der er udstedt MitID til dig den ${formatDanishDate(issued.issuedOn)}.`,
          `Identifikationsmiddel: ${MITID_AUTHENTICATOR_TEXT[issued.authenticator].da}.`,
          `Din identitet er kontrolleret med ${COMBINATION_TEXT[how.combination]} og ${how.verification === 'witness' ? 'et vidne' : 'kontrolspørgsmål ud fra dine oplysninger i CPR'}.`,
          ...(how.replaced ? ['Det nye MitID erstatter dit tidligere MitID, som ikke længere kan bruges.'] : []),
        ],
      },
      {
        heading: 'Sådan kommer du videre',
        paragraphs: [
          'Du aktiverer dit MitID med det aktiveringskort, du får udleveret eller tilsendt. Du vælger selv dit bruger-ID: 5-48 tegn, ikke dit CPR-nummer og ikke 10 cifre, og uden mellemrum først eller sidst.',
        ],
      },
      {
        heading: 'MitID er personligt',
        paragraphs: [
          'Du må ikke lade andre bruge dit MitID, din MitID-app eller din kodeviser, heller ikke med en fuldmagt. Skal andre kunne handle for dig, kan du give dem en digital fuldmagt på borger.dk.',
        ],
      },
    ],
  };
}

/** The afgørelse on a refusal (afslag): begrundelse (forvaltningsloven § 22) and klagevejledning (§ 25). */
export function mitidRefusalLetter(party: ReceiptParty, refusal: MitIdRefusalRow, representative: string | undefined): Receipt {
  const reasons = refusal.reasons as MitIdRefusalReason[];
  return {
    title: 'Afgørelse: afslag på MitID',
    municipalityName: party.municipalityName,
    date: danishDate(refusal.decidedAt),
    facts: facts(party, representative),
    sections: [
      {
        heading: 'Afgørelse',
        paragraphs: [
          `Du har bedt om at få udstedt MitID i Borgerservice. Du har fået afslag. Afgørelsen er truffet den ${danishDate(refusal.decidedAt)}.`,
        ],
      },
      {
        heading: 'Begrundelse',
        paragraphs: [
          `Afgørelsen er truffet efter ${MITID_LEGAL_BASIS}.`,
          ...reasons.map((r) => MITID_REFUSAL_TEXT[r].da),
          ...(refusal.note ? [`Borgerservice har noteret: ${refusal.note}`] : []),
        ],
      },
      {
        heading: 'Hvad kan du gøre nu?',
        paragraphs: [
          reasons.includes('representative') || reasons.includes('cannot_use_alone')
            ? 'Skal en anden kunne handle for dig, kan du give en fuldmagt, eller der kan beskikkes en værge. Borgerservice kan vejlede om alternativer til MitID, fx fritagelse fra Digital Post.'
            : 'Du kan komme igen med den nødvendige legitimation eller et vidne, der opfylder kravene.',
        ],
      },
      {
        heading: 'Klagevejledning',
        paragraphs: [
          `Du kan klage over afgørelsen til ${refusal.appealBody}. Klagen sendes til ${party.municipalityName}, som vurderer sagen igen, før klagen eventuelt sendes videre.`,
          `Klagefristen er ${periodText({ unit: 'weeks', count: weeksOf(refusal) })} fra afgørelsens dato. Klagen skal være modtaget senest den ${formatDanishDate(refusal.appealDeadline)}.`,
          'Oplys sagsnummeret, når du klager.',
        ],
      },
    ],
  };
}

/** The appeal period as decided, recovered from the stored deadline (settings may have changed since). */
function weeksOf(refusal: MitIdRefusalRow): number {
  const decided = Date.parse(`${serviceDay(refusal.decidedAt)}T00:00:00Z`);
  const deadline = Date.parse(`${refusal.appealDeadline}T00:00:00Z`);
  return Math.max(1, Math.round((deadline - decided) / (7 * 86_400_000)));
}
