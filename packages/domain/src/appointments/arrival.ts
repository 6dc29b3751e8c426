import { serviceDay } from '../queue/numbering.ts';
import { callKey, clampHeadStart } from '../queue/ordering.ts';

const MINUTE_MS = 60_000;

/** How long before the booked time a check-in counts as on time, unless the place says otherwise. */
export const DEFAULT_EARLY_MINUTES = 30;

export type ArrivalKind = 'early' | 'on_time' | 'late_walk_in' | 'late_refused' | 'wrong_day';

function assertMinutes(minutes: number, name: string): void {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Invalid ${name}: ${minutes}`);
}

function assertDate(at: Date, name: string): void {
  if (Number.isNaN(at.getTime())) throw new RangeError(`Invalid ${name}`);
}

/**
 * What a check-in at `now` is for a time booked at `startsAt`. On another local date (Copenhagen) than the booking:
 * `wrong_day`. Otherwise on time from `startsAt − earlyMinutes` up to and including `startsAt + graceMinutes`;
 * before that `early` (checked in, waits for the time); after the grace `late_walk_in` (the citizen joins the
 * walk-in queue as an ordinary ticket) or `late_refused`, by the place's `latePolicy`.
 */
export function classifyArrival(input: {
  startsAt: Date;
  now: Date;
  graceMinutes: number;
  earlyMinutes?: number;
  latePolicy: 'walk_in' | 'refuse';
}): ArrivalKind {
  const { startsAt, now, graceMinutes, latePolicy } = input;
  const earlyMinutes = input.earlyMinutes ?? DEFAULT_EARLY_MINUTES;
  assertDate(startsAt, 'start');
  assertDate(now, 'now');
  assertMinutes(graceMinutes, 'grace');
  assertMinutes(earlyMinutes, 'early minutes');
  if (serviceDay(now) !== serviceDay(startsAt)) return 'wrong_day';
  const t = now.getTime();
  const start = startsAt.getTime();
  if (t < start - earlyMinutes * MINUTE_MS) return 'early';
  if (t <= start + graceMinutes * MINUTE_MS) return 'on_time';
  return latePolicy === 'walk_in' ? 'late_walk_in' : 'late_refused';
}

/**
 * When a checked-in appointment enters the call order: at its booked time, or at check-in when the citizen came
 * after it (within the grace). An early citizen waits for the time, so nobody gains by coming early.
 */
export function appointmentEntersQueueAt(startsAt: Date, checkedInAt: Date): Date {
  assertDate(startsAt, 'start');
  assertDate(checkedInAt, 'check-in');
  return new Date(Math.max(startsAt.getTime(), checkedInAt.getTime()));
}

/**
 * The call key of a checked-in appointment: it enters the call order at max(check-in, booked time) with the
 * appointment head start clamped to [0, H] like a priority class, so the fairness claims of docs/queue-rules.md hold
 * with that instant as its arrival. For `compareForCalling`, use `appointmentEntersQueueAt` as `arrivedAt` and the
 * clamped head start as `headStartMinutes`.
 */
export function appointmentCallKey(startsAt: Date, checkedInAt: Date, headStartMinutes: number, fairnessBoundMinutes: number): Date {
  return callKey(appointmentEntersQueueAt(startsAt, checkedInAt), clampHeadStart(headStartMinutes, fairnessBoundMinutes));
}

/** A booked citizen not checked in is a no-show strictly after `startsAt + graceMinutes` (at exactly the end: not yet). */
export function isNoShow(startsAt: Date, now: Date, graceMinutes: number): boolean {
  assertDate(startsAt, 'start');
  assertDate(now, 'now');
  assertMinutes(graceMinutes, 'grace');
  return now.getTime() > startsAt.getTime() + graceMinutes * MINUTE_MS;
}
