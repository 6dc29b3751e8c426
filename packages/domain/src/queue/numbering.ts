import { copenhagenClock } from './clock.ts';

export { QUEUE_TIME_ZONE } from './clock.ts';

/** The service day (YYYY-MM-DD) a moment belongs to: ticket numbers restart at local midnight in Copenhagen. */
export function serviceDay(at: Date): string {
  return copenhagenClock(at).date;
}

/** One letter A–Z or Æ Ø Å, uppercase: what a kiosk prints in front of the number and a call screen shows. */
export function isValidPrefix(prefix: string): boolean {
  return /^[A-ZÆØÅ]$/u.test(prefix);
}

/** 'P', 14 → 'P014'; pads to 3 digits, grows beyond 999 ('P1000'). Numbers start at 1 each service day. */
export function formatTicketNumber(prefix: string, n: number): string {
  if (!isValidPrefix(prefix)) throw new RangeError(`Invalid ticket prefix: ${JSON.stringify(prefix)}`);
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Invalid ticket number: ${n}`);
  return `${prefix}${String(n).padStart(3, '0')}`;
}
