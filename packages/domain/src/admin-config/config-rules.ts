import { parseClockTime, WEEKDAY_NAMES_DA } from '../queue/opening-hours.ts';
import type { Weekday } from '../queue/clock.ts';

/** A problem with one field of an admin form: `field` is a path below the request body, e.g. `intervals/2/closes`. */
export interface FieldProblem {
  field: string;
  da: string;
}

/** The sensible range of each configurable rule value, with the name the admin screen uses for it. */
export const RULE_VALUE_LIMITS = {
  fairnessBoundMinutes: { min: 0, max: 120, label: 'Retfærdighedsgrænsen', unit: 'minutter' },
  recallLimit: { min: 0, max: 10, label: 'Antal genkald', unit: 'gange' },
  handlingSampleSize: { min: 1, max: 500, label: 'Antal betjeninger i gennemsnittet', unit: 'betjeninger' },
  /** A counter whose screen is silent this long counts as stale: not staffed (issue 9). */
  counterStaleSeconds: { min: 30, max: 3600, label: 'Skranke uden forbindelse efter', unit: 'sekunder' },
  /** How long a call stays on the call display, also after the citizen was served (issue 9). */
  displayRecentCallMinutes: { min: 1, max: 60, label: 'Seneste kald vises i', unit: 'minutter' },
  appealPeriodCount: { min: 1, max: 52, label: 'Klagefristen', unit: '' },
  trafficYellowMinutes: { min: 1, max: 600, label: 'Gult lys', unit: 'minutter' },
  trafficRedMinutes: { min: 1, max: 600, label: 'Rødt lys', unit: 'minutter' },
  retentionDecisionsYears: { min: 1, max: 50, label: 'Opbevaring af afgørelser', unit: 'år' },
  /** Look-up logs must be kept at least six months (issue 5). */
  retentionLookupsMonths: { min: 6, max: 600, label: 'Opbevaring af opslag', unit: 'måneder' },
  witnessMinMitidDays: { min: 0, max: 365, label: 'Vidnets dage med MitID', unit: 'dage' },
  witnessMaxActs: { min: 1, max: 100, label: 'Vidneakter pr. vidne', unit: 'gange' },
  witnessWindowDays: { min: 1, max: 3650, label: 'Periode for vidneakter', unit: 'dage' },
  /** ✱ The appeal period printed in a MitID refusal (afslag). */
  mitidAppealPeriodWeeks: { min: 1, max: 52, label: 'Klagefristen for afslag på MitID', unit: 'uger' },
} as const;

/** The longest appeal body name (klageinstans) accepted for a MitID refusal. */
export const MITID_APPEAL_BODY_MAX_LENGTH = 200;

/** The appeal body printed in a MitID refusal: not blank, not longer than the limit. */
export function mitidAppealBodyProblems(appealBody: string): FieldProblem[] {
  const text = appealBody.trim();
  if (text === '') return [{ field: 'mitidAppealBody', da: 'Skriv, hvor borgeren kan klage over et afslag på MitID.' }];
  if (text.length > MITID_APPEAL_BODY_MAX_LENGTH) {
    return [{ field: 'mitidAppealBody', da: `Klageinstansen må højst være ${MITID_APPEAL_BODY_MAX_LENGTH} tegn.` }];
  }
  return [];
}

export type RuleValueName = keyof typeof RULE_VALUE_LIMITS;

/** Range problems of the given rule values, plus yellow before red. Values left out are not checked. */
export function ruleValueProblems(
  values: Partial<Record<RuleValueName, number>>,
  current?: Partial<Record<RuleValueName, number>>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(values) as [RuleValueName, number | undefined][]) {
    const limit = RULE_VALUE_LIMITS[field] as (typeof RULE_VALUE_LIMITS)[RuleValueName] | undefined;
    if (value === undefined || limit === undefined) continue;
    if (!Number.isInteger(value) || value < limit.min || value > limit.max) {
      const unit = limit.unit ? ` ${limit.unit}` : '';
      problems.push({ field, da: `${limit.label} skal være et helt tal fra ${limit.min} til ${limit.max}${unit}.` });
    }
  }
  const yellow = values.trafficYellowMinutes ?? current?.trafficYellowMinutes;
  const red = values.trafficRedMinutes ?? current?.trafficRedMinutes;
  if (yellow !== undefined && red !== undefined && red <= yellow && !problems.some((p) => p.field.startsWith('traffic'))) {
    const field = values.trafficRedMinutes !== undefined ? 'trafficRedMinutes' : 'trafficYellowMinutes';
    problems.push({ field, da: 'Rødt lys skal komme senere end gult lys.' });
  }
  return problems;
}

