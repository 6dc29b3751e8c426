import { averageHandlingMinutes, estimateWaitMinutes, type EstimateCounter, type EstimateTicket } from '@skranke/domain';
import type { TicketRow } from './queue.repository.ts';
import type { QueueFacts } from './queue.statements.ts';

/** A ticket as the wait estimate sees it; its head start is what its call key says (arrival minus call key). */
export const estimateTicketOf = (
  row: Pick<TicketRow, 'id' | 'serviceId' | 'targetCounterId' | 'arrivedAt' | 'callKey'>,
): EstimateTicket => ({
  id: row.id,
  serviceId: row.serviceId,
  targetCounterId: row.targetCounterId,
  arrivedAt: row.arrivedAt,
  headStartMinutes: (row.arrivedAt.getTime() - row.callKey.getTime()) / 60_000,
});

/** Every open counter session with its profile and the ticket it holds (from the location's open tickets). */
export function estimateCountersOf(
  sessions: readonly { counterId: string; serviceIds: string[]; state: string }[],
  open: readonly Pick<TicketRow, 'state' | 'counterId' | 'serviceId' | 'calledAt' | 'servingStartedAt'>[],
): EstimateCounter[] {
  return sessions
    .filter((s) => s.state === 'open')
    .map((s) => {
      const current = open.find((t) => t.counterId === s.counterId && (t.state === 'called' || t.state === 'serving'));
      const since = current?.servingStartedAt ?? current?.calledAt;
      return {
        counterId: s.counterId,
        serviceIds: s.serviceIds,
        current: current && since ? { serviceId: current.serviceId, since } : null,
      };
    });
}

/** Mean handling minutes per service from its recent sample, or its expected minutes while the sample is small. */
export const handlingMinutesOf = (samples: Iterable<[string, { expectedMinutes: number; durations: number[] }]>) =>
  new Map([...samples].map(([serviceId, s]) => [serviceId, averageHandlingMinutes(s.durations, s.expectedMinutes)]));

/**
 * A waiting ticket's place: its position, and its wait estimate from the open counters played forward in call order
 * over the location's waiting tickets (estimateWaitMinutes), from the facts queueFactsStatement or the issue statement
 * read. One reading for the kiosk's receipt and the ticket's public status page.
 */
export function placeFromFacts(facts: QueueFacts, ticket: Parameters<typeof estimateTicketOf>[0], now: Date) {
  return {
    position: facts.ahead + 1,
    estimatedWaitMinutes: estimateWaitMinutes({
      ticket: estimateTicketOf(ticket),
      waiting: facts.waiting,
      counters: facts.counters,
      handlingMinutes: handlingMinutesOf(facts.samples),
      now,
    }),
  };
}
