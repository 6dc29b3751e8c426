import type { RuleProblem } from '../digital-post/rules.ts';
import { formatDanishDate } from '../cases/danish-date.ts';

/**
 * Kørekort renewal (fornyelse) or duplicate at Borgerservice (domain.md §4; fstyr.dk, furesoe.dk,
 * mig.stevns.gopublic.dk): in person with photo, the old licence and ID; renewal at most 3 months before expiry;
 * fees from a fee table by year; renewal free when the licence is time-limited for health reasons.
 */
export const DRIVING_LICENCE_STEPS = ['request', 'identification', 'payment'] as const;
export type DrivingLicenceStep = (typeof DRIVING_LICENCE_STEPS)[number];

export const DRIVING_LICENCE_STEP_TEXT: Record<DrivingLicenceStep, string> = {
  request: 'Fornyelse eller duplikat',
  identification: 'Foto, legitimation og gammelt kørekort',
  payment: 'Gebyr',
};

export type DrivingLicenceKind = 'renewal' | 'duplicate';
export const DRIVING_LICENCE_KINDS: readonly DrivingLicenceKind[] = ['renewal', 'duplicate'];
export type DuplicateReason = 'lost' | 'damaged';
export const DUPLICATE_REASONS: readonly DuplicateReason[] = ['lost', 'damaged'];
export type LicencePhoto = 'brought' | 'taken_here';
export const LICENCE_PHOTOS: readonly LicencePhoto[] = ['brought', 'taken_here'];
export type LicenceIdDocument = 'pas' | 'koerekort' | 'sundhedskort';
export const LICENCE_ID_DOCUMENTS: readonly LicenceIdDocument[] = ['pas', 'koerekort', 'sundhedskort'];

export const DRIVING_LICENCE_KIND_TEXT: Record<DrivingLicenceKind, { da: string; en: string }> = {
  renewal: { da: 'Fornyelse af kørekort', en: 'Driving licence renewal' },
  duplicate: { da: 'Duplikat af kørekort', en: 'Duplicate driving licence' },
};
export const DUPLICATE_REASON_TEXT: Record<DuplicateReason, { da: string; en: string }> = {
  lost: { da: 'Bortkommet eller stjålet', en: 'Lost or stolen' },
  damaged: { da: 'Beskadiget', en: 'Damaged' },
};
export const LICENCE_PHOTO_TEXT: Record<LicencePhoto, { da: string; en: string }> = {
  brought: { da: 'Medbragt foto', en: 'Photo brought' },
  taken_here: { da: 'Foto taget i Borgerservice', en: 'Photo taken at Borgerservice' },
};

/** Renewal is possible from this many months before the expiry date. */
export const RENEWAL_WINDOW_MONTHS = 3;

export interface DrivingLicenceRequestData {
  kind: DrivingLicenceKind;
  duplicateReason?: DuplicateReason;
  /**
   * Renewal only: the citizen declares the old licence lost (bortkommet). An expired licence cannot get a duplicate,
   * so without this an expired and lost licence could be neither renewed (nothing to hand in) nor replaced. The
   * renewal fee applies, not the duplicate's, and the old licence is recorded as lost.
   */
  lossDeclared?: boolean;
}

export interface DrivingLicenceIdentificationData {
  photo: LicencePhoto;
  idDocument: LicenceIdDocument;
  /** The old licence is handed in (renewal; a damaged licence). */
  oldLicenceHandedIn: boolean;
  /** A lægeattest (medical certificate) was handed in: required to renew a licence time-limited for health reasons. */
  medicalCertificate?: boolean;
}

