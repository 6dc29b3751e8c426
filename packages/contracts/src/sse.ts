import type { TicketAction } from '@skranke/domain';
import type { CounterSession, Service, Ticket } from './queue.ts';

/** The frames of streamLocationEvents, and an incremental parser of text/event-stream used by clients and tests. */
export interface LocationEventMessage {
  seq: number;
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

/**
 * What a ticket event records: `ticket.<action>`, the action as in the ticket's history (ticket_events): the domain's
 * transitions, except closing the day (one `day.closed` for the location), plus issuing and the lead's changes.
 */
export type TicketEventAction = Exclude<TicketAction, 'close_day'> | 'issue' | 'reprioritise' | 'move' | 'reroute';

/** The payload of each live event of a location, by event type (see docs/queue.md, "Live updates"). */
export type LocationEventPayloads = {
  [A in TicketEventAction as `ticket.${A}`]: { ticket: Ticket };
} & {
  'counter.updated': { counterId: string; state: CounterSession['state'] };
  'service.created': { service: Service };
  'service.updated': { service: Service };
  'day.closed': { settled: number };
};

export type LocationEventType = keyof LocationEventPayloads;

/**
 * One live event of a location, as streamLocationEvents sends it in a frame's `data`; narrowing on `type` gives its
 * payload. `LocationEvent<'ticket.call'>` names one kind.
 */
export type LocationEvent<T extends LocationEventType = LocationEventType> = {
  [K in T]: { seq: number; type: K; at: string; payload: LocationEventPayloads[K] };
}[T];

export type TicketEvent = LocationEvent<`ticket.${TicketEventAction}`>;

/** A ticket changed (any `ticket.<action>`): its payload is the ticket as it is now. */
export function isTicketEvent(event: LocationEvent): event is TicketEvent {
  return event.type.startsWith('ticket.');
}

export interface SseFrame {
  id?: string;
  event?: string;
  data: string;
}

/** Feed chunks of the stream as they arrive; complete frames come out (comments and heartbeats are skipped). */
export function createSseParser(onFrame: (frame: SseFrame) => void) {
  let buffer = '';
  return (chunk: string) => {
    buffer += chunk.replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const frame: SseFrame = { data: '' };
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') data.push(value);
        else if (field === 'id') frame.id = value;
        else if (field === 'event') frame.event = value;
      }
      if (data.length > 0) {
        frame.data = data.join('\n');
        onFrame(frame);
      }
    }
  };
}
