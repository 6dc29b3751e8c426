import { ageOn } from '../cpr/age.ts';
import { missingSteps } from '../cases/steps.ts';
import type { RuleProblem } from '../digital-post/rules.ts';
import {
  DANISH_PHOTO_IDS,
  FOREIGN_ID_SUPPLEMENTS,
  FOREIGN_PHOTO_IDS,
  MITID_MINIMUM_AGE,
  SECONDARY_DOCUMENTS,
  WITNESS_MINIMUM_AGE,
  type MitIdApplicantType,
  type MitIdAuthenticator,
  type MitIdDocumentKind,
  type MitIdRefusalReason,
  type MitIdRuleValues,
} from './codes.ts';

/** The steps of the identity check, in order. */
export const MITID_STEPS = ['applicant', 'documents', 'verification', 'authenticator'] as const;
export type MitIdStep = (typeof MITID_STEPS)[number];

export const MITID_STEP_TEXT: Record<MitIdStep, string> = {
  applicant: 'Ansøger',
  documents: 'Legitimation',
  verification: 'Kontrolspørgsmål eller vidne',
  authenticator: 'Identifikationsmiddel',
};

export interface MitIdApplicantData {
  applicantType: MitIdApplicantType;
  representativeName?: string;
  /** Staff's judgement: the citizen can handle MitID on their own. */
  canUseMitIdAlone: boolean;
}

export interface MitIdDocument {
  kind: MitIdDocumentKind;
  /** The document shows the CPR number. */
  showsCpr: boolean;
  /** A temporary document (e.g. a temporary licence or health card): never accepted. */
  temporary: boolean;
}

export interface MitIdDocumentsData {
  documents: MitIdDocument[];
  /** Set when staff doubt the identity despite the documents (e.g. the photo does not match). */
  identityDoubt?: string;
}

export type MitIdVerificationData =
  | { method: 'control_questions'; controlQuestionsPassed: boolean }
  | { method: 'witness'; witnessPersonId: string; witnessName: string; witnessPhotoIdShown: boolean; witnessMitIdConfirmed: boolean };

export interface MitIdAuthenticatorData {
  authenticator: MitIdAuthenticator;
}

// ---- Dates --------------------------------------------------------------------------------------------------------

const toUtc = (civil: string) => Date.UTC(Number(civil.slice(0, 4)), Number(civil.slice(5, 7)) - 1, Number(civil.slice(8, 10)));
const DAY = 86_400_000;

/** Days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export const civilDaysBetween = (from: string, to: string) => Math.round((toUtc(to) - toUtc(from)) / DAY);

export const addCivilDays = (civil: string, days: number) => new Date(toUtc(civil) + days * DAY).toISOString().slice(0, 10);

/** The day someone reaches `age` (born 29 February: 1 March in a non-leap year, as `ageOn` counts). */
export function birthdayAt(birthDate: string, age: number): string {
  const year = Number(birthDate.slice(0, 4)) + age;
  const candidate = `${year}${birthDate.slice(4)}`;
  return addCivilDays(candidate, 0) === candidate ? candidate : `${year}-03-01`;
}

// ---- Age ----------------------------------------------------------------------------------------------------------

/** Null when old enough for MitID today, else the day the citizen turns 13. */
export function mitidTooYoungUntil(birthDate: string, today: string): string | null {
  return ageOn(birthDate, today) >= MITID_MINIMUM_AGE ? null : birthdayAt(birthDate, MITID_MINIMUM_AGE);
}

// ---- Documents ----------------------------------------------------------------------------------------------------

export type MitIdDocumentCombination = 'danish_photo_id' | 'foreign_id_with_supplement' | 'two_secondary';

export interface MitIdDocumentAssessment {
  /** The accepted combination, or null when the documents are not enough. */
  combination: MitIdDocumentCombination | null;
  /** Why not (empty when accepted). */
  problems: RuleProblem[];
}

const problem = (field: string, code: string, da: string, en: string): RuleProblem => ({ field, code, da, en });

/**
 * Whether the documents shown establish the identity (mitid.dk; aabenraa.dk; herning.dk): one Danish photo ID; or a
 * foreign passport or ID card together with a sundhedskort or bopælsattest; or two different documents without a
 * photo. One counted document must show the CPR number. Temporary documents do not count.
 */
