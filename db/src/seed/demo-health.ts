/**
 * The demo doctor register and the demo residents' sygesikring (group, doctor, health card), for the LocalDoctorRegister.
 * The practices are made up, placed at real-looking addresses in and around the demo municipalities (Aarhus, Vejle)
 * and a few in the Copenhagen area to show its 5 km reach. Some are closed to new patients and some lie just outside
 * reach, so a choice of doctor always has something to refuse. Dates are set relative to the day the seed first runs,
 * like the identity documents. Repeatable: fixed ids, existing rows left alone.
 */
import type { Tx } from '../index.ts';
import { doctors, healthInsurance } from '../schema/index.ts';
import { DEMO_PERSONS } from './demo-persons.ts';
import { copenhagenToday, shiftDate } from './identity-documents.ts';

type DoctorRow = typeof doctors.$inferInsert;
type PersonKey = keyof typeof DEMO_PERSONS;

const doctorId = (n: number) => `00000000-0000-4000-8034-${String(n).padStart(12, '0')}`;

const practice = (
  n: number,
  clinicName: string,
  doctorNames: string,
  [street, postcode, city]: [string, string, string],
  municipalityCode: string,
  [latitude, longitude]: [number, number],
  openForNewPatients = true,
): DoctorRow => ({
  id: doctorId(n),
  providerNumber: String(40000 + n * 37).padStart(6, '0'),
  clinicName,
  doctorNames,
  street,
  postcode,
  city,
  municipalityCode,
  latitude,
  longitude,
  phone: `86 ${String(10 + n).padStart(2, '0')} ${String(20 + n).padStart(2, '0')} ${String(30 + n).padStart(2, '0')}`,
  openForNewPatients,
});

/** The demo practices, by the name tests and docs use. */
export const DEMO_DOCTOR_ROWS = {
  jaegergaardsgade: practice(
    1,
    'Lægerne i Jægergårdsgade',
    'Læge Anne Holm og læge Peter Dam',
    ['Jægergårdsgade 64', '8000', 'Aarhus C'],
    '751',
    [56.15, 10.203],
  ),
  frederiksAlle: practice(
    2,
    'Lægehuset Frederiks Allé',
    'Læge Karin Juul',
    ['Frederiks Allé 55', '8000', 'Aarhus C'],
    '751',
    [56.1505, 10.201],
    false,
  ),
  troejborg: practice(
    3,
    'Trøjborg Lægehus',
    'Læge Jonas Bjerre og læge Maja Lund',
    ['Trøjborgvej 30', '8200', 'Aarhus N'],
    '751',
    [56.171, 10.207],
  ),
  randersvej: practice(4, 'Lægerne Randersvej', 'Læge Henrik Skov', ['Randersvej 140', '8200', 'Aarhus N'], '751', [56.178, 10.198]),
  hoejbjerg: practice(
    5,
    'Højbjerg Lægecenter',
    'Læge Lise Munk og læge Ole Krogh',
    ['Oddervej 60', '8270', 'Højbjerg'],
    '751',
    [56.117, 10.203],
  ),
  viby: practice(6, 'Viby Lægehus', 'Læge Bo Vinther', ['Skanderborgvej 190', '8260', 'Viby J'], '751', [56.126, 10.157], false),
  lystrup: practice(7, 'Lystrup Lægeklinik', 'Læge Mette Lykke', ['Lystrup Centervej 2', '8520', 'Lystrup'], '751', [56.237, 10.238]),
  brabrand: practice(8, 'Brabrand Lægehus', 'Læge Ahmed Hassan', ['Brabrand Hovedgade 20', '8220', 'Brabrand'], '751', [56.154, 10.11]),
  hinnerup: practice(9, 'Hinnerup Lægehus', 'Læge Tove Dam', ['Ådalsvej 10', '8382', 'Hinnerup'], '746', [56.266, 10.063]),
  daemningen: practice(
    10,
    'Lægerne Dæmningen',
    'Læge Jens Kjær og læge Sara Bech',
    ['Dæmningen 30', '7100', 'Vejle'],
    '630',
    [55.708, 9.533],
  ),
  horsensvej: practice(11, 'Vejle Lægehus', 'Læge Niels Juul', ['Horsensvej 20', '7100', 'Vejle'], '630', [55.714, 9.542], false),
  jelling: practice(12, 'Jelling Lægepraksis', 'Læge Hanne Gorm', ['Gormsgade 12', '7300', 'Jelling'], '630', [55.756, 9.42]),
  give: practice(13, 'Give Lægecenter', 'Læge Erik Torp', ['Torvegade 5', '7323', 'Give'], '630', [55.845, 9.239]),
  noerrebro: practice(14, 'Lægerne Nørrebrogade', 'Læge Yasmin Ali', ['Nørrebrogade 52', '2200', 'København N'], '101', [55.689, 12.556]),
  frederiksberg: practice(
    15,
    'Frederiksberg Lægehus',
    'Læge Poul Vang',
    ['Gammel Kongevej 120', '1850', 'Frederiksberg C'],
    '147',
    [55.678, 12.538],
  ),
  lyngby: practice(16, 'Lyngby Lægecenter', 'Læge Ditte Frost', ['Lyngby Hovedgade 50', '2800', 'Kongens Lyngby'], '173', [55.77, 12.504]),
} satisfies Record<string, DoctorRow>;

