/** A Danish public holiday, or (custom: true) a day Borgerservice is closed by custom though it is not a helligdag. */
export interface DanishHoliday {
  /** YYYY-MM-DD */
  date: string;
  nameDa: string;
  nameEn: string;
  custom: boolean;
}

const DAY_MS = 86_400_000;

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher); midnight UTC. */
function easterSundayMs(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Store bededag was abolished by law from 2024 (its last observance was 5 May 2023). */
const LAST_STORE_BEDEDAG_YEAR = 2023;

/**
 * The helligdage of `year` (the Easter-based ones included), plus grundlovsdag, juleaftensdag and nytårsaftensdag,
 * which are not public holidays but on which Borgerservice is closed by custom (`custom: true`); sorted by date.
 * Offer them to the admin as closed dates; the place decides.
 */
export function danishPublicHolidays(year: number): DanishHoliday[] {
  if (!Number.isInteger(year) || year < 1700 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  const easter = easterSundayMs(year);
  const fromEaster = (days: number) => iso(easter + days * DAY_MS);
  const fixed = (month: number, day: number) => iso(Date.UTC(year, month - 1, day));
  const days: DanishHoliday[] = [
    { date: fixed(1, 1), nameDa: 'Nytårsdag', nameEn: "New Year's Day", custom: false },
    { date: fromEaster(-3), nameDa: 'Skærtorsdag', nameEn: 'Maundy Thursday', custom: false },
    { date: fromEaster(-2), nameDa: 'Langfredag', nameEn: 'Good Friday', custom: false },
    { date: fromEaster(0), nameDa: 'Påskedag', nameEn: 'Easter Sunday', custom: false },
    { date: fromEaster(1), nameDa: '2. påskedag', nameEn: 'Easter Monday', custom: false },
    ...(year <= LAST_STORE_BEDEDAG_YEAR
      ? [{ date: fromEaster(26), nameDa: 'Store bededag', nameEn: 'General Prayer Day', custom: false }]
      : []),
    { date: fromEaster(39), nameDa: 'Kristi himmelfartsdag', nameEn: 'Ascension Day', custom: false },
    { date: fromEaster(49), nameDa: 'Pinsedag', nameEn: 'Whit Sunday', custom: false },
    { date: fromEaster(50), nameDa: '2. pinsedag', nameEn: 'Whit Monday', custom: false },
    { date: fixed(6, 5), nameDa: 'Grundlovsdag', nameEn: 'Constitution Day', custom: true },
    { date: fixed(12, 24), nameDa: 'Juleaftensdag', nameEn: 'Christmas Eve', custom: true },
    { date: fixed(12, 25), nameDa: 'Juledag', nameEn: 'Christmas Day', custom: false },
    { date: fixed(12, 26), nameDa: '2. juledag', nameEn: 'Boxing Day', custom: false },
    { date: fixed(12, 31), nameDa: 'Nytårsaftensdag', nameEn: "New Year's Eve", custom: true },
  ];
  // Whit Monday can fall on 5 June (2017, 2028): both names stay, in a stable order.
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
