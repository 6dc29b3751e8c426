/**
 * The queue's hot paths as single SQL statements, sent as named (prepared) statements straight through pg: issuing a
 * ticket, calling the next one, and the simple transitions each change the ticket, record its ticket event, append
 * the location event in one round trip and one implicit transaction, then announce the location to every API process
 * (after the commit: see announceLocation). Building these queries with drizzle
 * took about a fifth of the API's CPU under load, and every extra round trip is time a row stays locked.
 *
 * The ticket JSON is built in SQL (`TICKET_JSON`) with the same fields and formats as `toTicket`, so the answer and
 * the event carry the same ticket.
 */
import type { Ticket } from '@skranke/contracts';
import {
  DEFAULT_COUNTER_STALE_SECONDS,
  nextState,
  TICKET_STATES,
  type EstimateCounter,
  type EstimateTicket,
  type TicketAction,
  type TicketState,
} from '@skranke/domain';
import type pg from 'pg';
import { announceLocation, publishCte } from '../../plugins/events.ts';

export { poolOf } from '../../plugins/events.ts';

type Queryable = Pick<pg.Pool, 'query'>;

/** A timestamp as JavaScript's toISOString writes it (milliseconds, truncated like a Date, and Z). */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The Ticket contract of row `t` joined with its service `s` and counter `c` (see toTicket). */
export const TICKET_JSON = `jsonb_build_object(
  'id', t.id, 'locationId', t.location_id, 'displayNumber', t.display_number, 'serviceId', t.service_id,
  'serviceNameDa', s.name_da, 'serviceNameEn', s.name_en, 'state', t.state, 'source', t.source,
  'priorityClassId', t.priority_class_id, 'priorityReason', t.priority_reason, 'arrivedAt', ${iso('t.arrived_at')},
  'calledAt', ${iso('t.called_at')}, 'servingStartedAt', ${iso('t.serving_started_at')}, 'finishedAt', ${iso('t.finished_at')},
  'counterId', t.counter_id, 'counterName', c.name, 'targetCounterId', t.target_counter_id,
  'transferNote', t.transfer_note, 'recallCount', t.recall_count,
  'outcome', t.outcome, 'version', t.version)`;

/**
 * The tail every changing statement shares: from CTE `changed` (the updated ticket rows, `returning t.*` plus
 * `from_state` and `from_counter_id`), the ticket JSON, its ticket event (with the counter it is at, or was at) and its
 * location event.
 */
function recordChange(action: string, actor: { user: string; details: string }) {
  const publish = publishCte(
    'published',
    `select municipality_id, location_id, 'ticket.${action}', jsonb_build_object('ticket', ticket) from after`,
  );
  return {
    ctes: `after as (
      select ${TICKET_JSON} as ticket, t.municipality_id, t.location_id, t.id, t.state, t.from_state,
        coalesce(t.counter_id, t.from_counter_id) as counter_id
      from changed t join services s on s.id = t.service_id left join counters c on c.id = t.counter_id
    ), ticket_event as (
      insert into ticket_events (municipality_id, location_id, ticket_id, action, from_state, to_state, user_id, counter_id, details)
      select municipality_id, location_id, id, '${action}', from_state, state, ${actor.user}, counter_id, ${actor.details}
      from after
    ), ${publish}`,
    select: `(select ticket from after) as ticket`,
  };
}

export interface CallNextOutcome {
  counterFound: boolean;
  sessionUserId: string | null;
  sessionState: 'open' | 'paused' | null;
  busyTicketId: string | null;
  busyDisplayNumber: string | null;
  ticket: Ticket | null;
}

const callNextText = (() => {
  const tail = recordChange('call', { user: '$3::uuid', details: `'{}'::jsonb` });
  return `with counter as (
      select id, location_id from counters where id = $2 and municipality_id = $1 and active
    ), session as (
      select cs.user_id, cs.state, cs.service_ids from counter_sessions cs where cs.counter_id = $2 and cs.state <> 'closed'
    ), busy as (
      select id, display_number from tickets
      where location_id = (select location_id from counter) and state in ('called', 'serving') and counter_id = $2
      order by called_at desc limit 1
    ), next as (
      -- The counter's location's waiting tickets, in call order; the first of the profile no one has locked.
      select t.id from tickets t, session
      where session.user_id = $3 and session.state = 'open' and not exists (select 1 from busy)
        and t.location_id = (select location_id from counter) and t.state = 'waiting'
        and ((t.service_id = any(session.service_ids) and t.target_counter_id is null) or t.target_counter_id = $2)
        -- A checked-in appointment waits for its time (docs/queue-rules.md, "Appointments in the call order").
        and (t.callable_from is null or t.callable_from <= $4::timestamptz)
      order by t.call_key, t.arrived_at, t.id
      limit 1
      for update of t skip locked
    ), changed as (
      update tickets t set state = 'called', counter_id = $2, staff_user_id = $3, called_at = $4, target_counter_id = null,
        version = t.version + 1
      from next where t.id = next.id
      returning t.*, 'waiting'::ticket_state as from_state, null::uuid as from_counter_id
    ), ${tail.ctes}
    select exists (select 1 from counter) as counter_found, (select user_id from session) as session_user_id,
      (select state from session) as session_state, (select id from busy) as busy_ticket_id,
      (select display_number from busy) as busy_display_number, ${tail.select}`;
})();

