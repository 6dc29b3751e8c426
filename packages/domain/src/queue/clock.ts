export const QUEUE_TIME_ZONE = 'Europe/Copenhagen';

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Wall-clock reading in Copenhagen for one moment. */
export interface LocalClock {
  /** YYYY-MM-DD */
  date: string;
  /** 1 = Monday … 7 = Sunday (ISO 8601) */
  weekday: Weekday;
  /** Minutes since local midnight, with seconds as a fraction (09:30:30 → 570.5). */
  minutesOfDay: number;
}

// One formatter for the process: building Intl formatters is far slower than using them.
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: QUEUE_TIME_ZONE,
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const WEEKDAYS: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Reads the Copenhagen wall clock at `at`, daylight saving time included (Intl holds the tz database). */
export function copenhagenClock(at: Date): LocalClock {
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid date');
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(at)) parts[part.type] = part.value;
  const weekday = WEEKDAYS[parts.weekday ?? ''];
  if (weekday === undefined) throw new Error(`Unexpected weekday from Intl: ${parts.weekday}`);
  const seconds = Number(parts.second) + at.getUTCMilliseconds() / 1000;
  return {
    date: `${(parts.year ?? '').padStart(4, '0')}-${parts.month}-${parts.day}`,
    weekday,
    minutesOfDay: Number(parts.hour) * 60 + Number(parts.minute) + seconds / 60,
  };
}
