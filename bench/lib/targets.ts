/**
 * The two things measured side by side: the queue service called in-process (the limit: the same transactions
 * straight through pg) and the API over real HTTP in a separate process.
 */
import type { DatabaseHandle } from '../../db/src/index.ts';
import { createQueueService } from '../../apps/api/src/modules/queue/queue.service.ts';
import { DOKK1, PASSWORD, SERVICE_IDS, type Desk, type Fixture } from './fixture.ts';
import { expectStatus, JsonClient } from './http.ts';

export interface CalledTicket {
  id: string;
  version: number;
}

export interface Target {
  name: string;
  issue(i: number): Promise<void>;
  callNext(desk: Desk): Promise<CalledTicket>;
  finish(desk: Desk, ticket: CalledTicket): Promise<void>;
}

const serviceFor = (i: number) => SERVICE_IDS[i % SERVICE_IDS.length]!;

export function limitTarget(fixture: Fixture, handle: DatabaseHandle): Target {
  const queue = createQueueService(handle.db);
  return {
    name: 'limit',
    issue: async (i) => {
      await queue.issueTicket(fixture.lars, DOKK1, { serviceId: serviceFor(i) });
    },
    callNext: async (desk) => {
      const ticket = await queue.callNext(desk.principal, desk.counterId);
      if (!ticket) throw new Error('call-next found nobody waiting: the backlog ran dry');
      return ticket;
    },
    finish: async (desk, ticket) => {
      await queue.finish(desk.principal, ticket.id, { expectedVersion: ticket.version, outcome: 'completed', deliveredServiceIds: [] });
    },
  };
}

/** Access tokens by username, signed in again before they are 10 minutes old (they live 15). */
export class Tokens {
  private tokens = new Map<string, { token: string; at: number }>();

  constructor(private readonly client: JsonClient) {}

  async get(username: string): Promise<string> {
    const held = this.tokens.get(username);
    if (held && performance.now() - held.at < 10 * 60_000) return held.token;
    const response = await this.client.request<{ accessToken: string }>('POST', '/api/auth/login', undefined, {
      username,
      password: PASSWORD,
    });
    const token = expectStatus(response, [200], `login ${username}`).accessToken;
    this.tokens.set(username, { token, at: performance.now() });
    return token;
  }

  /** Signs everyone in now, outside any measured window. */
  async refresh(usernames: string[]) {
    for (const u of usernames) await this.get(u);
  }

  cached(username: string): string {
    const held = this.tokens.get(username);
    if (!held) throw new Error(`no token for ${username}: call refresh() first`);
    return held.token;
  }
}

export function apiTarget(client: JsonClient, tokens: Tokens): Target {
  return {
    name: 'api',
    issue: async (i) => {
      const response = await client.post(`/api/locations/${DOKK1}/tickets`, tokens.cached('lars'), { serviceId: serviceFor(i) });
      expectStatus(response, [201], 'issueTicket');
    },
    callNext: async (desk) => {
      const response = await client.post<{ ticket: CalledTicket | null }>(
        `/api/counters/${desk.counterId}/call-next`,
        tokens.cached(desk.username),
      );
      const { ticket } = expectStatus(response, [200], 'callNextTicket');
      if (!ticket) throw new Error('call-next found nobody waiting: the backlog ran dry');
      return ticket;
    },
    finish: async (desk, ticket) => {
      const response = await client.post(`/api/tickets/${ticket.id}/finish`, tokens.cached(desk.username), {
        expectedVersion: ticket.version,
        outcome: 'completed',
        deliveredServiceIds: [],
      });
      expectStatus(response, [200], 'finishTicket');
    },
  };
}
