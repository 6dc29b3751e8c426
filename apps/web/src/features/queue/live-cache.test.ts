import type { Ticket } from '@skranke/contracts';
import { describe, expect, it } from 'vitest';
import { board, calledTicket, COUNTERS, ticket } from '../../test/queue-fixtures.ts';
import { withCall } from './live-cache.ts';

const waiting = ticket({ id: 't-1', displayNumber: 'P001', version: 1 });
const other = ticket({ id: 't-2', displayNumber: 'P002', version: 1 });
const at = (state: Ticket['state'], version: number, extra: Partial<Ticket> = {}) =>
  calledTicket({ id: 't-1', displayNumber: 'P001', state, version, ...extra });

describe('withCall: a ticket answer or event applied to the board', () => {
  it.each<[string, Ticket, string[], string[], string | null]>([
    ['a call takes the ticket off the waiting list and puts it at the counter', at('called', 2), ['P002'], ['P001'], 'P001'],
    ['serving keeps it off the list, at the counter', at('serving', 3), ['P002'], ['P001'], 'P001'],
    ['a no-show leaves both', at('no_show', 3, { counterId: null }), ['P002'], [], null],
    ['an older version than the one shown changes nothing', at('called', 0), ['P001', 'P002'], [], null],
    [
      'a ticket sent back to the queue stays on the list (its place comes with the refetch)',
      ticket({ id: 't-1', displayNumber: 'P001', version: 4 }),
      ['P001', 'P002'],
      [],
      null,
    ],
  ])('%s', (_name, event, waitingAfter, calledAfter, atCounter1) => {
    const next = withCall(board({ waiting: [waiting, other] }), event);
    expect(next.waiting.map((t) => t.displayNumber)).toEqual(waitingAfter);
    expect(next.called.map((t) => t.displayNumber)).toEqual(calledAfter);
    expect(next.counters.find((c) => c.counterId === COUNTERS[0]!.id)?.currentTicket?.displayNumber ?? null).toBe(atCounter1);
  });
});
