import { civilDateMs } from './local-time.ts';

export const MAX_BOOKING_NAME_LENGTH = 100;
export const MAX_BIRTH_AGE_YEARS = 130;
const MAX_EMAIL_LENGTH = 254;

/**
 * A Danish phone number as '+45XXXXXXXX', or null. Accepts 8 digits with or without +45, 0045 or 45 in front, and
 * spaces, dashes, dots and brackets between ('12 34 56 78', '+45 12345678', '(+45) 12-34-56-78', '004512345678').
 * A leading 0 is refused (no Danish number starts with 0; it is a mistyped 00 prefix). A leading 1 is accepted
 * though the numbering plan keeps 1 for short numbers: it costs nothing, and test data uses 12 34 56 78.
 */
export function normaliseDanishPhone(input: string): string | null {
  const compact = input.trim().replace(/[\s\-.()]/gu, '');
  const match = /^(?:\+45|0045|45(?=\d{8}$))?([1-9]\d{7})$/.exec(compact);
  return match ? `+45${match[1]}` : null;
}

export interface ContactProblem {
  field: 'name' | 'phone' | 'email' | 'birthDate' | 'contact';
  messageDa: string;
  messageEn: string;
}

const blank = (value: string | null | undefined) => value === null || value === undefined || value.trim() === '';

// Deliberately loose: one @, something on both sides, a dot in the domain. The confirmation mail is the real test.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/u;

/**
 * What is wrong with the contact details of a self-booking (`today` is the local date, YYYY-MM-DD), in Danish and
 * English; empty when fine. The name is 1–100 characters after trimming; a phone number or an e-mail address is
 * required (`contact` when both are blank) and each given one must be readable; the birth date is optional, and
 * when given a real YYYY-MM-DD date, not after today and not more than 130 years back.
 */
export function validateBookingContact(
  input: { name: string; phone?: string | null; email?: string | null; birthDate?: string | null },
  today: string,
): ContactProblem[] {
  if (civilDateMs(today) === null) throw new RangeError(`Invalid today: ${JSON.stringify(today)}`);
  const problems: ContactProblem[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ field: 'name', messageDa: 'Skriv dit navn.', messageEn: 'Enter your name.' });
  else if ([...name].length > MAX_BOOKING_NAME_LENGTH) {
    problems.push({
      field: 'name',
      messageDa: `Navnet må højst være ${MAX_BOOKING_NAME_LENGTH} tegn.`,
      messageEn: `The name can be at most ${MAX_BOOKING_NAME_LENGTH} characters.`,
    });
  }
  if (blank(input.phone) && blank(input.email)) {
    problems.push({
      field: 'contact',
      messageDa: 'Skriv et telefonnummer eller en e-mailadresse, så vi kan sende dig din tid.',
      messageEn: 'Enter a phone number or an e-mail address so that we can send you your time.',
    });
  }
  if (!blank(input.phone) && normaliseDanishPhone(input.phone as string) === null) {
    problems.push({
      field: 'phone',
      messageDa: 'Skriv et dansk telefonnummer med 8 cifre, fx 12 34 56 78.',
      messageEn: 'Enter a Danish phone number with 8 digits, e.g. 12 34 56 78.',
    });
  }
  if (!blank(input.email)) {
    const email = (input.email as string).trim();
    if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email)) {
      problems.push({
        field: 'email',
        messageDa: 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
        messageEn: 'Enter a valid e-mail address, e.g. name@example.com.',
      });
    }
  }
  if (!blank(input.birthDate)) {
    const birthDate = (input.birthDate as string).trim();
    const earliest = `${String(Number(today.slice(0, 4)) - MAX_BIRTH_AGE_YEARS).padStart(4, '0')}${today.slice(4)}`;
    if (civilDateMs(birthDate) === null) {
      problems.push({
        field: 'birthDate',
        messageDa: 'Skriv fødselsdatoen som en rigtig dato (ÅÅÅÅ-MM-DD).',
        messageEn: 'Enter the date of birth as a real date (YYYY-MM-DD).',
      });
    } else if (birthDate > today) {
      problems.push({
        field: 'birthDate',
        messageDa: 'Fødselsdatoen ligger i fremtiden.',
        messageEn: 'The date of birth is in the future.',
      });
    } else if (birthDate < earliest) {
      problems.push({
        field: 'birthDate',
        messageDa: `Fødselsdatoen ligger mere end ${MAX_BIRTH_AGE_YEARS} år tilbage.`,
        messageEn: `The date of birth is more than ${MAX_BIRTH_AGE_YEARS} years ago.`,
      });
    }
  }
  return problems;
}

/**
 * The first name (first word; hyphens and spaces both separate) folded for comparison: lowercase, accents dropped
 * (é → e, ü → u) but æ, ø and å kept as letters of their own, since NFKD would otherwise turn å into a.
 */
function firstNameFolds(name: string): string[] {
  const first =
    name
      .trim()
      .toLocaleLowerCase('da-DK')
      .split(/[\s\-\u2010-\u2015]+/u)[0] ?? '';
  const plain = first
    .replace(/å/gu, '\uE000')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\uE000/gu, 'å');
  if (plain === '') return [];
  // Two spellings a Danish name takes on a keyboard without æ, ø, å: the official one (Søren → soeren, Åse → aase)
  // and the one that drops the mark (soren, ase).
  return [
    plain.replace(/æ/gu, 'ae').replace(/ø/gu, 'oe').replace(/å/gu, 'aa'),
    plain.replace(/æ/gu, 'ae').replace(/ø/gu, 'o').replace(/å/gu, 'a'),
  ];
}

/**
 * Whether the first name typed at a kiosk (with the birth date) matches the booking's name: the first word of each,
 * trimmed, case- and accent-insensitive. Decision: Søren matches Soren and Soeren, Åse matches Aase and Ase, and
 * Anne-Marie matches Anne. The name only tells the desk's bookings of the day apart next to the birth date; it is
 * not a secret, and a citizen who booked on an English keyboard must not be turned away at a Danish kiosk.
 */
export function firstNameMatches(bookedName: string, typedFirstName: string): boolean {
  const booked = firstNameFolds(bookedName);
  const typed = firstNameFolds(typedFirstName);
  return booked.some((fold, i) => fold === typed[i]);
}
