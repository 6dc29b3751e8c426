import { formatDanishDate } from '../cases/danish-date.ts';

/**
 * When a registered move takes effect (domain.md §5). CPR applies a move on its moving date: a move reported ahead of
 * time (at most 4 weeks) is recorded and waits, and until its date the citizen still lives at the old address for
 * every purpose (the counter, the doctor's reach, the co-mover checks). A move whose date is today or past (reported
 * on the day or late) takes effect at once. Dates are Copenhagen calendar days (YYYY-MM-DD).
 */
export type MoveEffect = 'now' | 'on_date';

export function moveTakesEffect(movingDate: string, today: string): MoveEffect {
  return movingDate <= today ? 'now' : 'on_date';
}

/** Why an emigration exemption from Digital Post ended on a return (domain.md §1), as the registry records it. */
export const lapsedOnReturnReason = (movingDate: string) =>
  `Bortfaldet ved indrejse den ${formatDanishDate(movingDate)}: fritagelsen som udrejst gælder kun, mens borgeren bor i udlandet.`;

/** A move as the notice names it: the new address as one line (c/o included) or, when emigrating, the country. */
export interface PendingMove {
  kind: 'domestic' | 'emigration' | 'return';
  movingDate: string;
  addressLine: string | null;
  country: string | null;
}

/** What staff are told about a registered move that waits for its moving date. */
export function pendingMoveNotice(move: PendingMove): { da: string; en: string } {
  const until = {
    da: 'Folkeregistret ændres på flyttedatoen; indtil da er borgeren registreret på den nuværende adresse.',
    en: 'The register changes on the moving date; until then the citizen is registered at the current address.',
  };
  const on = formatDanishDate(move.movingDate);
  return move.kind === 'emigration'
    ? {
        da: `Udrejser til ${move.country ?? ''} den ${on}. ${until.da}`,
        en: `Emigrating to ${move.country ?? ''} on ${move.movingDate}. ${until.en}`,
      }
    : {
        da: `Flytter til ${move.addressLine ?? ''} den ${on}. ${until.da}`,
        en: `Moving to ${move.addressLine ?? ''} on ${move.movingDate}. ${until.en}`,
      };
}
