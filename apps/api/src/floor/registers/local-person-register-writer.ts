import { schema, type DbOrTx } from '@skranke/db';
import { and, asc, between, desc, eq, isNull, lte, ne, sql } from 'drizzle-orm';
import type {
  AddressProtectionPeriod,
  OpenPersonRegisterWriter,
  PersonRegisterWriter,
  RegisteredMove,
  RobinsonRegistration,
} from './person-register.ts';

const { persons, addressMoves, addressProtections, robinsonRegistrations, users } = schema;

type MoveRow = typeof addressMoves.$inferSelect;

function toMove(row: MoveRow): RegisteredMove {
  return {
    id: row.id,
    personId: row.personId,
    movedWithId: row.movedWithId,
    caseId: row.caseId,
    municipalityId: row.municipalityId,
    kind: row.kind,
    movingDate: row.movingDate,
    reportedOn: row.reportedOn,
    late: row.late,
    address: row.street && row.postcode && row.city ? { street: row.street, postcode: row.postcode, city: row.city } : null,
    country: row.country,
    careOf: row.careOf,
    hostName: row.hostName,
    doctorChoice: row.doctorChoice as RegisteredMove['doctorChoice'],
    doctorId: row.doctorId,
    digitalPostEffect: row.digitalPostEffect,
    registeredBy: row.registeredBy,
    registeredAt: row.registeredAt,
    appliedAt: row.appliedAt,
  };
}

/** What a move does to the person's row: the new address (c/o as CPR writes it), or the emigration. */
function personChange(move: MoveRow) {
  if (move.kind === 'emigration')
    return {
      status: 'emigrated' as const,
      street: null,
      postcode: null,
      city: null,
      emigratedOn: move.movingDate,
      emigratedTo: move.country,
    };
  const street = move.careOf ? `c/o ${move.careOf}, ${move.street!}` : move.street!;
  return {
    status: 'active' as const,
    street,
    postcode: move.postcode!,
    city: move.city!,
    emigratedOn: null,
    emigratedTo: null,
    // The municipality moved to takes the report (domain.md §5): the case's.
    municipalityId: move.municipalityId,
  };
}

/** No earlier move of the same person is still waiting: moves apply in moving-date order. */
const noEarlierPending = () => sql`not exists (
  select 1 from ${addressMoves} earlier
  where earlier.person_id = ${addressMoves.personId} and earlier.applied_at is null
    and (earlier.moving_date, earlier.registered_at, earlier.id) < (${addressMoves.movingDate}, ${addressMoves.registeredAt}, ${addressMoves.id}))`;

const protectionColumns = {
  id: addressProtections.id,
  personId: addressProtections.personId,
  municipalityId: addressProtections.municipalityId,
  startsOn: addressProtections.startsOn,
  endsOn: addressProtections.endsOn,
  renewalOf: addressProtections.renewalOf,
  feeOre: addressProtections.feeOre,
  endedOn: addressProtections.endedOn,
  registeredAt: addressProtections.registeredAt,
  registeredById: users.id,
  registeredByName: users.name,
};

function toProtection(row: { registeredById: string; registeredByName: string } & Omit<AddressProtectionPeriod, 'registeredBy'>) {
  const { registeredById, registeredByName, ...rest } = row;
  return { ...rest, registeredBy: { id: registeredById, name: registeredByName } };
}

/**
 * LocalPersonRegisterWriter: the person register's write side on Skranke's own tables (`persons`, `address_moves`,
 * `address_protections`, `robinson_registrations`), not the national CPR register. Like CPR, it applies a move on its
 * moving date: `registerMove` records it in `address_moves`, and `applyNextDueMove` (at once for a move dated today or
 * earlier, else `pnpm maintenance` on the date) changes `persons`, which holds the address in force.
 */
