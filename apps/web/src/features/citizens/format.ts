import type { I18n } from '../../i18n/i18n.tsx';

/** A civil date (YYYY-MM-DD, e.g. a birth date) in the page's language: "9. april 1961". Read as UTC so no day shifts. */
export const formatCivilDate = (formatDate: I18n['formatDate'], civilDate: string) =>
  formatDate(new Date(`${civilDate}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });

/** A moment on the Copenhagen calendar and clock, as the counter reads it: "22. november 2026 kl. 10.15". */
export const formatMoment = (formatDate: I18n['formatDate'], dateTime: string) =>
  formatDate(new Date(dateTime), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
