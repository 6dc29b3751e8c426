/**
 * Who a notification may go to. SMS only to Danish numbers (+45 and eight digits): the local outbox stands in for a
 * Danish SMS gateway, which sends nowhere else.
 */

const DANISH_SMS = /^\+45[0-9]{8}$/;

/** Whether `recipient` is a number an SMS may go to: '+45' and eight digits, as numbers are stored. */
export const isDanishSmsNumber = (recipient: string): boolean => DANISH_SMS.test(recipient);

/**
 * A phone number as typed ('12 34 56 78', '+45 1234-5678', '0045 12345678') in its stored form '+4512345678', or
 * null when it is not a Danish number (another country code, too few or too many digits, letters).
 */
export function danishSmsNumber(phone: string): string | null {
  const compact = phone.replace(/[\s\-().]/g, '');
  const digits = compact.startsWith('+45') ? compact.slice(3) : compact.startsWith('0045') ? compact.slice(4) : compact;
  return /^[0-9]{8}$/.test(digits) ? `+45${digits}` : null;
}

/** A plausible e-mail address (one @, a dot in the domain, no spaces); the gateway is the real judge. */
export const isEmailAddress = (recipient: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(recipient) && recipient.length <= 254;
