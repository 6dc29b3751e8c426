export type TicketState = 'waiting' | 'called' | 'serving' | 'parked' | 'done' | 'no_show' | 'cancelled';

export type TicketAction =
  | 'call'
  | 'recall'
  | 'start'
  | 'park'
  /** parked → waiting */
  | 'return'
  /** → waiting (to another service or location), from waiting, called, serving or parked */
  | 'transfer'
  | 'finish'
  | 'no_show'
  | 'cancel'
  /** called → waiting: the counter lets the ticket go back in the queue */
  | 'requeue'
  | 'close_day';

export const TICKET_STATES: readonly TicketState[] = ['waiting', 'called', 'serving', 'parked', 'done', 'no_show', 'cancelled'];

/** Every action, in the order `allowedActions` lists them (the order buttons appear in at the counter). */
export const TICKET_ACTIONS: readonly TicketAction[] = [
  'call',
  'recall',
  'start',
  'park',
  'return',
  'transfer',
  'finish',
  'no_show',
  'cancel',
  'requeue',
  'close_day',
];

export const OPEN_STATES: readonly TicketState[] = ['waiting', 'called', 'serving', 'parked'];
export const TERMINAL_STATES: readonly TicketState[] = ['done', 'no_show', 'cancelled'];

/**
 * The whole state machine in one table, so a reviewer can check it against the rules in docs/queue-rules.md.
 * A citizen who is being served when the day closes counts as served (done); anyone still waiting, called or
 * parked at closing did not get served and counts as a no-show.
 */
const TRANSITIONS: Record<TicketState, Partial<Record<TicketAction, TicketState>>> = {
  waiting: { call: 'called', transfer: 'waiting', cancel: 'cancelled', close_day: 'no_show' },
  called: {
    recall: 'called',
    start: 'serving',
    park: 'parked',
    transfer: 'waiting',
    finish: 'done',
    no_show: 'no_show',
    cancel: 'cancelled',
    requeue: 'waiting',
    close_day: 'no_show',
  },
  serving: { park: 'parked', transfer: 'waiting', finish: 'done', close_day: 'done' },
  parked: { call: 'called', return: 'waiting', transfer: 'waiting', cancel: 'cancelled', close_day: 'no_show' },
  done: {},
  no_show: {},
  cancelled: {},
};

/** The state after `action`, or null when the action is not allowed from `from`. */
export function nextState(from: TicketState, action: TicketAction): TicketState | null {
  return TRANSITIONS[from][action] ?? null;
}

export function allowedActions(from: TicketState): TicketAction[] {
  return TICKET_ACTIONS.filter((action) => nextState(from, action) !== null);
}

export function isOpenState(state: TicketState): boolean {
  return OPEN_STATES.includes(state);
}
