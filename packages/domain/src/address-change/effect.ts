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