/**
 * Calls the next ticket for a counter in one statement: checks that the caller's open session is at the counter and
 * that the counter holds no ticket, locks the first waiting ticket of its profile in call order with
 * `FOR UPDATE SKIP LOCKED` (so concurrent counters never take the same one, and never wait for each other), and
 * records the call. The outcome says why nothing was called, for the caller to answer with the right problem.
 */
export async function callNextStatement(
  db: Queryable,
  args: { municipalityId: string; counterId: string; userId: string; at: Date },
): Promise<CallNextOutcome> {
  const result = await db.query<{
    counter_found: boolean;
    session_user_id: string | null;
    session_state: 'open' | 'paused' | null;
    busy_ticket_id: string | null;
    busy_display_number: string | null;
    ticket: Ticket | null;
  }>({ name: 'queue-call-next', text: callNextText, values: [args.municipalityId, args.counterId, args.userId, args.at.toISOString()] });
  const row = result.rows[0]!;
  if (row.ticket) announceLocation(db, row.ticket.locationId);
  return {
    counterFound: row.counter_found,
    sessionUserId: row.session_user_id,
    sessionState: row.session_state,
    busyTicketId: row.busy_ticket_id,
    busyDisplayNumber: row.busy_display_number,
    ticket: row.ticket,
  };
}

/** Transitions whose change needs nothing but the ticket itself; the others keep the read-check-write path. */
export type SimpleAction = Extract<TicketAction, 'start' | 'park' | 'return' | 'requeue' | 'no_show' | 'finish' | 'cancel'>;

/** What each simple action sets besides state and version; `$n` from 8 on are the action's own values. */
const ASSIGNMENTS: Record<SimpleAction, string> = {
  start: 'serving_started_at = $8',
  park: '',
  return: 'counter_id = null',
  requeue: 'counter_id = null, called_at = null',
  no_show: 'finished_at = $8',
  finish: 'finished_at = $8, outcome = $9, delivered_service_ids = $10::uuid[]',
  cancel: 'finished_at = $8, cancel_reason = $9',
};

/** From which states the action is legal, and the one state it leads to, from the domain's state table. */
function statesOf(action: SimpleAction): { from: TicketState[]; to: TicketState } {
  const from = TICKET_STATES.filter((s) => nextState(s, action) !== null);
  const targets = new Set(from.map((s) => nextState(s, action)));
  if (targets.size !== 1) throw new Error(`${action} does not lead to one state`);
  return { from, to: [...targets][0]! };
}

const transitionTexts = new Map<SimpleAction, { text: string; from: TicketState[]; to: TicketState }>();

function transitionText(action: SimpleAction) {
  let entry = transitionTexts.get(action);
  if (!entry) {
    const { from, to } = statesOf(action);
    const tail = recordChange(action, { user: '$6::uuid', details: '$7::jsonb' });
    const assignments = ASSIGNMENTS[action];
    const text = `with before as (
        select id, state, counter_id from tickets where id = $1 and municipality_id = $2
      ), changed as (
        update tickets t set state = '${to}', version = t.version + 1${assignments ? `, ${assignments}` : ''}
        from before
        where t.id = $1 and before.id = $1 and t.version = $3 and t.state = any('{${from.join(',')}}'::ticket_state[])
          and ($4::boolean or t.location_id = any($5::uuid[]))
        returning t.*, before.state as from_state, before.counter_id as from_counter_id
      ), ${tail.ctes}
      select ${tail.select}`;
    entry = { text, from, to };
    transitionTexts.set(action, entry);
  }
  return entry;
}

/**
 * One simple transition in one statement: the update applies only when the caller's version is current, the action
 * is legal in the ticket's state and the caller may work at its location. Null when it did not apply: the caller
 * then finds out why (not found, stale, illegal, forbidden) on the slow path.
 */
