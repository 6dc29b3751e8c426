/**
 * The Ticket contract is written three times: `toTicket` over the row drizzle reads (queue.repository.ts), the SQL
 * `TICKET_JSON` the hot statements answer and publish with (queue.statements.ts), and the ticket issueTicket builds
 * from what it writes without reading it back (issuedTicketDraft, queue-issuing.service.ts). Here all three are held
 * to `toTicket`, field by field, for tickets in each state, against the real database.
 */
import type { Ticket } from '@skranke/contracts';
import { schema } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueRepository, toTicket } from '../src/modules/queue/queue.repository.ts';
import { poolOf, TICKET_JSON } from '../src/modules/queue/queue.statements.ts';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { atCounter, callNext, issue, SERVICES, type As } from './queue-helpers.ts';

let ctx: TestContext;
let lars: As;
let anna: As;
const [C1, C2] = DEMO_QUEUE.dokk1Counters as [string, string];

beforeAll(async () => {
  ctx = await build();
  lars = injectAs(ctx.app, await login(ctx.app, 'lars'));
  anna = await atCounter(ctx.app, 'anna', C1, [SERVICES.pas, SERVICES.mitid]);
  await atCounter(ctx.app, 'admin', C2, [SERVICES['digital-post']]);
});
afterAll(() => ctx.close());

/** The ticket as toTicket makes it from the row the repository reads now. */
async function readTicket(id: string): Promise<Ticket> {
  const row = await createQueueRepository(ctx.app.db).ticket(DEMO.aarhus.id, id);
  if (!row) throw new Error(`ticket ${id} not found`);
  return toTicket(row);
}

/** The ticket as TICKET_JSON builds it from the same row. */
async function sqlTicket(id: string): Promise<Ticket> {
  const { rows } = await poolOf(ctx.app.db).query<{ ticket: Ticket }>(
    `select ${TICKET_JSON} as ticket from tickets t join services s on s.id = t.service_id left join counters c on c.id = t.counter_id
     where t.id = $1`,
    [id],
  );
  return rows[0]!.ticket;
}

/** The ticket of the latest location event about this ticket (what every screen at the location receives). */
async function publishedTicket(id: string): Promise<Ticket> {
  const e = schema.locationEvents;
  const [event] = await ctx.app.db
    .select({ payload: e.payload })
    .from(e)
    .where(and(eq(e.locationId, DEMO.aarhus.dokk1), sql`${e.payload} -> 'ticket' ->> 'id' = ${id}`))
    .orderBy(desc(e.seq))
    .limit(1);
  return (event!.payload as { ticket: Ticket }).ticket;
}

/** Every field of `actual` equals the same field of `expected`, and neither has a field the other lacks. */
function expectSameTicket(actual: Ticket, expected: Ticket, what: string) {
  const fields = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  expect(Object.keys(actual).sort(), `${what}: fields`).toEqual(Object.keys(expected).sort());
  for (const field of fields) {
    expect(actual[field as keyof Ticket], `${what}: ${field}`).toStrictEqual(expected[field as keyof Ticket]);
  }
}

/** The answer, TICKET_JSON and the published ticket all equal toTicket over the row as read. */
async function expectContract(answer: Ticket, state: Ticket['state']) {
  const read = await readTicket(answer.id);
  expect(read.state).toBe(state);
  expectSameTicket(answer, read, `${state}: the answer`);
  expectSameTicket(await sqlTicket(answer.id), read, `${state}: TICKET_JSON`);
  expectSameTicket(await publishedTicket(answer.id), read, `${state}: the location event`);
  return read;
}

const post = async (
  as: As,
  ticket: Pick<Ticket, 'id' | 'version'>,
  action: string,
  body: Record<string, unknown> = {},
): Promise<Ticket> => {
  const response = await as({
    method: 'POST',
    url: `/api/tickets/${ticket.id}/${action}`,
    payload: { expectedVersion: ticket.version, ...body },
  });
  if (response.statusCode !== 200) throw new Error(`${action}: ${response.statusCode} ${response.body}`);
  return response.json();
};

describe('the ticket contract: toTicket, TICKET_JSON and the issued draft agree', () => {
  it('for a waiting ticket as issued (the draft), and when called, recalled, served, parked, back and done (the statements)', async () => {
    const { ticket: issued } = await issue(lars, SERVICES.pas);
    await expectContract(issued, 'waiting');
    const called = await callNext(anna, C1);
    expect(called.id).toBe(issued.id);
    await expectContract(called, 'called');
    const recalled = await post(anna, called, 'recall');
    expect(recalled.recallCount).toBe(1);
    await expectContract(recalled, 'called');
    const serving = await post(anna, recalled, 'start');
    await expectContract(serving, 'serving');
    const parked = await post(anna, serving, 'park');
    await expectContract(parked, 'parked');
    const back = await post(anna, parked, 'call', { counterId: C1 });
    await expectContract(back, 'called');
    const done = await post(anna, back, 'finish', { outcome: 'partly', deliveredServiceIds: [SERVICES.pas] });
    expect(done.outcome).toBe('partly');
    await expectContract(done, 'done');
  });

  it('for a ticket issued with priority and reason, reprioritised, and then cancelled', async () => {
    const { ticket: issued } = await issue(lars, SERVICES.pas, {
      priorityClassId: DEMO_QUEUE.aarhusPriority.akut,
      priorityReason: 'Fly i aften',
    });
    expect(issued.priorityReason).toBe('Fly i aften');
    await expectContract(issued, 'waiting');
    const lowered = await post(lars, issued, 'priority', { priorityClassId: DEMO_QUEUE.aarhusPriority.stoetteperson, reason: 'Ledsager' });
    await expectContract(lowered, 'waiting');
    const cancelled = await post(lars, lowered, 'cancel', { reason: 'Gik igen' });
    await expectContract(cancelled, 'cancelled');
  });

  it('for a ticket transferred to another counter with a note, returned to the queue, requeued and marked no-show', async () => {
    const { ticket: issued } = await issue(lars, SERVICES.mitid);
    const called = await post(anna, issued, 'call', { counterId: C1 });
    const sent = await post(anna, called, 'transfer', { counterId: C2, serviceId: SERVICES['digital-post'], note: 'Mangler NemID-brev' });
    expect(sent).toMatchObject({ targetCounterId: C2, transferNote: 'Mangler NemID-brev' });
    await expectContract(sent, 'waiting');
    const rerouted = await post(lars, sent, 'reroute', {});
    await expectContract(rerouted, 'waiting');
    const again = await post(anna, rerouted, 'call', { counterId: C1 });
    const parked = await post(anna, again, 'park');
    const returned = await post(anna, parked, 'return');
    await expectContract(returned, 'waiting');
    const calledBack = await post(anna, returned, 'call', { counterId: C1 });
    const requeued = await post(anna, calledBack, 'requeue');
    await expectContract(requeued, 'waiting');
    const last = await post(anna, requeued, 'call', { counterId: C1 });
    const gone = await post(anna, last, 'no-show');
    await expectContract(gone, 'no_show');
  });
});
