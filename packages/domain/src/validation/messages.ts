/**
 * Schema validation failures as sentences a person can act on, in Danish and English. The API's schema checks
 * (Fastify's ajv for bodies and params, TypeBox for a case step's data) report a keyword such as `pattern` or
 * `minLength`; these sentences replace their raw messages (`must match pattern "^[A-Z0-9]{8,9}$"`), which said
 * nothing to counter staff. The sentence names the field when it is one we know, and describes a pattern in words.
 */

export type ValidationKeyword =
  | 'required'
  | 'pattern'
  | 'minLength'
  | 'maxLength'
  | 'format'
  | 'minimum'
  | 'maximum'
  | 'exclusiveMinimum'
  | 'exclusiveMaximum'
  | 'enum'
  | 'type'
  | 'minItems'
  | 'maxItems'
  | 'additionalProperties'
  | 'other';

export interface ValidationFailure {
  /** The property the value belongs to: the last name in its JSON pointer (`passportNumber`, `opens`). */
  field?: string;
  keyword: ValidationKeyword;
  /** minLength, maxLength, minimum, maximum, minItems, maxItems: the bound. */
  limit?: number;
  /** format: the format's name (date, uuid, email …). */
  format?: string;
  /** pattern: the regular expression as written in the schema. */
  pattern?: string;
  /** additionalProperties: the property that is not known. */
  property?: string;
}

export interface BilingualText {
  da: string;
  en: string;
}

/** The field, as the subject of a sentence ("Pasnummeret skal …"). Fields not listed are "Feltet" / "This field". */
const FIELD_SUBJECTS: Record<string, BilingualText> = {
  passportNumber: { da: 'Pasnummeret', en: 'The passport number' },
  issuedOn: { da: 'Udstedelsesdatoen', en: 'The date of issue' },
  cpr: { da: 'CPR-nummeret', en: 'The CPR number' },
  witnessCpr: { da: 'Vidnets CPR-nummer', en: "The witness's CPR number" },
  prefix: { da: 'Bogstavet', en: 'The letter' },
  code: { da: 'Koden', en: 'The code' },
  username: { da: 'Brugernavnet', en: 'The username' },
  password: { da: 'Adgangskoden', en: 'The password' },
  name: { da: 'Navnet', en: 'The name' },
  nameDa: { da: 'Det danske navn', en: 'The Danish name' },
  nameEn: { da: 'Det engelske navn', en: 'The English name' },
  opens: { da: 'Åbningstiden', en: 'The opening time' },
  closes: { da: 'Lukketiden', en: 'The closing time' },
  reason: { da: 'Begrundelsen', en: 'The reason' },
  email: { da: 'E-mailadressen', en: 'The email address' },
  amountOre: { da: 'Beløbet', en: 'The amount' },
};

const DEFAULT_SUBJECT: BilingualText = { da: 'Feltet', en: 'This field' };

/** A choice left unmade is asked for as a choice, not as an empty field. */
const CHOICE_MISSING: Record<string, BilingualText> = {
  applicantType: { da: 'Vælg, hvem der møder op.', en: 'Choose who has come to the counter.' },
  method: { da: 'Vælg betalingsmåden.', en: 'Choose the payment method.' },
  source: { da: 'Vælg, hvor fotoet kommer fra.', en: 'Choose where the photo comes from.' },
  outcome: { da: 'Vælg udfaldet.', en: 'Choose the outcome.' },
};

/** The schemas' patterns in words, completing "… skal være" / "… must be". */
const PATTERN_TEXT: Record<string, BilingualText> = {
  '^[A-Z0-9]{8,9}$': {
    da: '8 eller 9 store bogstaver eller cifre (A–Z, 0–9) uden mellemrum',
    en: '8 or 9 capital letters or digits (A–Z, 0–9) without spaces',
  },
  '^[0-9]{2}:[0-9]{2}$': { da: 'et klokkeslæt som TT:MM, fx 09:30', en: 'a time as HH:MM, e.g. 09:30' },
  '^[0-2][0-9]:[0-5][0-9]$': { da: 'et klokkeslæt som TT:MM, fx 09:30', en: 'a time as HH:MM, e.g. 09:30' },
  '^[A-ZÆØÅ]$': { da: 'ét stort bogstav (A–Å)', en: 'one capital letter (A–Å)' },
  '^[a-z0-9-]+$': { da: 'små bogstaver (a–z), cifre og bindestreg', en: 'small letters (a–z), digits and hyphens' },
  '^[a-z0-9._-]+$': {
    da: 'små bogstaver (a–z), cifre, punktum, bindestreg og understregning',
    en: 'small letters (a–z), digits, full stops, hyphens and underscores',
  },
  '^[a-z][a-z_]{0,39}$': {
    da: 'små bogstaver (a–z) og understregning, begyndende med et bogstav',
    en: 'small letters (a–z) and underscores, starting with a letter',
  },
  '^[a-z][a-z0-9_]{0,39}$': {
    da: 'små bogstaver (a–z), cifre og understregning, begyndende med et bogstav',
    en: 'small letters (a–z), digits and underscores, starting with a letter',
  },
  '^[0-9]{6}-?[0-9]{4}$': { da: '10 cifre, fx 010190-1234', en: '10 digits, e.g. 010190-1234' },
  '^\\d{6}-\\d{4}$': { da: '10 cifre, fx 010190-1234', en: '10 digits, e.g. 010190-1234' },
  // CivilDate (contracts): the format says YYYY-MM-DD, the pattern keeps the year within 1800–2199.
  '^(1[89]|2[01])[0-9]{2}-': { da: 'en dato i årene 1800–2199 (ÅÅÅÅ-MM-DD)', en: 'a date in the years 1800–2199 (YYYY-MM-DD)' },
};

