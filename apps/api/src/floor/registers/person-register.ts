import type { CitizenStatus } from '@skranke/contracts';
import type { DbOrTx } from '@skranke/db';

/** A person as a register hands it out. The address is already withheld when it is protected. */
export interface PersonRecord {
  /** Opaque, stable id: what URLs and audit records name instead of the CPR number. */
  id: string;
  /** Ten digits, no dash. */
  cpr: string;
  givenNames: string;
  surname: string;
  /** Municipality of residence (for an emigrated person, the last one). */
  municipality: { code: string; name: string };
  status: CitizenStatus;
  addressProtected: boolean;
  /** Null when protected, emigrated or without a fixed address. */
  address: { street: string; postcode: string; city: string } | null;
  emigration: { date: string; country: string } | null;
}

export type RelatedPersonRecord = Pick<PersonRecord, 'id' | 'cpr' | 'givenNames' | 'surname'>;

/**
 * The seam where a person register plugs in. Skranke ships `LocalPersonRegister`, backed by its own tables; a client
 * of the national CPR service would implement the same interface (keeping a local id per person, since the CPR
 * number must not be the key in URLs and audit records).
 */
export interface PersonRegister {
  findByCpr(cpr: string): Promise<PersonRecord | null>;
  findById(id: string): Promise<PersonRecord | null>;
  /** Who holds custody (forældremyndighed) of the person, and whom the person holds custody of. */
  findCustody(id: string): Promise<{ holders: RelatedPersonRecord[]; children: RelatedPersonRecord[] }>;
}

/**
 * Opens the register for one unit of work. A register backed by the database reads inside the caller's
 * transaction, so a read and its audit record stand or fall together; a remote register may ignore the handle.
 */
export type OpenPersonRegister = (db: DbOrTx) => PersonRegister;