export function createLocalPersonRegisterWriter(db: DbOrTx): PersonRegisterWriter {
  async function protectionById(id: string): Promise<AddressProtectionPeriod> {
    const [row] = await db
      .select(protectionColumns)
      .from(addressProtections)
      .innerJoin(users, eq(users.id, addressProtections.registeredBy))
      .where(eq(addressProtections.id, id));
    if (!row) throw new Error(`address protection ${id} not found`);
    return toProtection(row);
  }

  async function robinsonWhere(where: ReturnType<typeof eq>) {
    const [row] = await db
      .select({
        id: robinsonRegistrations.id,
        personId: robinsonRegistrations.personId,
        registeredOn: robinsonRegistrations.registeredOn,
        effectiveBy: robinsonRegistrations.effectiveBy,
        revokedOn: robinsonRegistrations.revokedOn,
        registeredAt: robinsonRegistrations.registeredAt,
        registeredById: users.id,
        registeredByName: users.name,
      })
      .from(robinsonRegistrations)
      .innerJoin(users, eq(users.id, robinsonRegistrations.registeredBy))
      .where(where)
      .orderBy(desc(robinsonRegistrations.registeredAt))
      .limit(1);
    if (!row) return null;
    const { registeredById, registeredByName, ...rest } = row;
    const registration: RobinsonRegistration = { ...rest, registeredBy: { id: registeredById, name: registeredByName } };
    return registration;
  }

  return {
    async sharesAddress(personId, otherId) {
      const rows = await db
        .select({ street: persons.street, postcode: persons.postcode, city: persons.city })
        .from(persons)
        .where(sql`${persons.id} in (${personId}, ${otherId})`);
      const [a, b] = rows;
      if (rows.length !== 2 || !a?.street || !b?.street) return false;
      const same = (x: string | null, y: string | null) => (x ?? '').trim().toLowerCase() === (y ?? '').trim().toLowerCase();
      return same(a.street, b.street) && same(a.postcode, b.postcode) && same(a.city, b.city);
    },

    async coResidents(personId) {
      const [me] = await db
        .select({ street: persons.street, postcode: persons.postcode, city: persons.city })
        .from(persons)
        .where(eq(persons.id, personId));
      if (!me?.street || !me.postcode || !me.city) return [];
      return db
        .select({ id: persons.id, cpr: persons.cpr, givenNames: persons.givenNames, surname: persons.surname })
        .from(persons)
        .where(
          and(
            ne(persons.id, personId),
            sql`lower(trim(${persons.street})) = lower(trim(${me.street}))`,
            eq(persons.postcode, me.postcode),
            sql`lower(trim(${persons.city})) = lower(trim(${me.city}))`,
          ),
        )
        .orderBy(asc(persons.surname), asc(persons.givenNames))
        .limit(50);
    },

    async movesOn(personId, movingDate) {
      const rows = await db
        .select()
        .from(addressMoves)
        .where(and(eq(addressMoves.personId, personId), eq(addressMoves.movingDate, movingDate)));
      return rows.map(toMove);
    },

    async registerMove(move) {
      const [row] = await db
        .insert(addressMoves)
        .values({
          municipalityId: move.municipalityId,
          caseId: move.caseId,
          personId: move.personId,
          movedWithId: move.movedWithId,
          kind: move.kind,
          movingDate: move.movingDate,
          reportedOn: move.reportedOn,
          late: move.late,
          street: move.address?.street ?? null,
          postcode: move.address?.postcode ?? null,
          city: move.address?.city ?? null,
          country: move.country,
          careOf: move.careOf,
          hostName: move.hostName,
          hostDeclarationSeen: move.careOf !== null,
          doctorChoice: move.doctorChoice,
          doctorId: move.doctorId,
          digitalPostEffect: move.digitalPostEffect,
          registeredBy: move.registeredBy,
        })
        .returning();
      return toMove(row!);
    },

    async applyNextDueMove(today, personId) {
      // Claimed under a row lock that others skip: two callers (two maintenance processes, or maintenance and a
      // registration at the counter) never apply the same move, and neither waits for the other.
      const [due] = await db
        .select({ id: addressMoves.id })
        .from(addressMoves)
        .where(
          and(
            isNull(addressMoves.appliedAt),
            lte(addressMoves.movingDate, today),
            personId === undefined ? undefined : eq(addressMoves.personId, personId),
            noEarlierPending(),
          ),
        )
        .orderBy(asc(addressMoves.movingDate), asc(addressMoves.registeredAt), asc(addressMoves.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!due) return null;
      const [row] = await db
        .update(addressMoves)
        .set({ appliedAt: sql`now()` })
        .where(and(eq(addressMoves.id, due.id), isNull(addressMoves.appliedAt)))
        .returning();
      if (!row) return null;
      await db.update(persons).set(personChange(row)).where(eq(persons.id, row.personId));
      return toMove(row);
    },

    async pendingMove(personId) {
      const [row] = await db
        .select()
        .from(addressMoves)
        .where(and(eq(addressMoves.personId, personId), isNull(addressMoves.appliedAt)))
        .orderBy(asc(addressMoves.movingDate), asc(addressMoves.registeredAt))
        .limit(1);
      return row ? toMove(row) : null;
    },

    async movesByCase(caseId) {
      const rows = await db
        .select()
        .from(addressMoves)
        .where(eq(addressMoves.caseId, caseId))
        .orderBy(sql`${addressMoves.movedWithId} is not null`, asc(addressMoves.registeredAt));
      return rows.map(toMove);
    },

    async addressProtections(personId) {
      const rows = await db
        .select(protectionColumns)
        .from(addressProtections)
        .innerJoin(users, eq(users.id, addressProtections.registeredBy))
        .where(eq(addressProtections.personId, personId))
        .orderBy(desc(addressProtections.startsOn), desc(addressProtections.registeredAt));
      return rows.map(toProtection);
    },

    async setAddressProtection(input) {
      const [row] = await db.insert(addressProtections).values(input).returning({ id: addressProtections.id });
      await db.update(persons).set({ addressProtected: true }).where(eq(persons.id, input.personId));
      return protectionById(row!.id);
    },

    async endAddressProtection(id, { endedOn, endedBy }) {
      const [row] = await db
        .update(addressProtections)
        .set({ endedOn, endedBy })
        .where(eq(addressProtections.id, id))
        .returning({ personId: addressProtections.personId });
      if (!row) return;
      // Any other period still running (a renewal already made) is ended with it: the citizen asked to end the protection.
      await db
        .update(addressProtections)
        .set({ endedOn, endedBy })
        .where(and(eq(addressProtections.personId, row.personId), isNull(addressProtections.endedOn), ne(addressProtections.id, id)));
      await db.update(persons).set({ addressProtected: false }).where(eq(persons.id, row.personId));
    },

    async expiringAddressProtections(municipalityId, from, to) {
      const rows = await db
        .select({ ...protectionColumns, givenNames: persons.givenNames, surname: persons.surname })
        .from(addressProtections)
        .innerJoin(users, eq(users.id, addressProtections.registeredBy))
        .innerJoin(persons, eq(persons.id, addressProtections.personId))
        .where(
          and(
            eq(addressProtections.municipalityId, municipalityId),
            isNull(addressProtections.endedOn),
            between(addressProtections.endsOn, from, to),
            // A period already renewed is not expiring: a later one follows on.
            sql`not exists (select 1 from ${addressProtections} later where later.renewal_of = ${addressProtections.id} and later.ended_on is null)`,
          ),
        )
        .orderBy(asc(addressProtections.endsOn), asc(persons.surname));
      return rows.map(({ givenNames, surname, ...row }) => ({ ...toProtection(row), name: `${givenNames} ${surname}` }));
    },

    robinson: (personId) => robinsonWhere(and(eq(robinsonRegistrations.personId, personId), isNull(robinsonRegistrations.revokedOn))!),

    async setRobinson(input) {
      const [row] = await db.insert(robinsonRegistrations).values(input).returning({ id: robinsonRegistrations.id });
      return (await robinsonWhere(eq(robinsonRegistrations.id, row!.id)))!;
    },

    async revokeRobinson(id, { revokedOn, revokedBy }) {
      await db.update(robinsonRegistrations).set({ revokedOn, revokedBy }).where(eq(robinsonRegistrations.id, id));
    },
  };
}

export const openLocalPersonRegisterWriter: OpenPersonRegisterWriter = createLocalPersonRegisterWriter;