const FORMAT_TEXT: Record<string, BilingualText> = {
  date: { da: 'en dato (ÅÅÅÅ-MM-DD)', en: 'a date (YYYY-MM-DD)' },
  'date-time': { da: 'et tidspunkt med dato og klokkeslæt', en: 'a date and time' },
  time: { da: 'et klokkeslæt', en: 'a time' },
  email: { da: 'en e-mailadresse', en: 'an email address' },
  uuid: { da: 'et gyldigt id', en: 'a valid id' },
};

/** The Danish and English sentence for one failure. Never the schema's own wording. */
export function validationMessage(failure: ValidationFailure): BilingualText {
  const subject = (failure.field && FIELD_SUBJECTS[failure.field]) || DEFAULT_SUBJECT;
  const s = (da: string, en: string): BilingualText => ({ da: `${subject.da} ${da}`, en: `${subject.en} ${en}` });
  const n = failure.limit;
  switch (failure.keyword) {
    case 'required':
      return (failure.field && CHOICE_MISSING[failure.field]) || s('skal udfyldes.', 'is required.');
    case 'minLength':
      return n === undefined || n <= 1
        ? s('skal udfyldes.', 'is required.')
        : s(`skal være mindst ${n} tegn.`, `must be at least ${n} characters.`);
    case 'maxLength':
      return s(`må højst være ${n} tegn.`, `must be at most ${n} characters.`);
    case 'pattern': {
      const text = failure.pattern === undefined ? undefined : PATTERN_TEXT[failure.pattern];
      return text ? s(`skal være ${text.da}.`, `must be ${text.en}.`) : s('har ikke den rette form.', 'is not in the expected form.');
    }
    case 'format': {
      const text = failure.format === undefined ? undefined : FORMAT_TEXT[failure.format];
      return text ? s(`skal være ${text.da}.`, `must be ${text.en}.`) : s('har ikke den rette form.', 'is not in the expected form.');
    }
    case 'minimum':
      return s(`skal være mindst ${n}.`, `must be at least ${n}.`);
    case 'maximum':
      return s(`må højst være ${n}.`, `must be at most ${n}.`);
    case 'exclusiveMinimum':
      return s(`skal være større end ${n}.`, `must be greater than ${n}.`);
    case 'exclusiveMaximum':
      return s(`skal være mindre end ${n}.`, `must be less than ${n}.`);
    case 'enum':
      return s('skal være en af de mulige værdier.', 'must be one of the allowed values.');
    case 'minItems':
      return n === 1
        ? s('skal have mindst ét valg.', 'needs at least one choice.')
        : s(`skal have mindst ${n} valg.`, `needs at least ${n} choices.`);
    case 'maxItems':
      return s(`må højst have ${n} valg.`, `may have at most ${n} choices.`);
    case 'additionalProperties': {
      const name = failure.property ?? failure.field ?? '';
      return { da: `Feltet "${name}" kendes ikke.`, en: `The field "${name}" is not known.` };
    }
    case 'type':
    case 'other':
      return s('har ikke den rette form.', 'is not in the expected form.');
  }
}

/** The property a JSON pointer ends in, skipping array indexes: `/body/intervals/1/opens` → `opens`. */
export function fieldOfPointer(pointer: string): string | undefined {
  const names = pointer.split('/').filter((part) => part !== '' && !/^\d+$/.test(part));
  return names.length > 1 ? names[names.length - 1] : undefined;
}
