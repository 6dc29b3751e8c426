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

/** A move as the register records it for one person (the citizen, or a co-mover with `movedWithId`). */
export interface MoveRegistration {
  personId: string;
  movedWithId: string | null;
  caseId: string;
  municipalityId: string;
  kind: 'domestic' | 'emigration' | 'return';
  movingDate: string;
  reportedOn: string;
  late: boolean;
  /** Null when emigrating. */
  address: { street: string; postcode: string; city: string } | null;
  country: string | null;
  careOf: string | null;
  /** The logiværtserklæring seen: the host's name (null without c/o). */
  hostName: string | null;
  doctorChoice: 'keep' | 'new' | 'choose_later' | null;
  doctorId: string | null;
  /** What the move did to Digital Post (@skranke/domain `digitalPostOnMove`). */
  digitalPostEffect: string;
  registeredBy: string;
}

export interface RegisteredMove extends MoveRegistration {
  id: string;
  registeredAt: Date;
  /** When the move was applied to the person (the address in force); null while it waits for its moving date. */
  appliedAt: Date | null;
}

export interface AddressProtectionPeriod {
  id: string;
  personId: string;
  municipalityId: string;
  startsOn: string;
  endsOn: string;
  renewalOf: string | null;
  feeOre: number;
  endedOn: string | null;
  registeredAt: Date;
  registeredBy: { id: string; name: string };
}

export interface RobinsonRegistration {
  id: string;
  personId: string;
  registeredOn: string;
  effectiveBy: string;
  revokedOn: string | null;
  registeredAt: Date;
  registeredBy: { id: string; name: string };
}

/**
 * The write side of the person register: a move, name and address protection, Robinsonlisten. Skranke ships
 * `LocalPersonRegisterWriter` on its own tables; a client of the national CPR service would implement the same. A move
 * takes effect on its moving date (@skranke/domain `moveTakesEffect`): the reads of `PersonRegister`, and the
 * address comparisons here, show the old address until the move is applied.
 */
export interface PersonRegisterWriter {
  /** Whether two persons are registered at the same address today, compared inside the register (a protected address is not handed out). */
  sharesAddress(personId: string, otherId: string): Promise<boolean>;
  /** The others registered at the person's address today (who may move with them), compared inside the register. */
  coResidents(personId: string): Promise<RelatedPersonRecord[]>;
  /** The moves registered for the person on that date (to refuse a second, different one). */
  movesOn(personId: string, movingDate: string): Promise<RegisteredMove[]>;
  /** Records the move. The person's address is unchanged until the move is applied (`applyNextDueMove`). */
  registerMove(move: MoveRegistration): Promise<RegisteredMove>;
  /**
   * Applies the earliest move due by `today` (its moving date on or before it) that is not yet applied, of one person
   * or of anyone: the person's address (or emigration) changes and the move is marked applied. The moves of one person
   * are applied in moving-date order (a move waits while an earlier one of the same person is unapplied), and a move
   * another transaction is applying is skipped, so two callers never apply one move twice. Null when none is due.
   */
  applyNextDueMove(today: string, personId?: string): Promise<RegisteredMove | null>;
  /** The person's earliest move not yet applied (waiting for its moving date), if any. */
  pendingMove(personId: string): Promise<RegisteredMove | null>;
  movesByCase(caseId: string): Promise<RegisteredMove[]>;

  addressProtections(personId: string): Promise<AddressProtectionPeriod[]>;
  /** Records a period and marks the person protected. */
  setAddressProtection(input: {
    personId: string;
    municipalityId: string;
    startsOn: string;
    endsOn: string;
    renewalOf: string | null;
    feeOre: number;
    registeredBy: string;
  }): Promise<AddressProtectionPeriod>;
  /** Ends a period early and lifts the mark. */
  endAddressProtection(id: string, input: { endedOn: string; endedBy: string }): Promise<void>;
  /** Periods of the municipality's citizens in force whose last day falls within [from, to]. */
  expiringAddressProtections(municipalityId: string, from: string, to: string): Promise<Array<AddressProtectionPeriod & { name: string }>>;

  robinson(personId: string): Promise<RobinsonRegistration | null>;
  setRobinson(input: {
    personId: string;
    municipalityId: string;
    registeredOn: string;
    effectiveBy: string;
    registeredBy: string;
  }): Promise<RobinsonRegistration>;
  revokeRobinson(id: string, input: { revokedOn: string; revokedBy: string }): Promise<void>;
}

export type OpenPersonRegisterWriter = (db: DbOrTx) => PersonRegisterWriter;
