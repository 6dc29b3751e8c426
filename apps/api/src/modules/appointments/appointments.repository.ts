import { schema, type DbOrTx } from '@skranke/db';
import type { CounterBand, OpeningInterval, Weekday, WeeklyCounterBand } from '@skranke/domain';
import { and, asc, eq, gt, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';

const a = schema.appointments;
const r = schema.appointmentRules;
const b = schema.appointmentBlocks;
const cs = schema.counterSchedules;
const csd = schema.counterScheduleDays;

/** The statuses that hold a seat of a time (the partial unique index appointments_seat_key). */
export const LIVE_STATUSES = ['booked', 'checked_in'] as const;

export type AppointmentRow = typeof a.$inferSelect;
export type AppointmentRuleRow = typeof r.$inferSelect;
export type NewAppointment = typeof a.$inferInsert;

/** All SQL of tidsbestilling. */
/** Bookings with their errand's names and the ticket number of a checked-in one (the staff list's row). */
const listed = (tx: DbOrTx) =>
  tx
    .select({
      appointment: a,
      serviceNameDa: schema.services.nameDa,
      serviceNameEn: schema.services.nameEn,
      ticketNumber: schema.tickets.displayNumber,
    })
    .from(a)
    .innerJoin(schema.services, eq(schema.services.id, a.serviceId))
    .leftJoin(schema.tickets, eq(schema.tickets.id, a.ticketId))
    .$dynamic();

export function createAppointmentsRepository(db: DbOrTx) {
  return {
    /** A location with its municipality, whoever asks (public operations name a location by id). */
    location: async (locationId: string, tx: DbOrTx = db) => {
      const [row] = await tx
        .select({ id: schema.locations.id, name: schema.locations.name, municipalityId: schema.locations.municipalityId })
        .from(schema.locations)
        .where(eq(schema.locations.id, locationId));
      return row;
    },

    /** The rule of a service at a location, with the service's names (undefined: not bookable there). */
    rule: async (locationId: string, serviceId: string, tx: DbOrTx = db) => {
      const [row] = await tx
        .select({ rule: r, service: { nameDa: schema.services.nameDa, nameEn: schema.services.nameEn, active: schema.services.active } })
        .from(r)
        .innerJoin(schema.services, eq(schema.services.id, r.serviceId))
        .where(and(eq(r.locationId, locationId), eq(r.serviceId, serviceId)));
      return row;
    },

    rulesOfLocation: (locationId: string, tx: DbOrTx = db) => tx.select().from(r).where(eq(r.locationId, locationId)),

    upsertRule: async (values: typeof r.$inferInsert, tx: DbOrTx = db) => {
      const { id: _id, ...rest } = values;
      const [row] = await tx
        .insert(r)
        .values(values)
        .onConflictDoUpdate({ target: [r.locationId, r.serviceId], set: { ...rest, updatedAt: new Date() } })
        .returning();
      return row!;
    },

    /** Every location with at least one active rule of an active service, for the public page. */
    bookableServices: (tx: DbOrTx = db) =>
      tx
        .select({
          locationId: schema.locations.id,
          locationName: schema.locations.name,
          municipalityName: schema.municipalities.name,
          serviceId: schema.services.id,
          nameDa: schema.services.nameDa,
          nameEn: schema.services.nameEn,
          kioskOrder: schema.services.kioskOrder,
          slotMinutes: r.slotMinutes,
          bringTextDa: r.bringTextDa,
          bringTextEn: r.bringTextEn,
        })
        .from(r)
        .innerJoin(schema.services, eq(schema.services.id, r.serviceId))
        .innerJoin(schema.locations, eq(schema.locations.id, r.locationId))
        .innerJoin(schema.municipalities, eq(schema.municipalities.id, r.municipalityId))
        .where(and(eq(r.active, true), eq(schema.services.active, true)))
        .orderBy(asc(schema.municipalities.name), asc(schema.locations.name), asc(schema.services.kioskOrder)),

    openingHours: async (locationId: string, tx: DbOrTx = db): Promise<OpeningInterval[]> => {
      const t = schema.openingHours;
      const rows = await tx.select().from(t).where(eq(t.locationId, locationId));
      return rows.map((h) => ({ weekday: h.weekday as OpeningInterval['weekday'], opens: h.opens, closes: h.closes, place: h.place }));
    },

    /** How many active counters the location has (the most citizens one time can hold). */
    activeCounters: async (locationId: string, tx: DbOrTx = db): Promise<number> => {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(schema.counters)
        .where(and(eq(schema.counters.locationId, locationId), eq(schema.counters.active, true)));
      return row?.n ?? 0;
    },

    /** Blocked periods overlapping [from, to) for the service (or the whole location). */
    blocks: (locationId: string, serviceId: string | null, from: Date, to: Date, tx: DbOrTx = db) =>
      tx
        .select()
        .from(b)
        .where(
          and(
            eq(b.locationId, locationId),
            serviceId ? or(isNull(b.serviceId), eq(b.serviceId, serviceId)) : undefined,
            lt(b.startsAt, to),
            gt(b.endsAt, from),
          ),
        )
        .orderBy(asc(b.startsAt)),

    blocksFrom: (locationId: string, from: Date, tx: DbOrTx = db) =>
      tx
        .select()
        .from(b)
        .where(and(eq(b.locationId, locationId), gt(b.endsAt, from)))
        .orderBy(asc(b.startsAt)),

    insertBlock: async (values: typeof b.$inferInsert, tx: DbOrTx = db) => (await tx.insert(b).values(values).returning())[0]!,

    deleteBlock: async (municipalityId: string, id: string, tx: DbOrTx = db) =>
      (
        await tx
          .delete(b)
          .where(and(eq(b.id, id), eq(b.municipalityId, municipalityId)))
          .returning()
      )[0],

    /** The seats live bookings hold, per time in [from, to), for a service at a location (one row per time). */
    liveSeats: async (locationId: string, serviceId: string, from: Date, to: Date, tx: DbOrTx = db) => {
      const rows = await tx
        .select({ startsAt: a.startsAt, seats: sql<number[]>`array_agg(${a.seat})` })
        .from(a)
        .where(
          and(
            eq(a.locationId, locationId),
            eq(a.serviceId, serviceId),
            gte(a.startsAt, from),
            lt(a.startsAt, to),
            inArray(a.status, [...LIVE_STATUSES]),
          ),
        )
        .groupBy(a.startsAt);
      return rows;
    },

    /**
     * The place's counter schedule: its weekly bands and the date overrides in [fromDate, toDate) (local dates; all
     * from fromDate on without toDate), with each override's reason.
     */
    counterSchedule: async (
      locationId: string,
      fromDate: string,
      toDate?: string,
      tx: DbOrTx = db,
    ): Promise<{ weekly: WeeklyCounterBand[]; days: Array<{ date: string; bands: CounterBand[]; reason: string }> }> => {
      // One after the other: inside a transaction both would share its one connection.
      const weekly = await tx.select({ bands: cs.bands }).from(cs).where(eq(cs.locationId, locationId));
      const days = await tx
        .select({ date: csd.date, bands: csd.bands, reason: csd.reason })
        .from(csd)
        .where(and(eq(csd.locationId, locationId), gte(csd.date, fromDate), toDate ? lt(csd.date, toDate) : undefined))
        .orderBy(asc(csd.date));
      return {
        weekly: (weekly[0]?.bands ?? []).map((band) => ({ ...band, weekday: band.weekday as Weekday })),
        days,
      };
    },

    putWeeklyCounterBands: (municipalityId: string, locationId: string, bands: (typeof cs.$inferInsert)['bands'], tx: DbOrTx = db) =>
      tx
        .insert(cs)
        .values({ municipalityId, locationId, bands })
        .onConflictDoUpdate({ target: cs.locationId, set: { bands, updatedAt: new Date() } }),

    /** Sets (or replaces) a date's override; answers the override it replaced, if any. */
    putCounterScheduleDay: async (values: typeof csd.$inferInsert, tx: DbOrTx = db) => {
      const [before] = await tx
        .select()
        .from(csd)
        .where(and(eq(csd.locationId, values.locationId), eq(csd.date, values.date)))
        .for('update');
      await tx
        .insert(csd)
        .values(values)
        .onConflictDoUpdate({
          target: [csd.locationId, csd.date],
          set: { bands: values.bands, reason: values.reason, updatedByUserId: values.updatedByUserId, updatedAt: new Date() },
        });
      return before;
    },

    deleteCounterScheduleDay: async (locationId: string, date: string, tx: DbOrTx = db) =>
      (
        await tx
          .delete(csd)
          .where(and(eq(csd.locationId, locationId), eq(csd.date, date)))
          .returning()
      )[0],

    /**
     * Per time in [from, to), the place's live bookings across every errand: the counter seats they hold and how many
     * hold none (booked while no schedule applied; they still take a counter of a scheduled time).
     */
    liveCounterSeats: async (locationId: string, from: Date, to: Date, tx: DbOrTx = db) =>
      tx
        .select({
          startsAt: a.startsAt,
          seats: sql<number[]>`coalesce(array_agg(${a.counterSeat}) filter (where ${a.counterSeat} is not null), '{}')`,
          unseated: sql<number>`(count(*) filter (where ${a.counterSeat} is null))::int`,
        })
        .from(a)
        .where(and(eq(a.locationId, locationId), gte(a.startsAt, from), lt(a.startsAt, to), inArray(a.status, [...LIVE_STATUSES])))
        .groupBy(a.startsAt),

    /** Takes a counter seat for a booking; throws a unique violation when a live booking at that time holds it. */
    setCounterSeat: (id: string, counterSeat: number, tx: DbOrTx = db) => tx.update(a).set({ counterSeat }).where(eq(a.id, id)),

    /** Takes the seat, or answers undefined when a live booking holds it already (the unique index decides). */
    insertOnFreeSeat: async (values: NewAppointment, tx: DbOrTx = db) =>
      (await tx.insert(a).values(values).onConflictDoNothing().returning())[0],

    byCodeHash: async (codeHash: string, tx: DbOrTx = db, lock = false) => {
      const query = tx.select().from(a).where(eq(a.codeHash, codeHash));
      const [row] = lock ? await query.for('update') : await query;
      return row;
    },

    byId: async (municipalityId: string, id: string, tx: DbOrTx = db, lock = false) => {
      const query = tx
        .select()
        .from(a)
        .where(and(eq(a.id, id), eq(a.municipalityId, municipalityId)));
      const [row] = lock ? await query.for('update') : await query;
      return row;
    },

    /** Today's open bookings at a location with this birth date (kiosk check-in without a code). */
    bookedByBirthDate: (locationId: string, birthDate: string, from: Date, to: Date, tx: DbOrTx = db) =>
      tx
        .select()
        .from(a)
        .where(
          and(
            eq(a.locationId, locationId),
            eq(a.birthDate, birthDate),
            gte(a.startsAt, from),
            lt(a.startsAt, to),
            inArray(a.status, ['booked', 'no_show']),
          ),
        ),

    /** Moves a booking to another time and seat; throws a unique violation when a live booking holds that seat. */
    move: async (id: string, values: { startsAt: Date; endsAt: Date; seat: number; counterSeat: null }, tx: DbOrTx = db) =>
      (
        await tx
          .update(a)
          .set({ ...values, version: sql`${a.version} + 1` })
          .where(eq(a.id, id))
          .returning()
      )[0]!,

    setStatus: async (
      id: string,
      values: Partial<Pick<AppointmentRow, 'status' | 'ticketId' | 'checkedInAt' | 'cancelledAt' | 'noShowAt'>>,
      tx: DbOrTx = db,
    ) =>
      (
        await tx
          .update(a)
          .set({ ...values, version: sql`${a.version} + 1` })
          .where(eq(a.id, id))
          .returning()
      )[0]!,

    /** A location's bookings in [from, to), with the service's names and the ticket's number. */
    listDay: (locationId: string, from: Date, to: Date, tx: DbOrTx = db) =>
      listed(tx)
        .where(and(eq(a.locationId, locationId), gte(a.startsAt, from), lt(a.startsAt, to)))
        .orderBy(asc(a.startsAt), asc(a.seat)),

    /** One booking as the day's list shows it (after a staff write answers with it). */
    listedById: async (id: string, tx: DbOrTx = db) => (await listed(tx).where(eq(a.id, id)))[0],

    /** Counts per service and status in [from, to), by local date (Europe/Copenhagen). */
    planCounts: (locationId: string, from: Date, to: Date, tx: DbOrTx = db) =>
      tx
        .select({
          date: sql<string>`to_char(${a.startsAt} at time zone 'Europe/Copenhagen', 'YYYY-MM-DD')`,
          serviceId: a.serviceId,
          status: a.status,
          n: sql<number>`count(*)::int`,
        })
        .from(a)
        .where(and(eq(a.locationId, locationId), gte(a.startsAt, from), lt(a.startsAt, to)))
        .groupBy(sql`1`, a.serviceId, a.status),

    /**
     * Marks bookings whose time plus the rule's grace has passed without a check-in as no-shows. Idempotent; any
     * process may run it. Returns how many it marked.
     */
    markNoShows: async (now: Date, tx: DbOrTx = db) => {
      const result = await tx.execute(sql`
        update ${a} set status = 'no_show', no_show_at = ${now.toISOString()}::timestamptz, version = ${a.version} + 1
        from ${r}
        where ${a.status} = 'booked' and ${r.locationId} = ${a.locationId} and ${r.serviceId} = ${a.serviceId}
          and ${a.startsAt} + make_interval(mins => ${r.graceMinutes}) < ${now.toISOString()}::timestamptz`);
      return result.rowCount ?? 0;
    },

    settings: async (municipalityId: string, tx: DbOrTx = db) => {
      const [row] = await tx.select().from(schema.appointmentSettings).where(eq(schema.appointmentSettings.municipalityId, municipalityId));
      const [queue] = await tx
        .select({ fairnessBoundMinutes: schema.queueSettings.fairnessBoundMinutes })
        .from(schema.queueSettings)
        .where(eq(schema.queueSettings.municipalityId, municipalityId));
      return {
        headStartMinutes: row?.headStartMinutes ?? 15,
        notificationsEnabled: row?.notificationsEnabled ?? false,
        fairnessBoundMinutes: queue?.fairnessBoundMinutes ?? 15,
      };
    },

    /** A citizen from the person register (looked up by CPR, audited, before staff book for them). */
    person: async (personId: string, tx: DbOrTx = db) => {
      const p = schema.persons;
      const [row] = await tx.select({ cpr: p.cpr, givenNames: p.givenNames, surname: p.surname }).from(p).where(eq(p.id, personId));
      return row;
    },
  };
}

export type AppointmentsRepository = ReturnType<typeof createAppointmentsRepository>;
