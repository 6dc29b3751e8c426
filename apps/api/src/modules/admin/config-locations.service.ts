import type {
  ConfigCounter,
  ConfigLocation,
  CreateCounterBody,
  CreateLocationBody,
  SetOpeningHoursBody,
  UpdateCounterBody,
  UpdateLocationBody,
} from '@skranke/contracts';
import { schema, type Database, type DbOrTx } from '@skranke/db';
import { openingIntervalProblems } from '@skranke/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { conflict, notFound } from '../../errors.ts';
import { auditConfig, changes, invalidConfig, takenConflict } from '../../floor/audit/config-changes.ts';
import type { Staff } from '../../floor/staff.ts';

const { locations, openingHours, counters, counterSessions } = schema;

/** A counter is in use when any ticket, ticket event or session refers to it: then it may only be deactivated. */
// Spelled out with table names: in a one-table select drizzle leaves columns unqualified, which would be ambiguous.
const counterInUse = sql<boolean>`(exists (select 1 from tickets t where t.counter_id = counters.id or t.target_counter_id = counters.id)
  or exists (select 1 from ticket_events e where e.counter_id = counters.id)
  or exists (select 1 from counter_sessions s where s.counter_id = counters.id))`;

const locationColumns = {
  id: locations.id,
  name: locations.name,
  kind: locations.kind,
  address: locations.address,
  allowRemoteTickets: locations.allowRemoteTickets,
};

const counterColumns = {
  id: counters.id,
  locationId: counters.locationId,
  name: counters.name,
  active: counters.active,
  inUse: counterInUse,
};

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string } | undefined)?.code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505';