export async function transitionStatement(
  db: Queryable,
  action: SimpleAction,
  args: {
    ticketId: string;
    municipalityId: string;
    expectedVersion: number;
    /** Leads may act at every location of their municipality; counter staff only at their own. */
    allLocations: boolean;
    locationIds: string[];
    userId: string;
    details: Record<string, unknown>;
    values: unknown[];
  },
): Promise<Ticket | null> {
  const { text } = transitionText(action);
  const result = await db.query<{ ticket: Ticket | null }>({
    name: `queue-${action}`,
    text,
    values: [
      args.ticketId,
      args.municipalityId,
      args.expectedVersion,
      args.allLocations,
      args.locationIds,
      args.userId,
      JSON.stringify(args.details),
      ...args.values,
    ],
  });
  const ticket = result.rows[0]?.ticket ?? null;
  if (ticket) announceLocation(db, ticket.locationId);
  return ticket;
}

/**
 * What the wait estimate needs (see estimateWaitMinutes in @skranke/domain), for a ticket at location `L` of
 * service `S` with call key `K`, arrival `A` and id `I` in municipality `M`, as columns of one select:
 * - `ahead`: the service's waiting tickets before it in call order (its position), counted from `waiting` unless
 *   that was cut at WAITING_READ_LIMIT;
 * - `waiting`: the location's waiting tickets before it in call order, at most WAITING_READ_LIMIT (120), from
 *   tickets_call_order_idx: id, service, target counter, arrival and call key (ms), as parallel arrays;
 * - `counters`: the open counter sessions, each with its work profile and the ticket it is busy with (service, since);
 * - `samples`: for every service those involve, its expected minutes and the handling minutes of its most recently
 *   finished tickets at the location (the municipality's sample size; a backward walk of tickets_done_idx each).
 */
// 120 tickets ahead are hours of waiting at any desk; reading more (500 was tried) made each issue three times slower.
const WAITING_READ_LIMIT = 120;

const ESTIMATE_FACTS = (p: { L: string; S: string; M: string; K: string; A: string; I: string }) => `
      -- Counted from w when w holds every ticket ahead (the common case: no second scan of the waiting tickets).
      case when coalesce(cardinality(w.ids), 0) < ${WAITING_READ_LIMIT}
        then (select count(*)::int from unnest(w.services) s where s = ${p.S})
        else (select count(*)::int from tickets
          where location_id = ${p.L} and service_id = ${p.S} and state = 'waiting'
            and (call_key, arrived_at, id) < (${p.K}::timestamptz, ${p.A}::timestamptz, ${p.I}::uuid))
      end as ahead,
      w.ids as waiting_ids, w.services as waiting_services, w.targets as waiting_targets, w.arrived as waiting_arrived,
      w.keys as waiting_keys,
      (select jsonb_agg(jsonb_build_array(oc.counter_id, oc.service_ids, oc.current_service, oc.current_since)) from open_counters oc) as counters,
      (select jsonb_agg(jsonb_build_array(sv.id, sv.expected_minutes, (
          select coalesce(array_agg(minutes), '{}')::float8[] from (
            select extract(epoch from (d.finished_at - coalesce(d.serving_started_at, d.called_at))) / 60.0 as minutes
            from tickets d
            where d.location_id = ${p.L} and d.service_id = sv.id and d.state = 'done'
            order by d.finished_at desc
            limit coalesce((select handling_sample_size from queue_settings where municipality_id = ${p.M}), 20)
          ) recent)))
        from services sv
        where sv.municipality_id = ${p.M} and (sv.id = ${p.S} or sv.id = any(w.services)
          or sv.id in (select unnest(service_ids) from open_counters) or sv.id in (select current_service from open_counters))
      ) as samples`;

