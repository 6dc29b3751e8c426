/**
 * The appointments benchmark's world: a throw-away embedded PostgreSQL (never .data/), one database cloned from the
 * migrated demo template, and in Aarhus two new locations open Monday–Friday 08–18:
 * - "Bench Borgerservice" with 10 counters: passport (free times, pre-booked to a share) and driving licence (the
 *   booking race, booked full but for the last free times), each 10-minute times for 10 citizens, 60 days ahead;
 * - "Bench Simulering" with the simulated day's counters, a colleague signed in at each, passport on 15-minute times
 *   with as many seats as counters (as in the domain's merged simulation).
 * Pre-bookings are written straight into the table; everything measured goes through the API.
 */
import { connectDatabase, hashPassword, schema, type DatabaseHandle } from '../../db/src/index.ts';
import { DEMO, DEMO_QUEUE } from '../../db/src/seed/demo.ts';
import { createTestDatabase, startTestPostgres } from '../../db/src/testing.ts';
import {
  appointmentSlots,
  copenhagenInstant,
  danishPublicHolidays,
  serviceDay,
  type AppointmentSlot,
  type Weekday,
} from '../../packages/domain/src/index.ts';

export const MUNICIPALITY = DEMO.aarhus.id;
export const PASSWORD = DEMO.password;
export const SLOTS_SERVICE = DEMO_QUEUE.aarhusServices.pas;
export const RACE_SERVICE = DEMO_QUEUE.aarhusServices.koerekort;
export const DAY_SERVICE = DEMO_QUEUE.aarhusServices.pas;
export const LEAD = 'benchlead';

/** Monday–Friday 08–18 (weekday 1 = Monday). */
const HOURS = ([1, 2, 3, 4, 5] as Weekday[]).map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' }));
export const DESK_RULE = { slotMinutes: 10, capacity: 10, acuteSeats: 0, cutoffMinutes: 60, horizonDays: 60, graceMinutes: 10 };
export const PREBOOK_PREFIX = 'Forhåndsbooket';

export interface AppointmentsFixture {
  databaseUrl: string;
  admin: DatabaseHandle;
  deskLocation: string;
  simLocation: string;
  simCounters: { counterId: string; username: string }[];
  postgresVersion: string;
  stop(): Promise<void>;
}

export async function startAppointmentsFixture(simCounterCount: number, simSlotMinutes: number): Promise<AppointmentsFixture> {
  const server = await startTestPostgres();
  const database = await createTestDatabase(server.adminUrl);
  const admin = connectDatabase(database.url, { max: 3 });
  const { db } = admin;

  const [desk, sim] = await db
    .insert(schema.locations)
    .values([
      { municipalityId: MUNICIPALITY, name: 'Bench Borgerservice', address: 'Benchvej 1, 8000 Aarhus C' },
      { municipalityId: MUNICIPALITY, name: 'Bench Simulering', address: 'Benchvej 2, 8000 Aarhus C' },
    ])
    .returning({ id: schema.locations.id });
  const deskLocation = desk!.id;
  const simLocation = sim!.id;
  await db
    .insert(schema.openingHours)
    .values([deskLocation, simLocation].flatMap((locationId) => HOURS.map((h) => ({ ...h, locationId, municipalityId: MUNICIPALITY }))));
  await db
    .insert(schema.counters)
    .values([
      ...Array.from({ length: 10 }, (_, i) => ({ municipalityId: MUNICIPALITY, locationId: deskLocation, name: `Skranke ${i + 1}` })),
    ]);
  const simCounterRows = await db
    .insert(schema.counters)
    .values(
      Array.from({ length: simCounterCount }, (_, i) => ({
        municipalityId: MUNICIPALITY,
        locationId: simLocation,
        name: `Skranke ${i + 1}`,
      })),
    )
    .returning({ id: schema.counters.id });
  await db.insert(schema.appointmentRules).values([
    { municipalityId: MUNICIPALITY, locationId: deskLocation, serviceId: SLOTS_SERVICE, ...DESK_RULE },
    { municipalityId: MUNICIPALITY, locationId: deskLocation, serviceId: RACE_SERVICE, ...DESK_RULE },
    {
      municipalityId: MUNICIPALITY,
      locationId: simLocation,
      serviceId: DAY_SERVICE,
      slotMinutes: simSlotMinutes,
      capacity: simCounterCount,
      acuteSeats: 0,
      cutoffMinutes: 60,
      horizonDays: 60,
      graceMinutes: 5,
    },
  ]);

  const passwordHash = await hashPassword(PASSWORD);
  const users = await db
    .insert(schema.users)
    .values([
      { municipalityId: MUNICIPALITY, username: LEAD, name: 'Bench Lead', role: 'lead' as const, passwordHash },
      ...simCounterRows.map((_, i) => ({
        municipalityId: MUNICIPALITY,
        username: `benchsim${i}`,
        name: `Bench Sim ${i}`,
        role: 'counter' as const,
        passwordHash,
      })),
    ])
    .returning({ id: schema.users.id, username: schema.users.username });
  await db.insert(schema.userLocations).values(
    users.flatMap((u) =>
      (u.username === LEAD ? [deskLocation, simLocation] : [simLocation]).map((locationId) => ({
        userId: u.id,
        locationId,
        municipalityId: MUNICIPALITY,
      })),
    ),
  );
  const version = await admin.pool.query<{ version: string }>('select version()');
  return {
    databaseUrl: database.url,
    admin,
    deskLocation,
    simLocation,
    simCounters: simCounterRows.map((c, i) => ({ counterId: c.id, username: `benchsim${i}` })),
    postgresVersion: version.rows[0]!.version,
    stop: async () => {
      await admin.close();
      await database.drop().catch(() => {});
      await server.stop();
    },
  };
}

/** The bookable times of the desk's rule from `now` over its whole horizon (public holidays closed), as the API offers them. */
export function deskSlots(now: Date): AppointmentSlot[] {
  const today = serviceDay(now);
  const year = Number(today.slice(0, 4));
  return appointmentSlots({
    hours: HOURS,
    rule: DESK_RULE,
    closed: [],
    closedDates: [year, year + 1].flatMap((y) => danishPublicHolidays(y).map((h) => h.date)),
    from: copenhagenInstant(today, 0),
    days: DESK_RULE.horizonDays + 1,
    now,
  });
}

/** Live bookings written straight into the table (seat by seat), named so the benchmark's own bookings stand apart. */
export async function prebook(
  fixture: AppointmentsFixture,
  serviceId: string,
  seats: { startsAt: Date; endsAt: Date; seat: number }[],
): Promise<void> {
  for (let i = 0; i < seats.length; i += 5000) {
    const chunk = seats.slice(i, i + 5000);
    await fixture.admin.pool.query(
      `insert into appointments (municipality_id, location_id, service_id, starts_at, ends_at, seat, channel, code_hash, name, phone)
       select $1, $2, $3, s, e, seat, 'public', gen_random_uuid()::text, $7 || ' ' || n, '+4520304050'
       from unnest($4::timestamptz[], $5::timestamptz[], $6::int[]) with ordinality as x(s, e, seat, n)`,
      [
        MUNICIPALITY,
        fixture.deskLocation,
        serviceId,
        chunk.map((s) => s.startsAt.toISOString()),
        chunk.map((s) => s.endsAt.toISOString()),
        chunk.map((s) => s.seat),
        PREBOOK_PREFIX,
      ],
    );
  }
  await fixture.admin.pool.query('vacuum (analyze) appointments');
}
