import { schema, type DbOrTx } from '@skranke/db';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { OpenPersonRegister, PersonRecord, PersonRegister, RelatedPersonRecord } from './person-register.ts';

const { persons, custody, municipalities } = schema;

// A protected address does not leave the database: the query itself withholds it.
const unlessProtected = (column: AnyPgColumn) => sql<string | null>`case when ${persons.addressProtected} then null else ${column} end`;

const personColumns = {
  id: persons.id,
  cpr: persons.cpr,
  givenNames: persons.givenNames,
  surname: persons.surname,
  municipalityCode: municipalities.code,
  municipalityName: municipalities.name,
  status: persons.status,
  addressProtected: persons.addressProtected,
  street: unlessProtected(persons.street),
  postcode: unlessProtected(persons.postcode),
  city: unlessProtected(persons.city),
  emigratedOn: persons.emigratedOn,
  emigratedTo: persons.emigratedTo,
};

const relatedColumns = { id: persons.id, cpr: persons.cpr, givenNames: persons.givenNames, surname: persons.surname };

/**
 * LocalPersonRegister: backed by Skranke's own `persons` and `custody` tables (synthetic demo residents), not by the
 * national CPR register. The CPR number is national, so look-ups are not limited to one municipality.
 */
export function createLocalPersonRegister(db: DbOrTx): PersonRegister {
  async function findOne(where: SQL) {
    const [row] = await db
      .select(personColumns)
      .from(persons)
      .innerJoin(municipalities, eq(municipalities.id, persons.municipalityId))
      .where(where);
    if (!row) return null;
    const { street, postcode, city, emigratedOn, emigratedTo } = row;
    const record: PersonRecord = {
      id: row.id,
      cpr: row.cpr,
      givenNames: row.givenNames,
      surname: row.surname,
      municipality: { code: row.municipalityCode, name: row.municipalityName },
      status: row.status,
      addressProtected: row.addressProtected,
      address: street && postcode && city ? { street, postcode, city } : null,
      emigration: emigratedOn && emigratedTo ? { date: emigratedOn, country: emigratedTo } : null,
    };
    return record;
  }

  return {
    findByCpr: (cpr) => findOne(eq(persons.cpr, cpr)),
    findById: (id) => findOne(eq(persons.id, id)),

    async findCustody(id) {
      const holders: RelatedPersonRecord[] = await db
        .select(relatedColumns)
        .from(custody)
        .innerJoin(persons, eq(persons.id, custody.holderId))
        .where(eq(custody.childId, id))
        .orderBy(asc(persons.surname), asc(persons.givenNames));
      const children: RelatedPersonRecord[] = await db
        .select(relatedColumns)
        .from(custody)
        .innerJoin(persons, eq(persons.id, custody.childId))
        .where(eq(custody.holderId, id))
        .orderBy(asc(persons.surname), asc(persons.givenNames));
      return { holders, children };
    },
  };
}

export const openLocalPersonRegister: OpenPersonRegister = createLocalPersonRegister;
