/**
 * The benchmark's world: a throw-away embedded PostgreSQL (never .data/), one database cloned from the migrated demo
 * template, extra colleagues and counters at Dokk1, and helpers that put the queue into the same state before every
 * measured phase.
 */
import { connectDatabase, hashPassword, schema, type DatabaseHandle } from '../../db/src/index.ts';
import { DEMO, DEMO_QUEUE } from '../../db/src/seed/demo.ts';
import { createTestDatabase, startTestPostgres } from '../../db/src/testing.ts';
import { createCounterService } from '../../apps/api/src/modules/queue/counter.service.ts';
import type { Principal } from '../../apps/api/src/plugins/auth.ts';

export const DOKK1 = DEMO.aarhus.dokk1;
export const MUNICIPALITY = DEMO.aarhus.id;
const S = DEMO_QUEUE.aarhusServices;
/** Tickets are spread over four services, as at a real front desk. */
export const SERVICE_IDS = [S.pas, S.koerekort, S.mitid, S.sundhedskort];
export const PASSWORD = DEMO.password;

export type StaffPrincipal = Extract<Principal, { kind: 'user' }>;

export interface Desk {
  username: string;
  counterId: string;
  principal: StaffPrincipal;
}

export interface Fixture {
  databaseUrl: string;
  /** Setup, resets and backlog refills: its own small pool, apart from the measured one. */
  admin: DatabaseHandle;
  lars: StaffPrincipal;
  desks: Desk[];
  postgresVersion: string;
  stop(): Promise<void>;
}

const staff = (id: string, role: StaffPrincipal['role'], locationIds: string[]): StaffPrincipal => ({
  kind: 'user',
  id,
  sessionId: 'bench',
  municipalityId: MUNICIPALITY,
  role,
  locationIds,
});

/** Starts PostgreSQL and prepares `deskCount` colleagues, each signed in at an own counter at Dokk1. */
export async function startFixture(deskCount: number): Promise<Fixture> {
  const server = await startTestPostgres();
  const database = await createTestDatabase(server.adminUrl);
  const admin = connectDatabase(database.url, { max: 3 });
  const { db } = admin;

  const demoCounters = DEMO_QUEUE.dokk1Counters;
  const extra = Math.max(0, deskCount - demoCounters.length);
  const added = extra
    ? await db
        .insert(schema.counters)
        .values(Array.from({ length: extra }, (_, i) => ({ municipalityId: MUNICIPALITY, locationId: DOKK1, name: `Bench ${i + 1}` })))
        .returning({ id: schema.counters.id })
    : [];
  const counterIds = [...demoCounters, ...added.map((c) => c.id)].slice(0, deskCount);
  const passwordHash = await hashPassword(PASSWORD);
  const users = await db
    .insert(schema.users)
    .values(
      counterIds.map((_, i) => ({
        municipalityId: MUNICIPALITY,
        username: `bench${i}`,
        name: `Bench ${i}`,
        role: 'counter' as const,
        passwordHash,
      })),
    )
    .returning({ id: schema.users.id, username: schema.users.username });
  await db.insert(schema.userLocations).values(users.map((u) => ({ userId: u.id, locationId: DOKK1, municipalityId: MUNICIPALITY })));

  const counters = createCounterService(db);
  const desks: Desk[] = [];
  for (const [i, user] of users.entries()) {
    const desk = { username: user.username, counterId: counterIds[i]!, principal: staff(user.id, 'counter', [DOKK1]) };
    await counters.open(desk.principal, desk.counterId, { serviceIds: SERVICE_IDS });
    desks.push(desk);
  }
  const version = await admin.pool.query<{ version: string }>('select version()');
  return {
    databaseUrl: database.url,
    admin,
    lars: staff(DEMO.users.lars, 'lead', [DOKK1, DEMO.aarhus.lystrup]),
    desks,
    postgresVersion: version.rows[0]!.version,
    stop: async () => {
      await admin.close();
      await database.drop().catch(() => {});
      await server.stop();
    },
  };
}

const OPEN = `('waiting', 'called', 'serving', 'parked')`;

/**
 * The same starting point for every phase: every open ticket at Dokk1 is settled (so each counter is free), the
 * waiting queue holds `backlog` tickets, and the tables are vacuumed and analysed.
 */
export async function resetQueue(fixture: Fixture, backlog: number): Promise<void> {
  const { pool } = fixture.admin;
  await pool.query(
    `update tickets set state = 'cancelled', finished_at = now(), cancel_reason = 'benchmark reset'
     where location_id = $1 and state in ${OPEN}`,
    [DOKK1],
  );
  await addBacklog(fixture, backlog);
  await pool.query('vacuum (analyze) tickets, ticket_sequences, ticket_events, location_events');
}

let backlogNumber = 0;

/**
 * Waiting tickets written straight into the table (prefix Z, so they never clash with issued numbers). They carry no
 * events: they only give call-next something to call.
 */
async function addBacklog(fixture: Fixture, count: number): Promise<void> {
  if (count <= 0) return;
  const first = backlogNumber + 1;
  backlogNumber += count;
  await fixture.admin.pool.query(
    `insert into tickets (municipality_id, location_id, service_id, prefix, number, display_number, service_day, source, call_key)
     select $1, $2, ($3::uuid[])[1 + g % cardinality($3::uuid[])], 'Z', g, 'Z' || g, current_date, 'counter',
            now() - interval '1 hour' + g * interval '1 millisecond'
     from generate_series($4::int, $5::int) as g`,
    [MUNICIPALITY, DOKK1, SERVICE_IDS, first, backlogNumber],
  );
}

async function waitingCount(fixture: Fixture): Promise<number> {
  const result = await fixture.admin.pool.query<{ n: number }>(
    `select count(*)::int as n from tickets where location_id = $1 and state = 'waiting'`,
    [DOKK1],
  );
  return result.rows[0]!.n;
}

/**
 * Keeps the waiting queue between `low` and `low + batch` while call-next drains it, so that every call finds a
 * ticket and the queue stays a realistic length. Bounded by `maxMs`.
 */
export function keepBacklog(fixture: Fixture, low: number, batch: number, maxMs: number) {
  let running = true;
  const deadline = performance.now() + maxMs;
  const done = (async () => {
    while (running && performance.now() < deadline) {
      if ((await waitingCount(fixture)) < low) await addBacklog(fixture, batch);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  return async () => {
    running = false;
    await done;
  };
}
