import type { IdentityDocumentStatus } from '../documents/expiry.ts';
import type { OldPassportOutcome } from './codes.ts';

/** A passport as the identity-document register has it. */
export interface PassportOnRecord {
  documentNumber: string;
  issuedOn: string;
  expiresOn: string;
  status: IdentityDocumentStatus;
}

/**
 * Statuses of a passport that still belongs to the applicant: valid (also past its expiry date), recorded as expired,
 * or reported lost. Pasloven § 4 c doubles the fee when "et gyldigt eller udløbet pas tilhørende pasansøgeren" is not
 * shown; a passport handed in, cancelled (replaced) or revoked is no longer the applicant's to show.
 */
const STILL_THE_APPLICANTS: readonly IdentityDocumentStatus[] = ['valid', 'expired', 'lost'];

/**
 * The passport the applicant should bring: the newest passport on record (by date of issue), if it is still theirs.
 * Older passports were replaced by the newest one, so only it counts.
 */
export function passportToShow<T extends PassportOnRecord>(passports: readonly T[]): T | null {
  const newest = passports.reduce<T | null>((best, p) => (best === null || p.issuedOn > best.issuedOn ? p : best), null);
  return newest && STILL_THE_APPLICANTS.includes(newest.status) ? newest : null;
}

/**
 * The answers to "what about the old passport?" that agree with the register; the first is the one to prefill.
 * - Nothing to show on record: a first passport (`none`).
 * - Reported lost: `lost`.
 * - A passport that is still the applicant's: it is handed in, or (what the register cannot know) handed in damaged,
 *   not brought, or lost now.
 */
export function outcomesAgreeingWithRegister(onRecord: Pick<PassportOnRecord, 'status'> | null): readonly OldPassportOutcome[] {
  if (!onRecord) return ['none'];
  if (onRecord.status === 'lost') return ['lost'];
  return ['handed_in', 'damaged', 'missing', 'lost'];
}

/** The answer the old-passport step starts with, from the register. */
export const expectedOldPassportOutcome = (onRecord: Pick<PassportOnRecord, 'status'> | null): OldPassportOutcome =>
  outcomesAgreeingWithRegister(onRecord)[0]!;

/** Staff answered otherwise than the register says: a reason is then required. */
export const answerDiffersFromRegister = (onRecord: Pick<PassportOnRecord, 'status'> | null, outcome: OldPassportOutcome) =>
  !outcomesAgreeingWithRegister(onRecord).includes(outcome);

/**
 * Pasloven § 4 c (domain.md §4): the fee doubles when the applicant's valid or expired passport is not shown, or is
 * shown damaged. `lost`, `missing` and `damaged` say so themselves; `none` ("first passport") does too when the
 * register holds a passport that is still the applicant's, since that passport is then not shown. A real first
 * passport (nothing on record) and a passport handed in whole do not.
 */
export function feeDoubles(outcome: OldPassportOutcome, onRecord: Pick<PassportOnRecord, 'status'> | null = null): boolean {
  if (outcome === 'lost' || outcome === 'missing' || outcome === 'damaged') return true;
  return outcome === 'none' && onRecord !== null;
}

export function passportFee(
  baseAmountOre: number,
  outcome: OldPassportOutcome,
  onRecord: Pick<PassportOnRecord, 'status'> | null = null,
): { amountOre: number; doubled: boolean } {
  const doubled = feeDoubles(outcome, onRecord);
  return { amountOre: doubled ? 2 * baseAmountOre : baseAmountOre, doubled };
}

/** What becomes of the old passport on record when the new one is handed out (null: leave it as it is). */
export function oldPassportStatusAtHandOut(
  outcome: OldPassportOutcome,
  current: IdentityDocumentStatus,
): 'handed_in' | 'cancelled' | 'lost' | null {
  if (current !== 'valid' && current !== 'expired') return null; // already handed in, lost, cancelled or revoked
  if (outcome === 'handed_in' || outcome === 'damaged') return 'handed_in';
  if (outcome === 'lost') return 'lost';
  return 'cancelled'; // not brought, or answered as a first passport: the register must not keep it valid
}