/** The CTEs ESTIMATE_FACTS reads (`open_counters`, and `w` to join as a lateral row). */
const ESTIMATE_CTES = (p: { L: string; K: string; A: string; I: string; M: string; N: string }) => `open_counters as (
      select cs.counter_id, cs.service_ids, cur.service_id as current_service,
        (extract(epoch from cur.since) * 1000)::float8 as current_since
      from counter_sessions cs
      left join lateral (
        select b.service_id, coalesce(b.serving_started_at, b.called_at) as since from tickets b
        where b.location_id = ${p.L} and b.counter_id = cs.counter_id and b.state in ('called', 'serving')
        order by b.called_at desc limit 1
      ) cur on true
      where cs.location_id = ${p.L} and cs.state = 'open'
        -- A counter whose screen has gone silent is not capacity (see counterPresence in @skranke/domain).
        and cs.last_seen_at >= ${p.N}::timestamptz - make_interval(secs => coalesce(
          (select counter_stale_seconds from queue_settings where municipality_id = ${p.M}), ${DEFAULT_COUNTER_STALE_SECONDS}))
    ), w as (
      select array_agg(id order by call_key, arrived_at, id) as ids,
        array_agg(service_id order by call_key, arrived_at, id) as services,
        array_agg(target_counter_id order by call_key, arrived_at, id) as targets,
        array_agg((extract(epoch from arrived_at) * 1000)::float8 order by call_key, arrived_at, id) as arrived,
        array_agg((extract(epoch from call_key) * 1000)::float8 order by call_key, arrived_at, id) as keys
      from (
        select id, service_id, target_counter_id, arrived_at, call_key from tickets
        where location_id = ${p.L} and state = 'waiting'
          and (call_key, arrived_at, id) < (${p.K}::timestamptz, ${p.A}::timestamptz, ${p.I}::uuid)
        order by call_key, arrived_at, id
        limit ${WAITING_READ_LIMIT}
      ) first
    )`;

interface EstimateFactsRow {
  ahead: number;
  waiting_ids: string[] | null;
  waiting_services: string[] | null;
  waiting_targets: (string | null)[] | null;
  waiting_arrived: number[] | null;
  waiting_keys: number[] | null;
  counters: [string, string[], string | null, number | null][] | null;
  samples: [string, number, number[]][] | null;
}

export interface QueueFacts {
  /** Waiting tickets of the service ahead of this one. */
  ahead: number;
  /** The location's waiting tickets ahead of this one in call order (at most WAITING_READ_LIMIT). */
  waiting: EstimateTicket[];
  counters: EstimateCounter[];
  /** Per service involved: expected minutes and recent handling minutes. */
  samples: Map<string, { expectedMinutes: number; durations: number[] }>;
}

const toFacts = (row: EstimateFactsRow): QueueFacts => {
  const ids = row.waiting_ids ?? [];
  return {
    ahead: Number(row.ahead),
    waiting: ids.map((id, i) => {
      const arrivedAt = Number(row.waiting_arrived![i]);
      return {
        id,
        serviceId: row.waiting_services![i]!,
        targetCounterId: row.waiting_targets![i] ?? null,
        arrivedAt: new Date(arrivedAt),
        // The call key is arrival minus head start (already clamped when the ticket was issued or reprioritised).
        headStartMinutes: (arrivedAt - Number(row.waiting_keys![i])) / 60_000,
      };
    }),
    counters: (row.counters ?? []).map(([counterId, serviceIds, currentService, currentSince]) => ({
      counterId,
      serviceIds,
      current: currentService && currentSince !== null ? { serviceId: currentService, since: new Date(Number(currentSince)) } : null,
    })),
    samples: new Map(
      (row.samples ?? []).map(([id, expectedMinutes, durations]) => [id, { expectedMinutes, durations: durations.map(Number) }]),
    ),
  };
};

const issueText = (() => {
  const publish = publishCte(
    'published',
    `select $2::uuid, $3::uuid, 'ticket.issue', jsonb_set($15::jsonb, '{ticket,displayNumber}', to_jsonb(display_number)) from inserted`,
  );
  return `with seq as (
      insert into ticket_sequences (location_id, prefix, service_day, last_number)
      values ($3, $5, $6, 1)
      on conflict (location_id, prefix, service_day) do update set last_number = ticket_sequences.last_number + 1
      returning last_number
    ), inserted as (
      insert into tickets (id, municipality_id, location_id, service_id, prefix, number, display_number, service_day,
        priority_class_id, priority_reason, source, arrived_at, call_key, idempotency_key, issued_by_user_id, issued_by_device_id,
        callable_from)
      select $1::uuid, $2::uuid, $3::uuid, $4::uuid, $5, seq.last_number,
        $5 || case when seq.last_number < 1000 then lpad(seq.last_number::text, 3, '0') else seq.last_number::text end,
        $6::date, $7::uuid, $8, $9::ticket_source, $10::timestamptz, $11::timestamptz, $12, $13::uuid, $14::uuid,
        $16::timestamptz
      from seq
      on conflict do nothing
      returning id, number, display_number
    ), ticket_event as (
      insert into ticket_events (municipality_id, location_id, ticket_id, action, to_state, user_id, device_id)
      select $2::uuid, $3::uuid, inserted.id, 'issue', 'waiting', $13::uuid, $14::uuid from inserted
    ), ${publish}, ${ESTIMATE_CTES({ L: '$3', K: '$11', A: '$10', I: '$1', M: '$2', N: '$10' })}
    select number, display_number, ${ESTIMATE_FACTS({ L: '$3', S: '$4', M: '$2', K: '$11', A: '$10', I: '$1' })}
    from inserted, w`;
})();