/** A service's own thresholds: yellow must come before red. */
export function trafficLightProblems(
  yellowMinutes: number,
  redMinutes: number,
  fields = { yellow: 'yellowMinutes', red: 'redMinutes' },
): FieldProblem[] {
  return redMinutes > yellowMinutes ? [] : [{ field: fields.red, da: 'Rødt lys skal komme senere end gult lys.' }];
}

/** A priority class's head start: whole minutes from 0 up to the municipality's fairness bound. */
export function headStartProblems(headStartMinutes: number, fairnessBoundMinutes: number): FieldProblem[] {
  if (!Number.isInteger(headStartMinutes) || headStartMinutes < 0) {
    return [{ field: 'headStartMinutes', da: 'Forspringet skal være et helt antal minutter, 0 eller mere.' }];
  }
  if (headStartMinutes > fairnessBoundMinutes) {
    return [
      {
        field: 'headStartMinutes',
        da: `Forspringet må højst være ${fairnessBoundMinutes} minutter (kommunens retfærdighedsgrænse).`,
      },
    ];
  }
  return [];
}

export interface IntervalInput {
  weekday: number;
  opens: string;
  closes: string;
  place?: string | null;
}

/**
 * Problems with a week of opening hours or a mobile stop's timetable, each pointing at its interval
 * (`intervals/<index>/<field>`): unreadable times, closing not after opening, overlaps on the same day (touching
 * intervals are fine), and for a mobile stop an interval without a place.
 */
export function openingIntervalProblems(intervals: readonly IntervalInput[], { mobile = false } = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const readable: { index: number; weekday: number; opens: number; closes: number; label: string }[] = [];
  intervals.forEach((interval, index) => {
    const at = (field: string) => `intervals/${index}/${field}`;
    const dayName = WEEKDAY_NAMES_DA[interval.weekday as Weekday] as string | undefined;
    if (dayName === undefined) {
      problems.push({ field: at('weekday'), da: 'Vælg en ugedag fra mandag til søndag.' });
      return;
    }
    const opens = parseClockTime(interval.opens);
    const closes = parseClockTime(interval.closes);
    if (opens === null) problems.push({ field: at('opens'), da: `${dayName}: skriv åbningstiden som TT:MM, f.eks. 09:30.` });
    if (closes === null) problems.push({ field: at('closes'), da: `${dayName}: skriv lukketiden som TT:MM, f.eks. 15:00.` });
    if (mobile && !interval.place?.trim()) {
      problems.push({ field: at('place'), da: `${dayName}: skriv, hvor bussen holder.` });
    }
    if (opens === null || closes === null) return;
    if (closes <= opens) {
      problems.push({ field: at('closes'), da: `${dayName}: lukketiden skal ligge efter åbningstiden.` });
      return;
    }
    readable.push({ index, weekday: interval.weekday, opens, closes, label: `${interval.opens}–${interval.closes}` });
  });
  const sorted = [...readable].sort((a, b) => a.weekday - b.weekday || a.opens - b.opens || a.closes - b.closes);
  let furthest: (typeof sorted)[number] | undefined;
  for (const interval of sorted) {
    if (furthest && furthest.weekday !== interval.weekday) furthest = undefined;
    if (furthest && interval.opens < furthest.closes) {
      const dayName = WEEKDAY_NAMES_DA[interval.weekday as Weekday];
      problems.push({
        field: `intervals/${interval.index}/opens`,
        da: `${dayName}: ${interval.label} overlapper ${furthest.label}.`,
      });
    }
    if (!furthest || interval.closes > furthest.closes) furthest = interval;
  }
  return problems;
}