export const DEMO_DOCTORS = Object.fromEntries(Object.entries(DEMO_DOCTOR_ROWS).map(([key, row]) => [key, row.id!])) as Record<
  keyof typeof DEMO_DOCTOR_ROWS,
  string
>;

interface FixedInsurance {
  group: 1 | 2;
  doctor?: keyof typeof DEMO_DOCTOR_ROWS;
  /** Months before the seed day the group last changed; none: never changed. */
  groupChangedMonthsAgo?: number;
  /** Months before the seed day the current health card was issued. */
  cardMonthsAgo: number;
}

/**
 * Residents the tests and docs name. Residents not listed have no record yet: group 1, no doctor, no card (their
 * first card is free).
 */
const FIXED_INSURANCE: Partial<Record<PersonKey, FixedInsurance>> = {
  /** A card over 4 years old: a damaged one is replaced free; a lost one costs the fee. */
  nearPensionAarhus: { group: 1, doctor: 'hoejbjerg', cardMonthsAgo: 74 },
  /** A card 2 years old: a damaged one costs the fee. */
  familyFather: { group: 1, doctor: 'jaegergaardsgade', cardMonthsAgo: 24 },
  /** Changed to group 2 five months ago: the 12-month rule refuses a change back. */
  familyMother: { group: 2, groupChangedMonthsAgo: 5, cardMonthsAgo: 5 },
  childTwoHolders: { group: 1, doctor: 'jaegergaardsgade', cardMonthsAgo: 30 },
  childTwoHoldersYounger: { group: 1, doctor: 'jaegergaardsgade', cardMonthsAgo: 30 },
  /** Changed group over a year ago: may change again. */
  otherParent: { group: 1, doctor: 'troejborg', groupChangedMonthsAgo: 14, cardMonthsAgo: 14 },
  protectedAddress: { group: 1, doctor: 'randersvej', cardMonthsAgo: 40 },
  singleParent: { group: 1, doctor: 'daemningen', cardMonthsAgo: 60 },
  childOneHolder: { group: 1, doctor: 'daemningen', cardMonthsAgo: 60 },
  childAcrossMunicipalities: { group: 1, doctor: 'daemningen', cardMonthsAgo: 60 },
  nearPension: { group: 1, doctor: 'jelling', cardMonthsAgo: 90 },
  vejleResident: { group: 1, doctor: 'horsensvej', cardMonthsAgo: 12 },
};

/** Loads the demo practices and the named residents' sygesikring. */
export async function seedDemoHealth(tx: Tx, today = copenhagenToday()): Promise<void> {
  await tx.insert(doctors).values(Object.values(DEMO_DOCTOR_ROWS)).onConflictDoNothing();
  const rows = Object.entries(FIXED_INSURANCE).map(([key, fixed]) => ({
    personId: DEMO_PERSONS[key as PersonKey].id,
    insuranceGroup: fixed.group,
    doctorId: fixed.doctor ? DEMO_DOCTORS[fixed.doctor] : null,
    doctorSince: fixed.doctor ? shiftDate(today, -fixed.cardMonthsAgo) : null,
    groupChangedOn: fixed.groupChangedMonthsAgo === undefined ? null : shiftDate(today, -fixed.groupChangedMonthsAgo),
    cardIssuedOn: shiftDate(today, -fixed.cardMonthsAgo),
  }));
  await tx.insert(healthInsurance).values(rows).onConflictDoNothing();
}
