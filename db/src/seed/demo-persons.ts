/**
 * Synthetic demo residents for the local person register: about 240 people in Aarhus and Vejle, generated from a
 * fixed seed so every machine gets the same ones. The CPR numbers are made up; they follow the real rules (date,
 * century digit, modulus 11 for numbers of people born before October 2007) and may by chance equal a real person's
 * number, so they must never be used outside demo and test databases.
 */
import type { Tx } from '../index.ts';
import { custody, persons } from '../schema/index.ts';
import { AARHUS_AREAS, FLOORS, GIVEN_NAMES, MIDDLE_NAMES, SIDES, SURNAMES, VEJLE_AREAS, type PostalArea } from './demo-persons-data.ts';

type PersonRow = typeof persons.$inferInsert;
type Sex = 'male' | 'female';

const uuid = (n: number) => `00000000-0000-4000-8006-${String(n).padStart(12, '0')}`;
const SEED = 0x5c7a2e;
const TARGET_RESIDENTS = 240;

/** Mulberry32: a small 32-bit PRNG. Written out here so the sequence never changes with a library version. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Residents the tests and docs name: each shows one case the look-up must handle. Their numbers are written out
 * (the generated ones are checked against them for collisions).
 */
const FIXED = {
  familyFather: {
    n: 1,
    cpr: '1203840183',
    givenNames: 'Mads',
    surname: 'Kristensen',
    m: 'aarhus',
    address: ['Jægergårdsgade 41, 3. th.', '8000', 'Aarhus C'],
  },
  familyMother: {
    n: 2,
    cpr: '0509860114',
    givenNames: 'Sofie Bach',
    surname: 'Kristensen',
    m: 'aarhus',
    address: ['Jægergårdsgade 41, 3. th.', '8000', 'Aarhus C'],
  },
  /** Custody: both parents. */
  childTwoHolders: {
    n: 3,
    cpr: '2006144110',
    givenNames: 'Ida',
    surname: 'Kristensen',
    m: 'aarhus',
    address: ['Jægergårdsgade 41, 3. th.', '8000', 'Aarhus C'],
  },
  childTwoHoldersYounger: {
    n: 4,
    cpr: '0211194113',
    givenNames: 'Oscar',
    surname: 'Kristensen',
    m: 'aarhus',
    address: ['Jægergårdsgade 41, 3. th.', '8000', 'Aarhus C'],
  },
  singleParent: {
    n: 5,
    cpr: '1701901114',
    givenNames: 'Louise',
    surname: 'Mortensen',
    m: 'vejle',
    address: ['Dæmningen 58, 2. tv.', '7100', 'Vejle'],
  },
  /** Custody: one holder. */
  childOneHolder: {
    n: 6,
    cpr: '0804164113',
    givenNames: 'Alfred',
    surname: 'Mortensen',
    m: 'vejle',
    address: ['Dæmningen 58, 2. tv.', '7100', 'Vejle'],
  },
  /** Lives in Vejle with her mother; custody shared with her father in Aarhus. */
  childAcrossMunicipalities: {
    n: 7,
    cpr: '3008124110',
    givenNames: 'Freja',
    surname: 'Holm',
    m: 'vejle',
    address: ['Dæmningen 58, 2. tv.', '7100', 'Vejle'],
  },
  otherParent: {
    n: 8,
    cpr: '2609811113',
    givenNames: 'Jesper',
    surname: 'Holm',
    m: 'aarhus',
    address: ['Randersvej 212', '8200', 'Aarhus N'],
  },
  /** Born 1 January 1965: a number issued without a modulus-11 check digit, and valid. */
  modulus11Failing: {
    n: 9,
    cpr: '0101653112',
    givenNames: 'Katarzyna',
    surname: 'Nowak',
    m: 'aarhus',
    address: ['Silkeborgvej 300', '8230', 'Åbyhøj'],
  },
  emigrated: { n: 10, cpr: '1407921115', givenNames: 'Rasmus', surname: 'Thomsen', m: 'aarhus', emigrated: ['2023-08-01', 'Australien'] },
  noFixedAddress: { n: 11, cpr: '0302681325', givenNames: 'Bent', surname: 'Poulsen', m: 'aarhus' },
  /** Navne- og adressebeskyttelse. */
  protectedAddress: {
    n: 12,
    cpr: '2310792112',
    givenNames: 'Camilla',
    surname: 'Rasmussen',
    m: 'aarhus',
    protected: true,
    address: ['Trøjborgvej 12, 1. tv.', '8200', 'Aarhus N'],
  },
  /** An erstatningspersonnummer: day 10 + 60. */
  substituteNumber: {
    n: 13,
    cpr: '7005952322',
    givenNames: 'Lena',
    surname: 'Schmidt',
    m: 'vejle',
    address: ['Vestergade 9', '7100', 'Vejle'],
  },
  nearPension: {
    n: 14,
    cpr: '2211592322',
    givenNames: 'Grethe',
    surname: 'Møller',
    m: 'vejle',
    address: ['Gormsgade 7', '7300', 'Jelling'],
  },
  nearPensionAarhus: {
    n: 15,
    cpr: '0904611115',
    givenNames: 'Poul',
    surname: 'Hansen',
    m: 'aarhus',
    address: ['Oddervej 88', '8270', 'Højbjerg'],
  },
  vejleResident: {
    n: 16,
    cpr: '1506771117',
    givenNames: 'Søren',
    surname: 'Pedersen',
    m: 'vejle',
    address: ['Horsensvej 101', '7100', 'Vejle'],
  },
} satisfies Record<
  string,
  {
    n: number;
    cpr: string;
    givenNames: string;
    surname: string;
    m: 'aarhus' | 'vejle';
    address?: [string, string, string];
    emigrated?: [string, string];
    protected?: boolean;
  }
