import { normaliseDanishPhone } from '../appointments/contact.ts';
import { isEmailAddress } from '../notifications/recipients.ts';
import { daysInMonth } from '../cpr/cpr.ts';
import type { ConsentMethod, FingerprintStatus, IdentityEvidence, OldPassportOutcome, PaymentMethod, PhotoSource } from './codes.ts';
import { answerDiffersFromRegister, type PassportOnRecord } from './old-passport.ts';

/** A rule broken by a step's data or blocking the order; `field` is a JSON pointer below the step (or case). */
export interface PassportProblem {
  field: string;
  code: string;
  da: string;
  en: string;
}

export interface IdentityData {
  evidence: IdentityEvidence[];
  /** Staff are satisfied of the applicant's identity; false leads to a refusal (afslag). */
  verified: boolean;
  note?: string;
}
export interface OldPassportData {
  outcome: OldPassportOutcome;
  /** Why the answer differs from the identity-document register (required then). */
  reason?: string;
}
export interface PhotoData {
  source: PhotoSource;
}
export interface FingerprintsData {
  status: FingerprintStatus;
  note?: string;
}
export interface ConsentEntry {
  holderId: string;
  method: ConsentMethod;
}
export interface ConsentData {
  consents: ConsentEntry[];
}
export interface PaymentData {
  method: PaymentMethod;
  amountOre: number;
  /** Optional: where to tell the citizen that the passport is ready for pick-up (SMS to a Danish number, e-mail). */
  notifyPhone?: string;
  notifyEmail?: string;
}

/** Fingerprints are taken from the 12th birthday (taarnby.dk; albertslund.dk). */
export const FINGERPRINT_AGE = 12;
/** Every custody holder must consent for an applicant under 18 (egedalkommune.dk; brondby.dk). */
export const ADULT_AGE = 18;

export const fingerprintsRequired = (age: number) => age >= FINGERPRINT_AGE;
export const consentRequired = (age: number) => age < ADULT_AGE;

/** Validity of the new passport by age on the application date: under 2: 2 years; 2 to 17: 5; adults 10 (um.dk). */
export function passportValidityYears(age: number): 2 | 5 | 10 {
  if (age < 2) return 2;
  if (age < ADULT_AGE) return 5;
  return 10;
}