/** Locations (offices and mobile stops) with their weekly hours or timetable, and their counters. */
export function createLocationConfig(db: Database) {
  async function findLocation(actor: Staff, id: string, tx: DbOrTx = db) {
    const [row] = await tx
      .select(locationColumns)
      .from(locations)
      .where(and(eq(locations.id, id), eq(locations.municipalityId, actor.municipalityId)));
    return row;
  }

  async function hoursOf(locationId: string, tx: DbOrTx = db) {
    return tx
      .select({ weekday: openingHours.weekday, opens: openingHours.opens, closes: openingHours.closes, place: openingHours.place })
      .from(openingHours)
      .where(eq(openingHours.locationId, locationId))
      .orderBy(asc(openingHours.weekday), asc(openingHours.opens));
  }

  async function findCounter(actor: Staff, id: string, tx: DbOrTx = db): Promise<ConfigCounter | undefined> {
    const [row] = await tx
      .select(counterColumns)
      .from(counters)
      .where(and(eq(counters.id, id), eq(counters.municipalityId, actor.municipalityId)));
    return row;
  }

  return {
    async listLocations(actor: Staff): Promise<ConfigLocation[]> {
      const rows = await db
        .select(locationColumns)
        .from(locations)
        .where(eq(locations.municipalityId, actor.municipalityId))
        .orderBy(asc(locations.name));
      const hours = await db
        .select()
        .from(openingHours)
        .where(eq(openingHours.municipalityId, actor.municipalityId))
        .orderBy(asc(openingHours.weekday), asc(openingHours.opens));
      return rows.map((location) => ({
        ...location,
        hours: hours
          .filter((h) => h.locationId === location.id)
          .map(({ weekday, opens, closes, place }) => ({ weekday, opens, closes, place })),
      }));
    },

    async createLocation(actor: Staff, body: CreateLocationBody): Promise<ConfigLocation> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(locations)
          .values({ municipalityId: actor.municipalityId, name: body.name.trim(), kind: body.kind, address: body.address.trim() })
          .returning(locationColumns);
        await auditConfig(tx, actor, 'config.location.create', { type: 'location', id: row!.id }, { after: row });
        return { ...row!, hours: [] };
      });
    },

    async updateLocation(actor: Staff, id: string, body: UpdateLocationBody): Promise<ConfigLocation> {
      return db.transaction(async (tx) => {
        const before = await findLocation(actor, id, tx);
        if (!before) throw notFound('Lokationen');
        const values = {
          ...(body.name !== undefined && { name: body.name.trim() }),
          ...(body.kind !== undefined && { kind: body.kind }),
          ...(body.address !== undefined && { address: body.address.trim() }),
          ...(body.allowRemoteTickets !== undefined && { allowRemoteTickets: body.allowRemoteTickets }),
        };
        const [after] = await tx.update(locations).set(values).where(eq(locations.id, id)).returning(locationColumns);
        await auditConfig(tx, actor, 'config.location.update', { type: 'location', id }, changes(before, after!));
        return { ...after!, hours: await hoursOf(id, tx) };
      });
    },

    /** Replaces the week's hours (a mobile stop: its timetable with a place per stop) after checking them. */
    async setOpeningHours(actor: Staff, id: string, body: SetOpeningHoursBody): Promise<ConfigLocation> {
      return db.transaction(async (tx) => {
        const location = await findLocation(actor, id, tx);
        if (!location) throw notFound('Lokationen');
        const problems = openingIntervalProblems(body.intervals, { mobile: location.kind === 'mobile' });
        if (problems.length > 0) throw invalidConfig(problems, 'invalid-opening-hours');
        const before = await hoursOf(id, tx);
        const sorted = [...body.intervals].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
        await tx.delete(openingHours).where(eq(openingHours.locationId, id));
        if (sorted.length > 0) {
          await tx.insert(openingHours).values(
            sorted.map((i) => ({
              municipalityId: actor.municipalityId,
              locationId: id,
              weekday: i.weekday,
              opens: i.opens,
              closes: i.closes,
              place: i.place?.trim() || null,
            })),
          );
        }
        const after = await hoursOf(id, tx);
        await auditConfig(tx, actor, 'config.location.hours', { type: 'location', id }, { before, after });
        return { ...location, hours: after };
      });
    },

    listCounters: (actor: Staff): Promise<ConfigCounter[]> =>
      db
        .select(counterColumns)
        .from(counters)
        .where(eq(counters.municipalityId, actor.municipalityId))
        .orderBy(asc(counters.locationId), asc(counters.name)),

    async createCounter(actor: Staff, body: CreateCounterBody): Promise<ConfigCounter> {
      try {
        return await db.transaction(async (tx) => {
          if (!(await findLocation(actor, body.locationId, tx))) throw notFound('Lokationen');
          const [row] = await tx
            .insert(counters)
            .values({ municipalityId: actor.municipalityId, locationId: body.locationId, name: body.name.trim() })
            .returning({ id: counters.id });
          const created = (await findCounter(actor, row!.id, tx))!;
          await auditConfig(
            tx,
            actor,
            'config.counter.create',
            { type: 'counter', id: created.id },
            { after: { locationId: created.locationId, name: created.name } },
          );
          return created;
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw takenConflict('counter-name-taken', 'name', `Der findes allerede en skranke med navnet ${body.name.trim()} på stedet.`);
        throw error;
      }
    },

    /** Renames or (de)activates a counter. A counter someone is signed in at cannot be deactivated. */
    async updateCounter(actor: Staff, id: string, body: UpdateCounterBody): Promise<ConfigCounter> {
      try {
        return await db.transaction(async (tx) => {
          const before = await findCounter(actor, id, tx);
          if (!before) throw notFound('Skranken');
          if (body.active === false && before.active) {
            const [live] = await tx
              .select({ id: counterSessions.id })
              .from(counterSessions)
              .where(and(eq(counterSessions.counterId, id), sql`${counterSessions.state} <> 'closed'`));
            if (live)
              throw conflict(
                'counter-occupied',
                'En medarbejder er logget på skranken. Skranken kan lukkes, når vedkommende har logget af.',
              );
          }
          await tx
            .update(counters)
            .set({ ...(body.name !== undefined && { name: body.name.trim() }), ...(body.active !== undefined && { active: body.active }) })
            .where(eq(counters.id, id));
          const after = (await findCounter(actor, id, tx))!;
          const pick = (c: ConfigCounter) => ({ name: c.name, active: c.active });
          await auditConfig(tx, actor, 'config.counter.update', { type: 'counter', id }, changes(pick(before), pick(after)));
          return after;
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw takenConflict('counter-name-taken', 'name', `Der findes allerede en skranke med navnet ${body.name?.trim()} på stedet.`);
        throw error;
      }
    },

    /** Deletes a counter nothing refers to; one that tickets or sessions refer to must be deactivated instead. */
    async deleteCounter(actor: Staff, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const before = await findCounter(actor, id, tx);
        if (!before) throw notFound('Skranken');
        if (before.inUse) {
          throw conflict(
            'counter-in-use',
            'Skranken er brugt af billetter eller medarbejdere og kan ikke slettes. Deaktiver den i stedet.',
          );
        }
        await tx.delete(counters).where(and(eq(counters.id, id), sql`not ${counterInUse}`));
        await auditConfig(
          tx,
          actor,
          'config.counter.delete',
          { type: 'counter', id },
          { before: { locationId: before.locationId, name: before.name } },
        );
      });
    },
  };
}
