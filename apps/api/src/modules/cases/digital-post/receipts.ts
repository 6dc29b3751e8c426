import { APPLICANT_TYPE_TEXT, DIGITAL_POST_GROUND_TEXT, formatDanishDate, serviceDay } from '@skranke/domain';
import { facts, type ReceiptParty } from '../../../floor/documents/letters.ts';
import type { Receipt, ReceiptSection } from '../../../floor/documents/receipt-pdf.ts';
import type { RegisteredExemption } from '../../../floor/registers/digital-post-registry.ts';

const danishDate = (at: Date) => formatDanishDate(serviceDay(at));

const HOW_TO_REVOKE: ReceiptSection = {
  heading: 'Sådan ophæver du fritagelsen',
  paragraphs: [
    'Du kan til enhver tid ophæve fritagelsen i Borgerservice (blanket FD 011) eller selv i Digital Posts selvbetjening. Så modtager du igen post fra det offentlige digitalt.',
  ],
};

const CONSEQUENCES: ReceiptSection = {
  heading: 'Hvad betyder fritagelsen?',
  paragraphs: [
    'Post fra det offentlige bliver sendt til dig på papir med almindelig post.',
    'Du kan få videresendt uåbnet post fra de seneste 6 måneder i din digitale postkasse.',
    'Fritagelsen omfatter ikke SU og lønsedler, som efter anden lovgivning skal være digitale, og heller ikke post til din virksomhed.',
  ],
};

const NON_DIGITAL_ALTERNATIVES: ReceiptSection = {
  heading: 'Din ret til ikke-digitale løsninger',
  paragraphs: [
    'Fra 1. juni 2023 har du efter lov om fravigelse fra obligatorisk digital selvbetjening § 2 ret til, efter anmodning, at bruge den ikke-digitale løsning, som loven giver for hver digital selvbetjeningsløsning. Anmodningen følger reglerne for den enkelte løsning, og retten gælder ikke domstolenes digitale portaler.',
    'Fritagelsen bliver ikke givet videre til andre myndigheder: du skal selv bede om den ikke-digitale løsning hos hver myndighed.',
  ],
};

/** The kvittering handed over when an exemption is registered (FD 001A / FD 001F). */
export function exemptionReceipt(party: ReceiptParty, exemption: RegisteredExemption, representative?: string): Receipt {
  const registeredOn = danishDate(exemption.registeredAt);
  const grounds = exemption.grounds?.map((g) => DIGITAL_POST_GROUND_TEXT[g].da.toLowerCase()).join(', ');
  const duration = exemption.lapsesOnReturn
    ? 'Fritagelsen er givet, fordi du er registreret som udrejst. Den bortfalder, når du igen bliver registreret med bopæl i Danmark.'
    : 'Fritagelsen gælder, indtil du selv ophæver den. Den har ingen slutdato.';
  return {
    title: 'Kvittering for fritagelse fra Digital Post',
    municipalityName: party.municipalityName,
    date: danishDate(new Date()),
    facts: facts(party, representative),
    sections: [
      {
        heading: 'Det er registreret',
        paragraphs: [
          `Du er fritaget for at modtage Digital Post fra det offentlige. Fritagelsen er registreret den ${registeredOn}.`,
          `Anmodningen er indgivet af: ${APPLICANT_TYPE_TEXT[exemption.applicantType].da}.`,
          grounds ? `Oplyst grund: ${grounds}.` : 'Du har ikke oplyst, hvilken grund der gælder. Det er heller ikke et krav.',
          duration,
        ],
      },
      CONSEQUENCES,
      NON_DIGITAL_ALTERNATIVES,
      HOW_TO_REVOKE,
    ],
  };
}

/** The kvittering for an ophævelse (FD 011). */
export function revocationReceipt(party: ReceiptParty, exemption: RegisteredExemption, reason: string | undefined): Receipt {
  const revokedOn = danishDate(exemption.revokedAt ?? new Date());
  return {
    title: 'Kvittering for ophævelse af fritagelse fra Digital Post',
    municipalityName: party.municipalityName,
    date: danishDate(new Date()),
    facts: facts(party, undefined),
    sections: [
      {
        heading: 'Det er registreret',
        paragraphs: [
          `Din fritagelse fra Digital Post er ophævet den ${revokedOn}. Fritagelsen var registreret den ${danishDate(exemption.registeredAt)}.`,
          ...(reason ? [`Bemærkning: ${reason}`] : []),
          'Fremover modtager du post fra det offentlige digitalt i din digitale postkasse.',
          'Du kan søge om fritagelse igen i Borgerservice, hvis en af grundene gælder for dig.',
        ],
      },
    ],
  };
}

/**
 * The afslag on a request for fritagelse (e.g. identity not established, fuldmagt not in order), with the reason as
 * begrundelse. ✱ The appeal route for such a refusal is not settled in domain.md: the letter points to the municipality.
 */
export function refusalLetter(party: ReceiptParty, reason: string, refusedAt: Date, representative?: string): Receipt {
  return {
    title: 'Afslag på fritagelse fra Digital Post',
    municipalityName: party.municipalityName,
    date: danishDate(refusedAt),
    facts: facts(party, representative),
    sections: [
      {
        heading: 'Afgørelse',
        paragraphs: [
          `Kommunen har den ${danishDate(refusedAt)} givet afslag på din anmodning om fritagelse fra Digital Post.`,
          'Du skal derfor fortsat modtage post fra det offentlige i din digitale postkasse.',
        ],
      },
      { heading: 'Begrundelse', paragraphs: [reason] },
      {
        heading: 'Hvad kan du gøre?',
        paragraphs: [
          'Du kan søge om fritagelse igen, når forholdene er i orden, fx med gyldig legitimation eller en underskrevet fuldmagt.',
          `Er du uenig i afgørelsen, kan du kontakte ${party.municipalityName}. Oplys sagsnummeret.`,
        ],
      },
    ],
  };
}