export function assessDocuments(documents: readonly MitIdDocument[]): MitIdDocumentAssessment {
  const counted = documents.filter((d) => !d.temporary);
  const kinds = new Set(counted.map((d) => d.kind));
  const has = (list: readonly MitIdDocumentKind[]) => list.some((k) => kinds.has(k));
  const secondary = SECONDARY_DOCUMENTS.filter((k) => kinds.has(k));
  const combination: MitIdDocumentCombination | null = has(DANISH_PHOTO_IDS)
    ? 'danish_photo_id'
    : has(FOREIGN_PHOTO_IDS) && has(FOREIGN_ID_SUPPLEMENTS)
      ? 'foreign_id_with_supplement'
      : secondary.length >= 2
        ? 'two_secondary'
        : null;
  const problems: RuleProblem[] = [];
  if (documents.some((d) => d.temporary)) {
    problems.push(
      problem(
        '/documents',
        'temporary-document',
        'Midlertidige dokumenter kan ikke bruges som legitimation til MitID.',
        'Temporary documents are not accepted.',
      ),
    );
  }
  if (!combination) {
    if (counted.length === 0) {
      problems.push(problem('/documents', 'no-documents', 'Borgeren har ikke vist gyldig legitimation.', 'No valid ID has been shown.'));
    } else if (has(FOREIGN_PHOTO_IDS)) {
      problems.push(
        problem(
          '/documents',
          'foreign-id-needs-supplement',
          'Et udenlandsk pas eller ID-kort skal suppleres med sundhedskort eller bopælsattest.',
          'A foreign passport or ID card must come with a health card or certificate of residence.',
        ),
      );
    } else {
      problems.push(
        problem(
          '/documents',
          'one-secondary-not-enough',
          'Uden dansk billedlegitimation skal borgeren vise to forskellige dokumenter, fx sundhedskort og dåbsattest.',
          'Without Danish photo ID, two different documents are needed.',
        ),
      );
    }
  }
  if (combination && !counted.some((d) => d.showsCpr)) {
    problems.push(
      problem(
        '/documents',
        'no-cpr-shown',
        'Ét af dokumenterne skal vise borgerens CPR-nummer.',
        'One of the documents must show the CPR number.',
      ),
    );
  }
  return { combination: problems.some((p) => p.code !== 'temporary-document') ? null : combination, problems };
}

// ---- Witness ------------------------------------------------------------------------------------------------------

/** The first day whose witness acts still count today: the window is `windowDays` days ending today. */
export const witnessWindowStart = (today: string, windowDays: number) => addCivilDays(today, -(windowDays - 1));

/** Witness acts on dates inside the window ending today. */
export const witnessActsInWindow = (actDates: readonly string[], today: string, windowDays: number) => {
  const start = witnessWindowStart(today, windowDays);
  return actDates.filter((d) => d >= start && d <= today).length;
};

export interface WitnessFacts {
  birthDate: string;
  isApplicant: boolean;
  /** When the witness first got MitID; null when they have none. */
  mitidHolderSince: string | null;
  photoIdShown: boolean;
  mitidConfirmed: boolean;
  /** Witness acts already counted in the window (see `witnessActsInWindow`). */
  actsInWindow: number;
}

/**
 * Why this person cannot be a witness today (mitid.dk): 18 or older, has had MitID for more than the configured
 * number of days, brings photo ID and their own MitID, and has not already been witness the maximum number of times
 * within the window. Someone cannot witness for themselves.
 */
export function witnessProblems(w: WitnessFacts, today: string, rules: MitIdRuleValues): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (w.isApplicant) {
    problems.push(
      problem(
        '/witnessCpr',
        'witness-is-applicant',
        'Borgeren kan ikke være vidne for sig selv.',
        'The citizen cannot be their own witness.',
      ),
    );
    return problems;
  }
  if (ageOn(w.birthDate, today) < WITNESS_MINIMUM_AGE) {
    problems.push(problem('/witnessCpr', 'witness-under-18', 'Vidnet skal være fyldt 18 år.', 'The witness must be 18 or older.'));
  }
  if (w.mitidHolderSince === null) {
    problems.push(problem('/witnessCpr', 'witness-no-mitid', 'Vidnet har ikke MitID.', 'The witness has no MitID.'));
  } else if (civilDaysBetween(w.mitidHolderSince, today) <= rules.witnessMinMitidDays) {
    problems.push(
      problem(
        '/witnessCpr',
        'witness-mitid-too-new',
        `Vidnet skal have haft MitID i mere end ${rules.witnessMinMitidDays} dage.`,
        `The witness must have had MitID for more than ${rules.witnessMinMitidDays} days.`,
      ),
    );
  }
  if (!w.photoIdShown) {
    problems.push(
      problem(
        '/witnessPhotoIdShown',
        'witness-photo-id-required',
        'Vidnet skal vise billedlegitimation.',
        'The witness must show photo ID.',
      ),
    );
  }
  if (!w.mitidConfirmed) {
    problems.push(
      problem(
        '/witnessMitIdConfirmed',
        'witness-mitid-required',
        'Vidnet skal bekræfte med sit eget MitID.',
        'The witness must confirm with their own MitID.',
      ),
    );
  }
  if (w.actsInWindow >= rules.witnessMaxActs) {
    problems.push(
      problem(
        '/witnessCpr',
        'witness-limit-reached',
        `Vidnet har allerede været vidne ${w.actsInWindow} gange inden for ${rules.witnessWindowDays} dage. Højst ${rules.witnessMaxActs} gange er tilladt.`,
        `The witness has already witnessed ${w.actsInWindow} times within ${rules.witnessWindowDays} days (at most ${rules.witnessMaxActs}).`,
      ),
    );
  }
  return problems;
}

