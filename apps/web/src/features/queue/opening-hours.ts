import type { OpeningHours } from '@skranke/contracts';

export interface DayHours {
  weekday: number;
  /** "Mandag" … "Søndag" (or in English), capitalised for a table's first column. */
  name: string;
  intervals: { from: string; to: string; place: string | null }[];
}

/** 1 = Monday … 7 = Sunday, named in the given locale; 1 January 2024 was a Monday. */
export function weekdayName(weekday: number, locale = 'da-DK'): string {
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday, 12)));
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** Danish writes times with a full stop: 10.00–17.00. */
export const danishTime = (hhmm: string) => hhmm.replace(':', '.');

/** The week from Monday, each day with its intervals in order (none: closed that day). */
export function weekOf(hours: OpeningHours, locale = 'da-DK'): DayHours[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    name: weekdayName(weekday, locale),
    intervals: hours.intervals
      .filter((i) => i.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((i) => ({ from: danishTime(i.opens), to: danishTime(i.closes), place: i.place })),
  }));
}

const SHORT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Today's weekday (1–7) on the Copenhagen wall clock, whatever the screen's own time zone. */
export function copenhagenWeekday(at: Date): number {
  const short = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'Europe/Copenhagen' }).format(at);
  return SHORT_DAYS.indexOf(short) + 1;
}
