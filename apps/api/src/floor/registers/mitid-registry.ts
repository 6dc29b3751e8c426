import type { DbOrTx } from '@skranke/db';
import type { MitIdAuthenticator } from '@skranke/domain';

/** A MitID as a registry hands it out. Dates are civil dates (YYYY-MM-DD). */
export interface IssuedMitId {
  id: string;
  personId: string;
  authenticator: MitIdAuthenticator;
  issuedOn: string;
  /** When the person first got MitID (kept across replacements): what a witness's MitID age is counted from. */
  holderSince: string;
  caseId: string | null;
  replacedAt: Date | null;
  /** Issued in place of a MitID the person already had. */
  replacedEarlier: boolean;
}

export interface IssueMitId {
  personId: string;
  municipalityId: string;
  caseId: string;
  issuedBy: string;
  authenticator: MitIdAuthenticator;
  issuedOn: string;
}

/**
 * The seam where the national MitID registration service plugs in: a person's current MitID (a witness must have
 * had one for a number of days) and issuing one after an identity check. Skranke ships `LocalMitIdRegistry`, backed
 * by its own `mitid_identities` table only; issuing there creates no real MitID.
 */
export interface MitIdRegistry {
  current(personId: string): Promise<IssuedMitId | null>;
  byCase(caseId: string): Promise<IssuedMitId | null>;
  /** Issues a MitID; one the person already has is replaced (its holder-since date carries over). */
  issue(input: IssueMitId): Promise<{ issued: IssuedMitId; replaced: IssuedMitId | null }>;
}

/** Opens the registry for one unit of work; a database-backed one writes inside the caller's transaction. */
export type OpenMitIdRegistry = (db: DbOrTx) => MitIdRegistry;
