import type { DbOrTx } from '@skranke/db';
import type { ApplicantType, DigitalPostGrant, DigitalPostGround } from '@skranke/domain';

/** An exemption as a registry hands it out. */
export interface RegisteredExemption {
  id: string;
  personId: string;
  municipality: { code: string; name: string };
  caseId: string;
  applicantType: ApplicantType;
  grounds: DigitalPostGround[] | null;
  registeredAt: Date;
  registeredBy: { id: string; name: string };
  lapsesOnReturn: boolean;
  revokedAt: Date | null;
  revocationCaseId: string | null;
}

export interface RegisterExemption {
  personId: string;
  municipalityId: string;
  caseId: string;
  registeredBy: string;
  grant: DigitalPostGrant;
}

/**
 * The seam where the national Digital Post "Fritagelsesmodul" plugs in: registering and revoking an exemption, and
 * reading what is registered. Skranke ships `LocalDigitalPostRegistry`, backed by its own table only; a client of the
 * national module would implement the same interface. Callers hold a per-person lock (see `lockPerson`), so that a
 * check followed by a registration cannot race.
 */
export interface DigitalPostRegistry {
  /** The exemption neither revoked nor recorded as lapsed; whether it is still in force is `exemptionState`'s call. */
  current(personId: string): Promise<RegisteredExemption | null>;
  /** The exemption a case registered or revoked. */
  byCase(caseId: string): Promise<RegisteredExemption | null>;
  register(input: RegisterExemption): Promise<RegisteredExemption>;
  /**
   * Records that an emigration exemption has ended because the person came back: when a return is applied, with the
   * day it ended (the return's moving date) and why; without them when a later registration finds it lapsed.
   */
  markLapsed(exemptionId: string, ending?: { on: string; reason: string }): Promise<void>;
  revoke(exemptionId: string, by: { userId: string; revocationCaseId: string }): Promise<void>;
}

/** Opens the registry for one unit of work; a database-backed one writes inside the caller's transaction. */
export type OpenDigitalPostRegistry = (db: DbOrTx) => DigitalPostRegistry;
