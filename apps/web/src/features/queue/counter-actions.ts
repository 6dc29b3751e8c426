import type { TicketState } from '@skranke/contracts';

/** What a counter can do with the ticket in front of it, in the order the buttons appear. */
export type CounterAction = 'start' | 'recall' | 'noShow' | 'park' | 'transfer' | 'finish';

/**
 * The legal actions of the state table (docs/queue-rules.md) that belong at a counter. A called citizen may be served
 * quickly without "start" (finish straight from called); a serving one can no longer be recalled or marked absent.
 */
export function counterActionsFor(state: TicketState): CounterAction[] {
  switch (state) {
    case 'called':
      return ['start', 'recall', 'noShow', 'park', 'transfer', 'finish'];
    case 'serving':
      return ['park', 'transfer', 'finish'];
    default:
      return [];
  }
}
