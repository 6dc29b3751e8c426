/**
 * Both estimates of one ticket at the moment it is issued, from what the API would read then: the location's waiting
 * tickets, its open counters with their profiles and current tickets, and each service's recent handling minutes.
 */
import {
  averageHandlingMinutes,
  compareForCalling,
  estimateWaitMinutes,
  type EstimateCounter,
  type EstimateTicket,
} from '../../../packages/domain/src/index.ts';
import { legacyEstimate } from './legacy.ts';

/** The municipality's handling-time sample size (queue_settings default). */
export const SAMPLE_SIZE = 20;

export interface Observation {
  scenario: string;
  serviceId: string;
  /** Minutes, or null for "unknown". */
  estimate: number | null;
  legacy: number | null;
  /** Filled in when the ticket is called; cancelled tickets never are and are left out. */
  realWait: number | null;
}

/** Recent handling minutes per service, newest last, at most SAMPLE_SIZE. */
export class Samples {
  private byService = new Map<string, number[]>();
  add(serviceId: string, minutes: number) {
    const list = this.byService.get(serviceId) ?? [];
    list.push(minutes);
    if (list.length > SAMPLE_SIZE) list.shift();
    this.byService.set(serviceId, list);
  }
  mean(serviceId: string, expectedMinutes: number) {
    return averageHandlingMinutes(this.byService.get(serviceId) ?? [], expectedMinutes);
  }
}

export function observe(args: {
  scenario: string;
  ticket: EstimateTicket;
  waiting: readonly EstimateTicket[];
  counters: readonly EstimateCounter[];
  samples: Samples;
  expectedMinutes: ReadonlyMap<string, number>;
  now: Date;
}): Observation {
  const { ticket, waiting, counters, samples, expectedMinutes, now } = args;
  const handlingMinutes = new Map([...expectedMinutes].map(([id, expected]) => [id, samples.mean(id, expected)]));
  const estimate = estimateWaitMinutes({ ticket, waiting, counters, handlingMinutes, now });
  // The old rule: own service's waiting tickets ahead (as the old SQL counted them), counters whose profile has it.
  const ahead = waiting.filter(
    (t) => t.serviceId === ticket.serviceId && t.targetCounterId === null && compareForCalling(t, ticket) < 0,
  ).length;
  const legacy = legacyEstimate({
    position: ahead + 1,
    staffedCounters: counters.filter((c) => c.serviceIds.includes(ticket.serviceId)).length,
    averageHandlingMinutes: handlingMinutes.get(ticket.serviceId)!,
  });
  return { scenario: args.scenario, serviceId: ticket.serviceId, estimate, legacy, realWait: null };
}