>;

const FIXED_CUSTODY: Array<[keyof typeof FIXED, keyof typeof FIXED]> = [
  ['childTwoHolders', 'familyFather'],
  ['childTwoHolders', 'familyMother'],
  ['childTwoHoldersYounger', 'familyFather'],
  ['childTwoHoldersYounger', 'familyMother'],
  ['childOneHolder', 'singleParent'],
  ['childAcrossMunicipalities', 'singleParent'],
  ['childAcrossMunicipalities', 'otherParent'],
];

export const DEMO_PERSONS = Object.fromEntries(Object.entries(FIXED).map(([key, p]) => [key, { id: uuid(p.n), cpr: p.cpr }])) as Record<
  keyof typeof FIXED,
  { id: string; cpr: string }
>;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => (m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
const pad2 = (n: number) => String(n).padStart(2, '0');

/** The 7th digits that give this birth year (the century table of cpr.dk). */
function centuryDigits(year: number): number[] {
  const yy = year % 100;
  if (year < 2000) return yy >= 37 ? [0, 1, 2, 3, 4, 9] : [0, 1, 2, 3];
  return yy <= 36 ? [4, 5, 6, 7, 8, 9] : [5, 6, 7, 8];
}

const MODULUS_11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2];

function generator(random: () => number, taken: Set<string>) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;

  function birthDate(fromYear: number, toYear: number) {
    const year = int(fromYear, toYear);
    const month = int(1, 12);
    return { year, month, day: int(1, daysInMonth(year, month)) };
  }

  /** A fresh number; before October 2007 numbers carried a modulus-11 check digit, so ours do as well. */
  function cpr(birth: { year: number; month: number; day: number }, sex: Sex): string {
    const datePart = `${pad2(birth.day)}${pad2(birth.month)}${pad2(birth.year % 100)}`;
    const withCheckDigit = birth.year * 100 + birth.month < 2007_10;
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const nine = `${datePart}${pick(centuryDigits(birth.year))}${pad2(int(0, 99))}`;
      let last: number;
      if (withCheckDigit) {
        const sum = MODULUS_11_WEIGHTS.reduce((acc, w, i) => acc + w * Number(nine[i]), 0);
        last = (11 - (sum % 11)) % 11;
        if (last === 10) continue;
      } else {
        last = int(0, 9);
      }
      if ((last % 2 === 1) !== (sex === 'male')) continue;
      const number = `${nine}${last}`;
      if (taken.has(number)) continue;
      taken.add(number);
      return number;
    }
    throw new Error('demo persons: no free CPR number for a birth date');
  }

  function givenName(year: number, sex: Sex) {
    const generation = year < 1965 ? GIVEN_NAMES.older : year < 2000 ? GIVEN_NAMES.middle : GIVEN_NAMES.young;
    const first = pick(generation[sex]);
    return chance(0.15) ? `${first} ${pick(MIDDLE_NAMES)}` : first;
  }

  function address(area: PostalArea): [string, string, string] {
    const house = `${pick(area.streets)} ${int(1, 140)}`;
    const street = area.flats && chance(0.7) ? `${house}, ${pick(FLOORS)} ${pick(SIDES)}` : house;
    return [street, area.postcode, area.city];
  }

  return { int, pick, chance, birthDate, cpr, givenName, address };
}

