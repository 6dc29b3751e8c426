import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  isOpenState,
  nextState,
  OPEN_STATES,
  TICKET_ACTIONS,
  TICKET_STATES,
  type TicketAction,
  type TicketState,
} from './states.ts';

// The rules exactly as agreed with the lead; every pair not listed here must be illegal.
const LEGAL: Array<[TicketState, TicketAction, TicketState]> = [
  ['waiting', 'call', 'called'],
  ['waiting', 'transfer', 'waiting'],
  ['waiting', 'cancel', 'cancelled'],
  ['waiting', 'close_day', 'no_show'],
  ['called', 'recall', 'called'],
  ['called', 'start', 'serving'],
  ['called', 'park', 'parked'],
  ['called', 'transfer', 'waiting'],
  ['called', 'finish', 'done'],
  ['called', 'no_show', 'no_show'],
  ['called', 'cancel', 'cancelled'],
  ['called', 'requeue', 'waiting'],
  ['called', 'close_day', 'no_show'],
  ['serving', 'park', 'parked'],
  ['serving', 'transfer', 'waiting'],
  ['serving', 'finish', 'done'],
  ['serving', 'close_day', 'done'],
  ['parked', 'call', 'called'],
  ['parked', 'return', 'waiting'],
  ['parked', 'transfer', 'waiting'],
  ['parked', 'cancel', 'cancelled'],
  ['parked', 'close_day', 'no_show'],
];

const legalKey = new Set(LEGAL.map(([from, action]) => `${from} ${action}`));
const ILLEGAL: Array<[TicketState, TicketAction]> = TICKET_STATES.flatMap((from) =>
  TICKET_ACTIONS.filter((action) => !legalKey.has(`${from} ${action}`)).map((action): [TicketState, TicketAction] => [from, action]),
);

describe('nextState', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(nextState(from, action)).toBe(to);
  });

  it('covers all 77 state/action pairs between the legal and illegal tables', () => {
    expect(LEGAL.length + ILLEGAL.length).toBe(TICKET_STATES.length * TICKET_ACTIONS.length);
  });

  it.each(ILLEGAL)('%s --%s--> is illegal', (from, action) => {
    expect(nextState(from, action)).toBeNull();
  });
});

describe('allowedActions', () => {
  it.each<[TicketState, TicketAction[]]>([
    ['waiting', ['call', 'transfer', 'cancel', 'close_day']],
    ['called', ['recall', 'start', 'park', 'transfer', 'finish', 'no_show', 'cancel', 'requeue', 'close_day']],
    ['serving', ['park', 'transfer', 'finish', 'close_day']],
    ['parked', ['call', 'return', 'transfer', 'close_day', 'cancel']],
    ['done', []],
    ['no_show', []],
    ['cancelled', []],
  ])('%s allows %j', (from, expected) => {
    expect(allowedActions(from).sort()).toEqual([...expected].sort());
  });

  it.each(OPEN_STATES)('close_day leaves %s in a terminal state', (from) => {
    const closed = nextState(from, 'close_day');
    expect(closed).not.toBeNull();
    expect(allowedActions(closed as TicketState)).toEqual([]);
  });
});

describe('isOpenState', () => {
  it.each<[TicketState, boolean]>([
    ['waiting', true],
    ['called', true],
    ['serving', true],
    ['parked', true],
    ['done', false],
    ['no_show', false],
    ['cancelled', false],
  ])('%s: %s', (state, expected) => {
    expect(isOpenState(state)).toBe(expected);
  });
});