export interface DrivingLicencePaymentData {
  paid: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The civil date `months` months before `date`, the day kept or moved to the month's last day (31 May → 28/29 Feb). */
export function civilMonthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The first day a licence expiring on `expiresOn` can be renewed. */
export const renewableFrom = (expiresOn: string) => civilMonthsBefore(expiresOn, RENEWAL_WINDOW_MONTHS);

const problem = (field: string, code: string, da: string, en: string): RuleProblem => ({ field, code, da, en });

/** Whether the request fits the licence on record today (both civil dates). */
export function licenceRequestProblems(data: DrivingLicenceRequestData, licence: { expiresOn: string }, today: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (data.kind === 'renewal') {
    if (data.duplicateReason)
      problems.push(
        problem(
          '/duplicateReason',
          'reason-only-for-duplicate',
          'En fornyelse har ingen duplikatgrund.',
          'A renewal has no duplicate reason.',
        ),
      );
    // Too early to renew stays too early when the licence is lost: a valid lost licence gets a duplicate.
    const from = renewableFrom(licence.expiresOn);
    if (today < from) {
      problems.push(
        problem(
          '/kind',
          'too-early-to-renew',
          `Kørekortet kan tidligst fornys 3 måneder før udløb, dvs. fra den ${formatDanishDate(from)} (det udløber den ${formatDanishDate(licence.expiresOn)}).`,
          `The licence can be renewed at most 3 months before expiry, from ${from}.`,
        ),
      );
    }
  } else {
    if (data.lossDeclared) {
      problems.push(
        problem(
          '/lossDeclared',
          'loss-declaration-only-for-renewal',
          'Erklæringen om bortkomst hører til en fornyelse. Et duplikat af et bortkommet kørekort har grunden "bortkommet".',
          'The loss declaration belongs to a renewal; a duplicate gives the reason "lost".',
        ),
      );
    }
    if (!data.duplicateReason)
      problems.push(
        problem(
          '/duplicateReason',
          'duplicate-reason-required',
          'Vælg, om kørekortet er bortkommet eller beskadiget.',
          'Choose whether the licence was lost or damaged.',
        ),
      );
    if (licence.expiresOn < today) {
      problems.push(
        problem(
          '/kind',
          'expired-needs-renewal',
          `Kørekortet udløb den ${formatDanishDate(licence.expiresOn)}. Der skal søges om fornyelse, ikke duplikat. Er det bortkommet, vælg fornyelse og lad borgeren erklære det bortkommet.`,
          'The licence has expired: renew it instead (with a loss declaration if it was lost).',
        ),
      );
    }
  }
  return problems;
}

/** The old licence is lost: a duplicate for a lost licence, or a renewal with the citizen's loss declaration. */
export const oldLicenceLost = (request: DrivingLicenceRequestData) =>
  request.kind === 'duplicate' ? request.duplicateReason === 'lost' : request.lossDeclared === true;

/** The old licence must be handed in, except when it is lost. */
export const oldLicenceRequired = (request: DrivingLicenceRequestData) => !oldLicenceLost(request);

/**
 * A lægeattest is needed to renew a licence time-limited for health reasons (domain.md §4: "lægeattest only in
 * certain cases"; the time limit is the doctor's). A duplicate keeps the old expiry date and needs none.
 */
export const medicalCertificateRequired = (request: DrivingLicenceRequestData, licence: { healthLimited: boolean }) =>
  request.kind === 'renewal' && licence.healthLimited;

export function licenceIdentificationProblems(
  data: DrivingLicenceIdentificationData,
  request: DrivingLicenceRequestData,
  licence: { healthLimited: boolean },
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (oldLicenceRequired(request) && !data.oldLicenceHandedIn) {
    problems.push(
      problem('/oldLicenceHandedIn', 'old-licence-required', 'Det gamle kørekort skal afleveres.', 'The old licence must be handed in.'),
    );
  }
  if (medicalCertificateRequired(request, licence) && data.medicalCertificate !== true) {
    problems.push(
      problem(
        '/medicalCertificate',
        'medical-certificate-required',
        'Kørekortet er tidsbegrænset af helbredsmæssige grunde: borgeren skal aflevere en lægeattest, før det kan fornys.',
        'The licence is time-limited for health reasons: the citizen must hand in a medical certificate before it can be renewed.',
      ),
    );
  }
  return problems;
}

export type LicenceFeeWaiver = 'health_limited';

/**
 * The fee-table code to charge, or the waiver: a renewal of a licence time-limited for health reasons is free
 * (fstyr.dk). A duplicate is charged even then.
 */
export function licenceFee(kind: DrivingLicenceKind, healthLimited: boolean): { code: DrivingLicenceKind } | { waiver: LicenceFeeWaiver } {
  return kind === 'renewal' && healthLimited ? { waiver: 'health_limited' } : { code: kind };
}

export function licencePaymentProblems(data: DrivingLicencePaymentData, feeOre: number): RuleProblem[] {
  if (feeOre > 0 && !data.paid)
    return [
      problem(
        '/paid',
        'payment-required',
        'Gebyret skal være betalt, før kørekortet bestilles.',
        'The fee must be paid before the licence is ordered.',
      ),
    ];
  return [];
}
