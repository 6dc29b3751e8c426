import type { AppealPeriod } from '@skranke/domain';
import type { Receipt } from './receipt-pdf.ts';

/** Who a case's letter is about and who handled it: the facts every receipt and letter opens with. */
export interface ReceiptParty {
  municipalityName: string;
  citizenName: string;
  cprMasked: string;
  /** The sagsnummer (`2026-000123`), never the uuid: the citizen is asked to quote it. */
  caseNumber: string;
  staffName: string;
}

/** The facts block of a letter: the citizen, their representative when one acts, the case and who handled it. */
export function facts(party: ReceiptParty, representative: string | undefined): Receipt['facts'] {
  return [
    ['Navn', party.citizenName],
    ['CPR-nummer', party.cprMasked],
    ...(representative ? [['Repræsentant eller værge', representative] as [string, string]] : []),
    ['Sagsnummer', party.caseNumber],
    ['Behandlet af', party.staffName],
  ];
}

/** An appeal period in Danish words ("4 uger", "1 måned"). */
export const periodText = (p: AppealPeriod) =>
  `${p.count} ${p.unit === 'weeks' ? (p.count === 1 ? 'uge' : 'uger') : p.count === 1 ? 'måned' : 'måneder'}`;