/**
 * Takes the next number for the ticket's prefix and service day, inserts the ticket, its first ticket event and its
 * location event, in one statement. The sequence row stays locked until commit, which here is the end of this
 * statement. The display number follows formatTicketNumber (at least three digits); `ticket` is the event's ticket,
 * whose display number the statement fills in. The answer carries the facts for the ticket's position and estimate
 * (see queueFactsStatement), read in the same snapshot. Returns nothing when the idempotency key was taken meanwhile.
 */
export async function issueStatement(
  db: Queryable,
  values: {
    id: string;
    municipalityId: string;
    locationId: string;
    serviceId: string;
    prefix: string;
    serviceDay: string;
    priorityClassId: string | null;
    priorityReason: string | null;
    source: 'kiosk' | 'counter' | 'appointment';
    arrivedAt: Date;
    callKey: Date;
    idempotencyKey: string | null;
  },
  actor: { userId?: string; deviceId?: string },
  ticket: Ticket,
  /** A checked-in appointment is not called before this; null for a walk-in. */
  callableFrom: Date | null = null,
): Promise<{ number: number; displayNumber: string; facts: QueueFacts } | undefined> {
  const result = await db.query<{ number: number; display_number: string } & EstimateFactsRow>({
    name: 'queue-issue',
    text: issueText,
    values: [
      values.id,
      values.municipalityId,
      values.locationId,
      values.serviceId,
      values.prefix,
      values.serviceDay,
      values.priorityClassId,
      values.priorityReason,
      values.source,
      values.arrivedAt.toISOString(),
      values.callKey.toISOString(),
      values.idempotencyKey,
      actor.userId ?? null,
      actor.deviceId ?? null,
      JSON.stringify({ ticket }),
      callableFrom?.toISOString() ?? null,
    ],
  });
  const row = result.rows[0];
  if (!row) return undefined;
  announceLocation(db, values.locationId);
  return { number: Number(row.number), displayNumber: row.display_number, facts: toFacts(row) };
}

/**
 * In one round trip, what the position and wait estimate of a waiting ticket need (see ESTIMATE_FACTS): the same
 * facts the issue statement answers with.
 */
export async function queueFactsStatement(
  db: Queryable,
  ticket: { id: string; locationId: string; serviceId: string; callKey: Date; arrivedAt: Date; municipalityId: string },
  now: Date,
) {
  const result = await db.query<EstimateFactsRow>({
    name: 'queue-facts',
    text: `with ${ESTIMATE_CTES({ L: '$1', K: '$3', A: '$6', I: '$4', M: '$5', N: '$7' })}
      select ${ESTIMATE_FACTS({ L: '$1', S: '$2', M: '$5', K: '$3', A: '$6', I: '$4' })} from w`,
    values: [
      ticket.locationId,
      ticket.serviceId,
      ticket.callKey.toISOString(),
      ticket.id,
      ticket.municipalityId,
      ticket.arrivedAt.toISOString(),
      now.toISOString(),
    ],
  });
  return toFacts(result.rows[0]!);
}

/** What issuing a ticket needs to know first: the location (of the caller's municipality) and the service. */
export async function issueContextStatement(db: Queryable, args: { municipalityId: string; locationId: string; serviceId: string }) {
  const result = await db.query<{
    location_name: string | null;
    service_id: string | null;
    prefix: string;
    name_da: string;
    name_en: string;
    expected_minutes: number;
    active: boolean;
  }>({
    name: 'queue-issue-context',
    text: `select l.name as location_name, s.id as service_id, s.prefix, s.name_da, s.name_en, s.expected_minutes, s.active
      from (select 1) one
      left join locations l on l.id = $2 and l.municipality_id = $1
      left join services s on s.id = $3 and s.municipality_id = $1`,
    values: [args.municipalityId, args.locationId, args.serviceId],
  });
  const row = result.rows[0]!;
  return {
    location: row.location_name === null ? null : { name: row.location_name },
    service:
      row.service_id === null
        ? null
        : {
            id: row.service_id,
            prefix: row.prefix,
            nameDa: row.name_da,
            nameEn: row.name_en,
            expectedMinutes: row.expected_minutes,
            active: row.active,
          },
  };
}
