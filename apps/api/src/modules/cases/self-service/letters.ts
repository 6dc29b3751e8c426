import { appealBodyFor, formatDanishDate, SELF_SERVICE_GROUND_TEXT, serviceDay, type AppealPeriod } from '@skranke/domain';
import { facts, periodText, type ReceiptParty } from '../../../floor/documents/letters.ts';
import type { Receipt } from '../../../floor/documents/receipt-pdf.ts';
import type { DecisionRow } from './self-service.repository.ts';

export interface LetterArea {
  nameDa: string;
  udbetalingDanmark: boolean;
  appealBody: string | null;
}

const danishDate = (at: Date) => formatDanishDate(serviceDay(at));
const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`);

function what(decision: DecisionRow, areas: LetterArea[]): string {
  const names = list(areas.map((a) => a.nameDa.toLowerCase()));
  return decision.scope === 'general'
    ? `fritagelse fra obligatorisk digital selvbetjening generelt på lovområdet ${names}`
    : `fritagelse fra obligatorisk digital selvbetjening for én ansøgning på lovområdet ${names}: ${decision.applicationDescription}`;
}

const groundsText = (decision: DecisionRow) => list(decision.grounds.map((g) => SELF_SERVICE_GROUND_TEXT[g].da.toLowerCase()));

/** The kvittering for a grant (or a refusal overturned on appeal); no begrundelse is needed when all is granted. */
export function grantReceipt(party: ReceiptParty, decision: DecisionRow, areas: LetterArea[], representative?: string): Receipt {
  const onAppeal = decision.appealStatus === 'overturned';
  const udk = areas.filter((a) => a.udbetalingDanmark).map((a) => a.nameDa.toLowerCase());
  return {
    title: 'Kvittering for fritagelse fra obligatorisk digital selvbetjening',
    municipalityName: party.municipalityName,
    date: danishDate(new Date()),
    facts: facts(party, representative),
    sections: [
      {
        heading: 'Det er besluttet',
        paragraphs: [
          `Du har fået ${what(decision, areas)}.`,
          onAppeal
            ? `Kommunen gav dig først afslag, men har givet dig medhold i din klage (${danishDate(decision.appealResolvedAt ?? new Date())}).`
            : `Afgørelsen er truffet den ${danishDate(decision.decidedAt)}.`,
          `Særlige forhold, du har oplyst: ${groundsText(decision)}.`,
          decision.scope === 'general'
            ? 'Du kan derfor søge på papir eller på anden ikke-digital måde på lovområdet. Myndigheden kan bede dig bruge en papirblanket.'
            : 'Fritagelsen gælder kun den nævnte ansøgning. Næste gang skal du søge digitalt eller søge om fritagelse igen.',
          ...(udk.length > 0
            ? [`Kommunen giver Udbetaling Danmark besked om fritagelsen for ${list(udk)} (lov om Udbetaling Danmark § 13, stk. 3).`]
            : []),
        ],
      },
    ],
  };
}

/** The appeal period a refusal was decided with (stored with it), not today's setting. */
function decidedPeriod(decision: DecisionRow): AppealPeriod {
  if (decision.appealPeriodCount === null || decision.appealPeriodUnit === null)
    throw new Error(`refusal ${decision.id} has no stored appeal period`);
  return { count: decision.appealPeriodCount, unit: decision.appealPeriodUnit };
}

/**
 * The afgørelse on a refusal: begrundelse (forvaltningsloven § 22) and klagevejledning (§ 25) with the deadline date.
 * Everything in it is what was decided (period, deadline, areas and their appeal bodies), so a reprint matches the
 * letter the citizen was first given even after the configuration changed.
 */
export function refusalLetter(party: ReceiptParty, decision: DecisionRow, areas: LetterArea[], representative?: string): Receipt {
  const period = decidedPeriod(decision);
  const byBody = new Map<string, string[]>();
  for (const area of areas) {
    const body = appealBodyFor(area, party.municipalityName);
    byBody.set(body, [...(byBody.get(body) ?? []), area.nameDa.toLowerCase()]);
  }
  const bodies = [...byBody].map(([body, names]) => (byBody.size === 1 ? body : `${body} for ${list(names)}`));
  const udk = areas.some((a) => a.udbetalingDanmark);
  return {
    title: 'Afgørelse: afslag på fritagelse fra obligatorisk digital selvbetjening',
    municipalityName: party.municipalityName,
    date: danishDate(decision.decidedAt),
    facts: facts(party, representative),
    sections: [
      {
        heading: 'Afgørelse',
        paragraphs: [
          `Du har søgt om ${what(decision, areas)}. Kommunen har givet dig afslag. Du skal derfor fortsat bruge den digitale selvbetjening på lovområdet.`,
          `Særlige forhold, du har oplyst: ${groundsText(decision)}.`,
        ],
      },
      {
        heading: 'Begrundelse',
        paragraphs: [`Afgørelsen er truffet efter: ${decision.legalBasis}.`, `Kommunen har lagt vægt på: ${decision.considerations}`],
      },
      {
        heading: 'Klagevejledning',
        paragraphs: [
          `Du kan klage over afgørelsen til ${bodies.join('; ')}. Klagen sendes til ${party.municipalityName}, som vurderer sagen igen, før klagen eventuelt sendes videre.`,
          `Klagefristen er ${periodText(period)} fra afgørelsens dato. Klagen skal være modtaget senest den ${formatDanishDate(decision.appealDeadline!)}.`,
          ...(udk
            ? [
                'Klager over afgørelser på Udbetaling Danmarks områder behandles af Ankestyrelsen (lov om Udbetaling Danmark § 13, stk. 4). Mens klagen behandles, skal Udbetaling Danmark modtage dine ansøgninger på papir.',
              ]
            : []),
          'Oplys sagsnummeret, når du klager.',
        ],
      },
    ],
  };
}