// ---- Steps and decision -------------------------------------------------------------------------------------------

export function mitidApplicantProblems(data: MitIdApplicantData): RuleProblem[] {
  if (data.applicantType !== 'in_person' && !data.representativeName?.trim()) {
    return [
      problem(
        '/representativeName',
        'representative-name-required',
        'Skriv navnet på den, der møder op på borgerens vegne.',
        'Give the name of the person at the counter.',
      ),
    ];
  }
  return [];
}

/** What the saved steps lead to. A refusal needs only the steps up to the first that refuses. */
export type MitIdAssessment =
  | { outcome: 'incomplete'; problems: RuleProblem[] }
  | { outcome: 'refuse'; reasons: MitIdRefusalReason[] }
  | { outcome: 'issue'; authenticator: MitIdAuthenticator; combination: MitIdDocumentCombination; method: MitIdVerificationData['method'] };

export interface MitIdApplication {
  applicant?: MitIdApplicantData;
  documents?: MitIdDocumentsData;
  verification?: MitIdVerificationData;
  authenticator?: MitIdAuthenticatorData;
}

/** The refusal reasons one saved step gives. */
function reasonsOf(step: MitIdStep, app: MitIdApplication): MitIdRefusalReason[] {
  if (step === 'applicant' && app.applicant) {
    return [
      ...(app.applicant.applicantType !== 'in_person' ? (['representative'] as const) : []),
      ...(!app.applicant.canUseMitIdAlone ? (['cannot_use_alone'] as const) : []),
    ];
  }
  if (step === 'documents' && app.documents) {
    return [
      ...(assessDocuments(app.documents.documents).combination === null ? (['documents_insufficient'] as const) : []),
      ...(app.documents.identityDoubt?.trim() ? (['identity_uncertain'] as const) : []),
    ];
  }
  if (step === 'verification' && app.verification?.method === 'control_questions' && !app.verification.controlQuestionsPassed) {
    return ['identity_uncertain'];
  }
  return [];
}

/**
 * Issue, refuse (afslag) or name what is missing. The steps are walked in order: a step that gives a refusal reason
 * decides the case as a refusal (with every reason the saved steps give); otherwise every step must be saved.
 * MitID is never issued through a representative (fuldmagt or værge), to someone who cannot use it alone, or when
 * the identity is uncertain (mitid.dk "afslag"; BEK om MitID §§ 3 og 8).
 */
export function assessMitId(app: MitIdApplication): MitIdAssessment {
  const reasons = new Set<MitIdRefusalReason>();
  for (const step of MITID_STEPS) {
    if (!app[step]) {
      if (reasons.size > 0) break;
      return { outcome: 'incomplete', problems: missingSteps(MITID_STEPS, MITID_STEP_TEXT, { ...app }) };
    }
    for (const reason of reasonsOf(step, app)) reasons.add(reason);
  }
  // Reasons of later saved steps count too (e.g. documents saved before the applicant step was changed).
  for (const step of MITID_STEPS) for (const reason of reasonsOf(step, app)) reasons.add(reason);
  if (reasons.size > 0)
    return { outcome: 'refuse', reasons: [...reasons].sort((a, b) => REASON_ORDER.indexOf(a) - REASON_ORDER.indexOf(b)) };
  const combination = assessDocuments(app.documents!.documents).combination!;
  return { outcome: 'issue', authenticator: app.authenticator!.authenticator, combination, method: app.verification!.method };
}

const REASON_ORDER: readonly MitIdRefusalReason[] = ['representative', 'cannot_use_alone', 'documents_insufficient', 'identity_uncertain'];
