import type { DbOrTx } from '@skranke/db';
import type { GeoPoint, InsuranceGroup } from '@skranke/domain';

/** A general practice as the register hands it out. */
export interface Doctor {
  id: string;
  /** Ydernummer. */
  providerNumber: string;
  clinicName: string;
  doctorNames: string;
  address: { street: string; postcode: string; city: string };
  /** Kommunekode of the practice's address. */
  municipalityCode: string;
  location: GeoPoint;
  phone: string | null;
  openForNewPatients: boolean;
}

/** A practice with its straight-line distance from the citizen's home. */
export type DoctorNearby = Doctor & { distanceKm: number };

/** A citizen's sygesikring: group, chosen doctor (group 1), the 12-month rule's date and the current card's date. */
export interface HealthInsurance {
  personId: string;
  group: InsuranceGroup;
  doctor: Doctor | null;
  doctorSince: string | null;
  /** The day the group last changed; null when it never has (a first change is always allowed). */
  groupChangedOn: string | null;
  /** The day the current sundhedskort was issued; null when the citizen has had none. */
  cardIssuedOn: string | null;
}

/** What a change of doctor or group writes. */
export interface RecordDoctorChoice {
  personId: string;
  group: InsuranceGroup;
  /** Null for group 2. */
  doctorId: string | null;
  /** The day it takes effect (civil date). */
  on: string;
  groupChanged: boolean;
}

/**
 * The seam where the regions' doctor register (yderregister) and the sygesikring part of CPR plug in: the practices,
 * which of them a citizen may choose (open, within reach: @skranke/domain `doctorsWithinReach`), and a citizen's
 * group, doctor and card. Skranke ships `LocalDoctorRegister`, backed by its own tables (`doctors`, `health_insurance`);
 * registering a choice there does not tell the region.
 */
export interface DoctorRegister {
  findById(id: string): Promise<Doctor | null>;
  /** Every practice with its distance from `home`, nearest first (open or not). */
  nearby(home: GeoPoint): Promise<DoctorNearby[]>;
  /**
   * Where `home` comes from: until an address register with coordinates plugs in, the postal area's centre
   * (@skranke/domain `postcodeArea(postcode)`, which also gives the municipality code).
   *
   * The practices a citizen living at `home` in the municipality with `municipalityCode` may choose: open to new
   * patients and within 15 km (5 km in the Copenhagen area), nearest first.
   */
  withinReach(home: GeoPoint, municipalityCode: string): Promise<DoctorNearby[]>;
  /** The citizen's sygesikring; a citizen without a record is group 1 with no doctor and no card. */
  insuranceOf(personId: string): Promise<HealthInsurance>;
  /** Records a new doctor and/or group from `on`. */
  recordChoice(input: RecordDoctorChoice): Promise<void>;
  /** Records that a new health card was issued on `on`. */
  recordCardIssued(personId: string, on: string): Promise<void>;
}

/** Opens the register for one unit of work; a database-backed one reads and writes inside the caller's transaction. */
export type OpenDoctorRegister = (db: DbOrTx) => DoctorRegister;
