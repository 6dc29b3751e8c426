import { copenhagenClock } from '@skranke/domain';

// Bookings are on the Copenhagen wall clock whatever the browser's time zone is (a laptop set to UTC must still
// show 10.30 for a 10:30 booking).

const TIME_ZONE = 'Europe/Copenhagen';
const DAY_MS = 86_400_000;
const timeFormats = {
  da: new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }),
};
const dayFormats = {
  da: new Intl.DateTimeFormat('da-DK', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
};

/** "10.30" in Danish, "10:30" in English. */
export const formatTime = (iso: string, language: 'da' | 'en' = 'da') => timeFormats[language].format(new Date(iso));

/** A civil date as "mandag 7. december" / "Monday 7 December". */
export const formatDay = (date: string, language: 'da' | 'en' = 'da') => dayFormats[language].format(new Date(`${date}T00:00:00Z`));

/** Today's date in Copenhagen, YYYY-MM-DD. */
export const todayInCopenhagen = (now: Date = new Date()) => copenhagenClock(now).date;

/** The Copenhagen date of an instant. */
export const copenhagenDate = (iso: string) => copenhagenClock(new Date(iso)).date;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week a date is in (ISO weeks, as Danish calendars). */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** The instant at which the Copenhagen clock shows `time` ('HH:MM') on `date`; null for a malformed input. */
export function copenhagenInstantOf(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return null;
  // The wall clock read back at a guess gives the offset; a second pass settles the day daylight saving time changes.
  let at = wall;
  for (let i = 0; i < 2; i += 1) {
    const clock = copenhagenClock(new Date(at));
    const shown = Date.parse(`${clock.date}T00:00:00Z`) + Math.round(clock.minutesOfDay) * 60_000;
    at += wall - shown;
  }
  return new Date(at).toISOString();
}
