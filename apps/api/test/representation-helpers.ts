import { schema, type Database } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import type { As } from './queue-helpers.ts';

let serial = 0;

/** A person in the register to act as a representative (born in the 1900s; CPR digits 7–8 are "26", apart from other helpers'). */
export async function insertPerson(db: Database, givenNames: string, surname: string, birthDate = '1970-04-04') {
  const [y, m, d] = birthDate.split('-');
  for (;;) {
    serial += 1;
    const cpr = `${d}${m}${y!.slice(2)}26${String(serial).padStart(2, '0')}`;
    const [row] = await db
      .insert(schema.persons)
      .values({ cpr, givenNames, surname, municipalityId: DEMO.aarhus.id, street: 'Hjælpervej 2', postcode: '8000', city: 'Aarhus C' })
      .onConflictDoNothing()
      .returning({ id: schema.persons.id });
    if (row) return { id: row.id, cpr };
  }
}

const KIND = {
  power_of_attorney: { kind: 'digital_fuldmagt', scope: ['digital_post', 'self_service'], documentSeen: 'fuldmagt_digital' },
  guardian: { kind: 'vaerge', scope: ['both'], documentSeen: 'vaergebeskikkelse' },
} as const;

/** Records, as staff, that the representative may act for the citizen the way the applicant type needs. */
export async function recordRepresentation(
  as: As,
  citizenId: string,
  representativeCpr: string,
  applicantType: keyof typeof KIND,
  validFrom = '2020-01-01',
) {
  const response = await as({
    method: 'POST',
    url: `/api/citizens/${citizenId}/representations`,
    payload: { representativeCpr, validFrom, ...KIND[applicantType] },
  });
  if (response.statusCode !== 201) throw new Error(`recordRepresentation: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string };
}
