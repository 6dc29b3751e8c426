import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { ADDRESS_CHANGE_KINDS, DOCTOR_CHOICES, type AddressChangeStep } from '@skranke/domain';
import { CivilDate, literals, Uuid } from './common.ts';
import { RelatedCitizen } from './citizens.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

// The code lists are @skranke/domain's (address-change/rules.ts).
export const AddressChangeKind = literals(ADDRESS_CHANGE_KINDS);
export const DoctorChoice = literals(DOCTOR_CHOICES);

/** The logiværtserklæring seen at the counter (a fact seen: no copy is kept). */
export const HostDeclaration = Type.Object(
  {
    hostName: Text(200),
    hostLivesThere: Type.Boolean({ description: 'The declaration says the host lives at the address' }),
    seen: Type.Boolean({ description: 'The signed declaration was shown' }),
  },
  { additionalProperties: false },
);

/** Step `address`: the kind of move and the new address (a country when emigrating); c/o needs the host's declaration. */
export const AddressChangeAddressStep = Type.Object(
  {
    kind: AddressChangeKind,
    street: Type.Optional(Text(200)),
    postcode: Type.Optional(Type.String({ maxLength: 4 })),
    city: Type.Optional(Text(100)),
    country: Type.Optional(Text(100)),
    careOf: Type.Optional(Text(200)),
    hostDeclaration: Type.Optional(HostDeclaration),
  },
  { additionalProperties: false },
);
/** Step `date`: the moving date, at most 4 weeks ahead; more than 5 days ago is late (the fine is told). */
export const AddressChangeDateStep = Type.Object({ movingDate: CivilDate }, { additionalProperties: false });
/** Step `movers`: who moves with the citizen (uuid), each at the same address or a child in custody of a mover. */
export const AddressChangeMoversStep = Type.Object(
  { coMovers: Type.Array(Uuid, { uniqueItems: true, maxItems: 20 }) },
  { additionalProperties: false },
);
/** Step `doctor`: keep the current doctor (within reach), a new one offered, or choose later. */
export const AddressChangeDoctorStep = Type.Object(
  { choice: DoctorChoice, doctorId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export type AddressChangeAddressStep = Static<typeof AddressChangeAddressStep>;
export type AddressChangeDateStep = Static<typeof AddressChangeDateStep>;
export type AddressChangeMoversStep = Static<typeof AddressChangeMoversStep>;
export type AddressChangeDoctorStep = Static<typeof AddressChangeDoctorStep>;

export const ADDRESS_CHANGE_STEP_SCHEMAS = {
  address: AddressChangeAddressStep,
  date: AddressChangeDateStep,
  movers: AddressChangeMoversStep,
  doctor: AddressChangeDoctorStep,
} as const satisfies Record<AddressChangeStep, TSchema>;

export const StartAddressChangeBody = Type.Object({ ticketId: Type.Optional(Uuid) }, { additionalProperties: false });
export type StartAddressChangeBody = Static<typeof StartAddressChangeBody>;

const Notice = Type.Object({ da: Type.String(), en: Type.String() });

export const AddressChangeOutcome = Type.Object({
  /** Reported late (more than 5 days after the move): what the citizen is told about the 600 kr fine. */
  lateReport: Nullable(
    Type.Object({
      late: Type.Boolean(),
      deadline: CivilDate,
      fineKr: Type.Integer(),
      da: Nullable(Type.String()),
      en: Nullable(Type.String()),
    }),
  ),
  /** What the move does to Digital Post (emigration ends the duty; return: subject again unless exempt). */
  digitalPost: Nullable(Type.Object({ effect: Type.String(), da: Type.String(), en: Type.String() })),
  /** The co-movers as the register names them (CPR masked). */
  coMovers: Type.Array(RelatedCitizen),
  /** The doctor chosen, once the step is saved; `doctorName` when a new one was chosen and the register knows it. */
  doctor: Nullable(Type.Object({ choice: DoctorChoice, doctorId: Nullable(Uuid), doctorName: Nullable(Type.String()) })),
  /** When the move was registered (completed case). */
  registeredAt: Nullable(DateTime),
  /** When it took effect in the register; null while it waits for its moving date (or before completion). */
  appliedAt: Nullable(DateTime),
  notices: Type.Array(Notice),
});
export type AddressChangeOutcome = Static<typeof AddressChangeOutcome>;

/** Someone who may move with the citizen: registered at the same address, or a child in the citizen's custody. */
export const CoMoverCandidate = Type.Object({
  ...RelatedCitizen.properties,
  reason: Type.Union([Type.Literal('same_address'), Type.Literal('child')]),
});
export const CoMoverCandidates = Type.Object({ candidates: Type.Array(CoMoverCandidate) });
export type CoMoverCandidates = Static<typeof CoMoverCandidates>;

const DoctorOption = Type.Object({
  id: Uuid,
  clinicName: Type.String(),
  doctorNames: Type.String(),
  address: Type.String(),
  /** Straight line from the new address's postal area (approximate). */
  distanceKm: Type.Number(),
});

/** The doctor step's choices near the NEW address: the current doctor (kept when within reach) and those open to new patients. */
export const AddressChangeDoctorOptions = Type.Object({
  /** False when the new postcode is not in the register's postal areas (or emigrating): then only "choose later". */
  areaKnown: Type.Boolean(),
  reachKm: Nullable(Type.Number()),
  current: Nullable(Type.Object({ ...DoctorOption.properties, withinReach: Type.Boolean() })),
  offered: Type.Array(DoctorOption),
});
export type AddressChangeDoctorOptions = Static<typeof AddressChangeDoctorOptions>;

// Navne- og adressebeskyttelse and Robinsonlisten (short forms on the citizen page).

const StaffRef = Type.Object({ id: Uuid, name: Type.String() });

export const AddressProtection = Type.Object({
  id: Uuid,
  startsOn: CivilDate,
  /** The last day of the year of protection. */
  endsOn: CivilDate,
  /** The day it lapses unless renewed (the day after `endsOn`). */
  renewalDate: CivilDate,
  endedOn: Nullable(CivilDate),
  inForce: Type.Boolean(),
  /** Always 0: free in Denmark (no fee table holds it). */
  feeOre: Type.Integer({ minimum: 0 }),
  registeredAt: DateTime,
  registeredBy: StaffRef,
});
export type AddressProtection = Static<typeof AddressProtection>;

export const RobinsonStatus = Type.Object({
  id: Uuid,
  registeredOn: CivilDate,
  /** In effect at the latest on this date (within up to 3 months); until revoked. */
  effectiveBy: CivilDate,
  registeredAt: DateTime,
  registeredBy: StaffRef,
});

export const CitizenProtections = Type.Object({
  /** The latest period not ended early (in force, or ahead, or lapsed); null when none. */
  addressProtection: Nullable(AddressProtection),
  /** The registration on Robinsonlisten not revoked; null when none. */
  robinson: Nullable(RobinsonStatus),
});
export type CitizenProtections = Static<typeof CitizenProtections>;

export const EmptyBody = Type.Object({}, { additionalProperties: false });

export const ExpiringAddressProtections = Type.Object({
  /** The window asked about: renewal dates from today up to 30 days ahead. */
  from: CivilDate,
  to: CivilDate,
  protections: Type.Array(
    Type.Object({ citizen: Type.Object({ id: Uuid, name: Type.String() }), endsOn: CivilDate, renewalDate: CivilDate }),
  ),
});
export type ExpiringAddressProtections = Static<typeof ExpiringAddressProtections>;

/** Audit actions about citizens written by the flytning case and the short forms, in words for the log extract. */
export const ADDRESS_AUDIT_ACTIONS = {
  'address-change.co-mover-read': { da: 'Opslag som medflytter', en: 'Looked up as a co-mover' },
  'address-change.co-mover-move': { da: 'Flytning registreret som medflytter', en: 'Move registered as a co-mover' },
  'address-change.doctor-options': { da: 'Læger nær den nye adresse vist', en: 'Doctors near the new address viewed' },
  'address-change.move': { da: 'Flytning registreret', en: 'Move registered' },
  'address-change.move-applied': { da: 'Flytning trådt i kraft i folkeregistret', en: 'Move took effect in the register' },
  'digital-post.exemption-lapsed': {
    da: 'Fritagelse for Digital Post bortfaldet ved indrejse',
    en: 'Digital Post exemption lapsed on return',
  },
  'protection.read': { da: 'Adressebeskyttelse og Robinsonlisten vist', en: 'Address protection and Robinson list viewed' },
  'protection.register': { da: 'Navne- og adressebeskyttelse registreret', en: 'Name and address protection registered' },
  'protection.renew': { da: 'Navne- og adressebeskyttelse fornyet', en: 'Name and address protection renewed' },
  'protection.end': { da: 'Navne- og adressebeskyttelse ophævet', en: 'Name and address protection ended' },
  'protection.expiring-list': { da: 'Vist i oversigt over udløbende adressebeskyttelser', en: 'Listed among expiring protections' },
  'robinson.register': { da: 'Tilmeldt Robinsonlisten', en: 'Added to the Robinson list' },
  'robinson.revoke': { da: 'Afmeldt Robinsonlisten', en: 'Removed from the Robinson list' },
} as const;
