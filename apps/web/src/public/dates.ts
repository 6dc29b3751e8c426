/**
 * Dates and times as Danes write them ("tirsdag den 8. december 2026 kl. 10.30"), always in Copenhagen's time,
 * whatever the phone's own zone. English readers get the same moments in British order ("Tuesday, 8 December 2026 at
 * 10:30"). A civil date is 'YYYY-MM-DD', the form the API's `from` query takes.
 */
import type { Language } from './i18n/i18n.tsx';

export const ZONE = 'Europe/Copenhagen';
const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = language + JSON.stringify(options);
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: ZONE });
    formats.set(key, found);
  }
  return found;
}

// en-CA writes dates as YYYY-MM-DD.
const civil = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ZONE });

/** The civil date in Copenhagen of an instant. */
export function civilDateOf(instant: Date | string): string {
  return civil.format(new Date(instant));
}

/** A civil date moved by whole days. */
export function addDays(civilDate: string, days: number): string {
  const [y, m, d] = civilDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Noon UTC on a civil date: the same date in Copenhagen, whatever its offset. */
function middayOf(civilDate: string): Date {
  return new Date(`${civilDate}T12:00:00Z`);
}

/** "tirsdag den 8. december 2026" / "Tuesday, 8 December 2026". */
export function formatDate(civilDate: string, language: Language): string {
  return format(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(middayOf(civilDate));
}

/** "tirs. 8. dec." / "Tue 8 Dec": a day button. */
export function formatShortDay(civilDate: string, language: Language): string {
  return format(language, { weekday: 'short', day: 'numeric', month: 'short' }).format(middayOf(civilDate));
}

/** "10.30" / "10:30". */
export function formatTime(instant: Date | string, language: Language): string {
  return format(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** "tirsdag den 8. december 2026 kl. 10.30" / "Tuesday, 8 December 2026 at 10:30". */
export function formatDateTime(instant: Date | string, language: Language): string {
  return format(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  );
}
