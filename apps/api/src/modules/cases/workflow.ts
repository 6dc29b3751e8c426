import type { AddressChangeOutcome, PassportOutcome } from '@skranke/contracts';
import type { CaseType, DigitalPostExemption, DrivingLicenceOutcome, MitIdOutcome, SelfServiceDecision } from '@skranke/contracts';
import type { DoctorChangeOutcome, HealthCardOutcome } from '@skranke/contracts';
import type { Tx } from '@skranke/db';
import type { CaseAction } from '@skranke/domain';
import type { PersonRecord } from '../../floor/registers/person-register.ts';
import type { Staff } from '../../floor/staff.ts';
import type { CaseRow } from './cases.repository.ts';

export interface StartContext {
  tx: Tx;
  staff: Staff;
  person: PersonRecord;
}

export interface CaseContext extends StartContext {
  caseRow: CaseRow;
}

/** The case's outcome as the API shows it; each workflow fills its own field, the others answer null. */
export interface CaseOutcome {
  digitalPostExemption?: DigitalPostExemption | null;
  selfServiceDecision?: SelfServiceDecision | null;
  passport?: PassportOutcome | null;
  mitid?: MitIdOutcome | null;
  drivingLicence?: DrivingLicenceOutcome | null;
  healthCard?: HealthCardOutcome | null;
  doctorChange?: DoctorChangeOutcome | null;
  addressChange?: AddressChangeOutcome | null;
}

/**
 * One guided workflow on top of the generic case machinery (cases.service.ts): its steps, how each step is validated,
 * what completing it registers, and the receipt. Passport, driving licence and MitID will each add one.
 */
export interface CaseWorkflow {
  type: CaseType;
  steps: readonly string[];
  /** Refuses a new case, e.g. for someone already exempt (409). */
  checkStart(ctx: StartContext): Promise<void>;
  /** Checks one step's data (shape, then rules) against the steps saved so far; returns what is stored. */
  validateStep(
    step: string,
    data: unknown,
    ctx: StartContext & { stepData: Record<string, unknown>; caseId?: string },
  ): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** How completing moves the case: `complete` (the default) or `refuse` when the decision is an afslag. */
  completionAction?(caseRow: CaseRow): CaseAction;
  /** Decides and registers; throws 409 with what is missing. Runs in the transaction that marks the case completed. */
  complete(ctx: CaseContext): Promise<void>;
  outcome(ctx: CaseContext): Promise<CaseOutcome>;
  /** The receipt (kvittering) of a completed case, or the decision letter (afgørelse) of a refused one, as PDF. */
  document(ctx: CaseContext): Promise<Uint8Array>;
}