/** The last day a passport issued on `issuedOn` is valid: the same date `years` later (29 February → 28 February). */
export function passportExpiry(issuedOn: string, years: number): string {
  const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
  const year = y + years;
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(year, m))).padStart(2, '0')}`;
}

export function identityProblems(data: IdentityData): PassportProblem[] {
  if (data.verified && data.evidence.length === 0) {
    return [
      {
        field: '/evidence',
        code: 'evidence-required',
        da: 'Angiv hvilken legitimation der er vist.',
        en: 'State which identification was shown.',
      },
    ];
  }
  if (!data.verified && !data.note?.trim()) {
    return [
      {
        field: '/note',
        code: 'refusal-reason-required',
        da: 'Skriv hvorfor identiteten ikke kunne fastslås.',
        en: 'Say why identity could not be established.',
      },
    ];
  }
  return [];
}

/** An answer other than the register's needs a reason (e.g. "first passport" while a valid passport is on record). */
export function oldPassportProblems(onRecord: Pick<PassportOnRecord, 'status'> | null, data: OldPassportData): PassportProblem[] {
  if (!answerDiffersFromRegister(onRecord, data.outcome) || data.reason?.trim()) return [];
  return [
    {
      field: '/reason',
      code: 'register-deviation-reason-required',
      da: onRecord
        ? 'Pasregistret viser et pas, som ansøgeren skal aflevere. Skriv hvorfor svaret er et andet.'
        : 'Pasregistret viser intet tidligere pas, der skal afleveres. Skriv hvorfor svaret er et andet.',
      en: onRecord
        ? 'The passport register shows a passport the applicant must hand in. Say why the answer differs.'
        : 'The passport register shows no earlier passport to hand in. Say why the answer differs.',
    },
  ];
}

export function fingerprintProblems(age: number, data: FingerprintsData): PassportProblem[] {
  if (!fingerprintsRequired(age) && data.status !== 'not_required') {
    return [
      {
        field: '/status',
        code: 'fingerprints-not-taken-under-12',
        da: 'Der optages ikke fingeraftryk af børn under 12 år.',
        en: 'Fingerprints are not taken under age 12.',
      },
    ];
  }
  if (fingerprintsRequired(age) && data.status === 'not_required') {
    return [
      {
        field: '/status',
        code: 'fingerprints-required',
        da: 'Fingeraftryk skal optages fra 12 år.',
        en: 'Fingerprints are required from age 12.',
      },
    ];
  }
  if (data.status === 'impossible' && !data.note?.trim()) {
    return [
      {
        field: '/note',
        code: 'fingerprint-note-required',
        da: 'Skriv hvorfor fingeraftryk ikke kunne optages.',
        en: 'Say why fingerprints could not be taken.',
      },
    ];
  }
  return [];
}

/** Consents may be registered a few at a time; only holders of custody may consent, each once. */
export function consentProblems(age: number, holderIds: readonly string[], data: ConsentData): PassportProblem[] {
  if (!consentRequired(age)) {
    return data.consents.length === 0
      ? []
      : [
          {
            field: '/consents',
            code: 'consent-not-required',
            da: 'Ansøgeren er over 18 år; samtykke skal ikke registreres.',
            en: 'The applicant is 18 or over; no consent is registered.',
          },
        ];
  }
  const problems: PassportProblem[] = [];
  const seen = new Set<string>();
  data.consents.forEach((consent, i) => {
    if (!holderIds.includes(consent.holderId)) {
      problems.push({
        field: `/consents/${i}/holderId`,
        code: 'not-a-custody-holder',
        da: 'Personen har ikke forældremyndighed over barnet.',
        en: 'The person does not hold custody of the child.',
      });
    } else if (seen.has(consent.holderId)) {
      problems.push({
        field: `/consents/${i}/holderId`,
        code: 'duplicate-consent',
        da: 'Samtykket er registreret to gange.',
        en: 'The consent is registered twice.',
      });
    }
    seen.add(consent.holderId);
  });
  return problems;
}

/** The custody holders who have not consented yet (none for an adult). */
export function missingConsents(age: number, holderIds: readonly string[], data: ConsentData | undefined): string[] {
  if (!consentRequired(age)) return [];
  const given = new Set((data?.consents ?? []).map((c) => c.holderId));
  return holderIds.filter((id) => !given.has(id));
}

export function paymentProblems(expectedOre: number, data: PaymentData): PassportProblem[] {
  const problems: PassportProblem[] = [];
  if (data.amountOre !== expectedOre) {
    const kr = (ore: number) => (ore / 100).toFixed(2).replace('.', ',');
    problems.push({
      field: '/amountOre',
      code: 'wrong-amount',
      da: `Beløbet skal være gebyret: ${kr(expectedOre)} kr.`,
      en: `The amount must be the fee: DKK ${kr(expectedOre)}.`,
    });
  }
  if (data.notifyPhone !== undefined && data.notifyPhone.trim() !== '' && normaliseDanishPhone(data.notifyPhone) === null) {
    problems.push({
      field: '/notifyPhone',
      code: 'invalid-phone',
      da: 'Telefonnummeret skal være et dansk nummer med 8 cifre.',
      en: 'The phone number must be a Danish number of 8 digits.',
    });
  }
  if (data.notifyEmail !== undefined && data.notifyEmail.trim() !== '' && !isEmailAddress(data.notifyEmail.trim())) {
    problems.push({
      field: '/notifyEmail',
      code: 'invalid-email',
      da: 'E-mailadressen er ikke gyldig.',
      en: 'The e-mail address is not valid.',
    });
  }
  return problems;
}

export interface PassportFacts {
  /** Age on the day the passport is ordered. */
  age: number;
  holderIds: readonly string[];
  /** Custody holders' names by id, so that a missing consent says whose it is. */
  holderNames?: Readonly<Record<string, string>>;
  /** The passport the applicant should show, from the identity-document register (`passportToShow`); null: none. Left out, the register is not checked. */
  passportOnRecord?: Pick<PassportOnRecord, 'status'> | null;
  stepData: Partial<{
    identity: IdentityData;
    old_passport: OldPassportData;
    photo: PhotoData;
    fingerprints: FingerprintsData;
    consent: ConsentData;
    payment: PaymentData;
  }>;
  /** The fee due today (doubled where it applies). */
  feeOre: number;
}

/**
 * Everything that stops the passport from being ordered today, as problems with pointers to the step. Identity not
 * verified is not a blocker: it leads to a refusal instead. Steps are checked again with today's age, since a child
 * may have had a birthday since a step was saved.
 */
export function passportBlockers(facts: PassportFacts): PassportProblem[] {
  const { age, holderIds, holderNames = {}, stepData, feeOre } = facts;
  const problems: PassportProblem[] = [];
  const missingStep = (step: string, da: string, en: string) => problems.push({ field: `/${step}`, code: 'step-missing', da, en });
  if (!stepData.identity) missingStep('identity', 'Identiteten er ikke kontrolleret.', 'Identity has not been checked.');
  if (!stepData.old_passport)
    missingStep('old_passport', 'Det er ikke angivet, hvad der er sket med det gamle pas.', 'The old passport step is missing.');
  // The register may have changed since the step was saved.
  else if (facts.passportOnRecord !== undefined)
    problems.push(
      ...oldPassportProblems(facts.passportOnRecord, stepData.old_passport).map((p) => ({ ...p, field: `/old_passport${p.field}` })),
    );
  if (!stepData.photo) missingStep('photo', 'Der er ikke angivet et foto.', 'The photo step is missing.');
  if (!stepData.fingerprints) missingStep('fingerprints', 'Fingeraftryk er ikke registreret.', 'The fingerprints step is missing.');
  else problems.push(...fingerprintProblems(age, stepData.fingerprints).map((p) => ({ ...p, field: `/fingerprints${p.field}` })));
  if (consentRequired(age)) {
    if (holderIds.length === 0) {
      problems.push({
        field: '/consent',
        code: 'no-custody-holders',
        da: 'Registeret viser ingen med forældremyndighed. Forældremyndighed skal dokumenteres, før pas kan bestilles.',
        en: 'The register shows no custody holder. Custody must be documented before a passport can be ordered.',
      });
    }
    const missing = missingConsents(age, holderIds, stepData.consent);
    if (missing.length > 0) {
      const named = missing.flatMap((id) => (holderNames[id] ? [holderNames[id]] : []));
      const listed = (names: string[], and: string) =>
        names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)!}`;
      problems.push({
        field: '/consent',
        code: 'consent-missing',
        ...(named.length === missing.length
          ? { da: `Der mangler samtykke fra ${listed(named, 'og')}.`, en: `Consent is missing from ${listed(named, 'and')}.` }
          : {
              da: `Der mangler samtykke fra ${missing.length === 1 ? 'én' : missing.length} forældremyndighedsindehaver${missing.length === 1 ? '' : 'e'}.`,
              en: `Consent is missing from ${missing.length} custody holder${missing.length === 1 ? '' : 's'}.`,
            }),
      });
    }
  }
  if (!stepData.payment) missingStep('payment', 'Betalingen er ikke registreret.', 'Payment has not been registered.');
  else
    problems.push(
      ...paymentProblems(feeOre, stepData.payment).map((p) => ({ ...p, field: `/payment${p.field}`, code: 'payment-mismatch' })),
    );
  return problems;
}