/** Every demo resident and custody link, the same on every run. */
export function buildDemoResidents(ids: { aarhus: string; vejle: string }) {
  const rows: PersonRow[] = [];
  const links: Array<{ childId: string; holderId: string }> = [];
  for (const p of Object.values(FIXED) as Array<(typeof FIXED)[keyof typeof FIXED]>) {
    const address = 'address' in p ? p.address : undefined;
    const emigrated = 'emigrated' in p ? p.emigrated : undefined;
    rows.push({
      id: uuid(p.n),
      cpr: p.cpr,
      givenNames: p.givenNames,
      surname: p.surname,
      municipalityId: ids[p.m],
      status: emigrated ? 'emigrated' : address ? 'active' : 'no_fixed_address',
      street: address?.[0] ?? null,
      postcode: address?.[1] ?? null,
      city: address?.[2] ?? null,
      addressProtected: 'protected' in p && p.protected,
      emigratedOn: emigrated?.[0] ?? null,
      emigratedTo: emigrated?.[1] ?? null,
    });
  }
  for (const [child, holder] of FIXED_CUSTODY) links.push({ childId: uuid(FIXED[child].n), holderId: uuid(FIXED[holder].n) });

  const g = generator(mulberry32(SEED), new Set(rows.map((r) => r.cpr)));
  let next = 1001;
  const households = { aarhus: 0, vejle: 0 };
  while (rows.length < TARGET_RESIDENTS) {
    const inAarhus = g.chance(0.62);
    // Postal areas in turn, so every postcode of the municipality has residents.
    const areas = inAarhus ? AARHUS_AREAS : VEJLE_AREAS;
    const [street, postcode, city] = g.address(areas[households[inAarhus ? 'aarhus' : 'vejle']++ % areas.length]!);
    const surname = g.pick(SURNAMES);
    const resident = (birth: { year: number; month: number; day: number }, sex: Sex, ownSurname = surname) => {
      const id = uuid(next++);
      rows.push({
        id,
        cpr: g.cpr(birth, sex),
        givenNames: g.givenName(birth.year, sex),
        surname: ownSurname,
        municipalityId: inAarhus ? ids.aarhus : ids.vejle,
        status: 'active',
        street,
        postcode,
        city,
      });
      return id;
    };
    const sex = (): Sex => (g.chance(0.5) ? 'female' : 'male');
    const partnerSex = (s: Sex): Sex => (g.chance(0.9) ? (s === 'male' ? 'female' : 'male') : s);
    const partnerSurname = () => (g.chance(0.5) ? surname : g.pick(SURNAMES));

    const household = g.int(1, 100);
    if (household <= 25) {
      resident(g.birthDate(1945, 2004), sex());
    } else if (household <= 45) {
      const s = sex();
      resident(g.birthDate(1950, 2000), s);
      resident(g.birthDate(1950, 2000), partnerSex(s), partnerSurname());
    } else if (household <= 83) {
      const single = household > 73;
      const s = sex();
      const first = g.birthDate(1976, 1996);
      const holders = [resident(first, s)];
      if (!single) holders.push(resident(g.birthDate(1975, 1995), partnerSex(s), partnerSurname()));
      const children = g.int(1, single ? 2 : 3);
      for (let c = 0; c < children; c++) {
        // Born to a parent aged 20–42, and a minor (custody ends at 18).
        const childId = resident(g.birthDate(Math.max(2009, first.year + 20), Math.min(2025, first.year + 42)), sex());
        // Now and then a step-parent: the partner lives there but holds no custody.
        const childHolders = !single && g.chance(0.15) ? holders.slice(0, 1) : holders;
        for (const holderId of childHolders) links.push({ childId, holderId });
      }
    } else {
      // Elderly, half of them born 1958–1963 and so near folkepension age.
      const born = () => (g.chance(0.5) ? g.birthDate(1958, 1963) : g.birthDate(1935, 1957));
      const s = sex();
      resident(born(), s);
      if (household > 92) resident(born(), partnerSex(s), partnerSurname());
    }
  }
  return { rows, links };
}

/** Inserts the demo residents. Repeatable: fixed ids, existing rows are left alone. */
export async function seedDemoPersons(tx: Tx, ids: { aarhus: string; vejle: string }): Promise<void> {
  const { rows, links } = buildDemoResidents(ids);
  for (let i = 0; i < rows.length; i += 100)
    await tx
      .insert(persons)
      .values(rows.slice(i, i + 100))
      .onConflictDoNothing();
  await tx.insert(custody).values(links).onConflictDoNothing();
}
