/**
 * Part 3: a simulated day replayed through the API in-process (buildApp with a movable queue clock, app.inject, as
 * apps/api/test/appointments.test.ts does). The booked citizens book on the public page the day before; on the day
 * each check-in and walk-in arrival happens at its time on the clock, and each free counter calls next, serves for
 * the visit's handling time and finishes. An idle counter tries again whenever something arrives, a counter comes
 * free, or a booked time (or the 3 minutes before it) comes; when one idle counter finds nobody, the others (same
 * errand) would not either. Afterwards the tickets' call keys are read from the database for Claim 2's bound.
 */
import { buildApp } from '../../apps/api/src/app.ts';
import { addLocalDays, copenhagenInstant } from '../../packages/domain/src/index.ts';
import { DAY_SERVICE, LEAD, PASSWORD, type AppointmentsFixture } from './appointments-setup.ts';
import { MINUTE, type Visit } from './appointments-scenario.ts';
import { summarise } from './stats.ts';

export interface Served {
  visit: Visit;
  ticketId: string;
  arrival: string;
  calledAt: number;
  callKey: number;
  arrivedAt: number;
}

export interface DayReplay {
  served: Served[];
  /** Tickets still waiting after the last event (should be none). */
  uncalled: number;
  arrivals: Record<string, number>;
  injects: Record<string, ReturnType<typeof summarise>>;
  wallSeconds: number;
}

type App = Awaited<ReturnType<typeof buildApp>>;
interface InjectOptions {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  payload?: Record<string, unknown>;
}

interface Ticket {
  id: string;
  version: number;
}

export class DaySimulator {
  private now = new Date();
  private app!: App;
  private readonly timings = new Map<string, number[]>();
  private lead = '';
  private counterTokens: string[] = [];

  constructor(
    private readonly fixture: AppointmentsFixture,
    private readonly jwtSecret: string,
  ) {}

  async start() {
    this.app = await buildApp({
      databaseUrl: this.fixture.databaseUrl,
      jwtSecret: this.jwtSecret,
      logger: false,
      cookieSecure: false,
      loginRateLimitPerMinute: 100_000,
      bookingRateLimitPerMinute: 100_000,
      queueClock: () => this.now,
      poolSize: 5,
    });
    this.lead = await this.login(LEAD);
    for (const c of this.fixture.simCounters) this.counterTokens.push(await this.login(c.username));
  }

  close() {
    return this.app.close();
  }

  private async inject<T>(what: string, options: InjectOptions, token?: string, ok: number[] = [200, 201]): Promise<T> {
    const started = performance.now();
    const headers = token ? { authorization: `Bearer ${token}` } : {};
    const response = await this.app.inject({ method: options.method, url: options.url, payload: options.payload, headers });
    const list = this.timings.get(what) ?? [];
    list.push(performance.now() - started);
    this.timings.set(what, list);
    if (!ok.includes(response.statusCode)) throw new Error(`${what}: HTTP ${response.statusCode} ${response.body.slice(0, 300)}`);
    return (response.body ? response.json() : undefined) as T;
  }

  private async login(username: string) {
    const body = await this.inject<{ accessToken: string }>('login', {
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: PASSWORD },
    });
    return body.accessToken;
  }

  /** The booked visits book on the public page at noon the day before; returns their codes. */
  async book(date: string, visits: readonly Visit[]): Promise<Map<number, string>> {
    this.now = copenhagenInstant(addLocalDays(date, -1), 12 * 60);
    const codes = new Map<number, string>();
    for (const visit of visits) {
      if (!visit.booked) continue;
      const body = await this.inject<{ code: string }>('bookAppointment', {
        method: 'POST',
        url: '/api/public/appointments',
        payload: {
          locationId: this.fixture.simLocation,
          serviceId: DAY_SERVICE,
          startsAt: new Date(visit.startsAt!).toISOString(),
          name: `Borger ${visit.index}`,
          phone: '20 30 40 50',
        },
      });
      codes.set(visit.index, body.code);
    }
    return codes;
  }

  async replay(date: string, opensMinute: number, visits: readonly Visit[], codes: Map<number, string>): Promise<DayReplay> {
    const began = performance.now();
    this.timings.clear();
    const location = this.fixture.simLocation;
    const counters = this.fixture.simCounters;
    this.now = copenhagenInstant(date, opensMinute - 5);
    for (const [i, c] of counters.entries()) {
      // A session left open from an earlier day is closed first (a colleague signs in each morning).
      await this.inject(
        'closeCounterSession',
        { method: 'DELETE', url: '/api/counter-session' },
        this.counterTokens[i],
        [200, 204, 404, 409],
      );
      await this.inject(
        'openCounterSession',
        { method: 'POST', url: `/api/counters/${c.counterId}/session`, payload: { serviceIds: [DAY_SERVICE] } },
        this.counterTokens[i],
      );
    }

    type Event = { at: number; run?: () => Promise<void> };
    const byTicket = new Map<string, { visit: Visit; arrival: string }>();
    const arrivals: Record<string, number> = {};
    const events: Event[] = [];
    for (const visit of visits) {
      if (visit.arrivesAt === null) continue;
      events.push({
        at: visit.arrivesAt,
        run: async () => {
          if (visit.booked) {
            const result = await this.inject<{ arrival: string; issued: { ticket: Ticket } | null }>(
              'checkInAppointment',
              { method: 'POST', url: `/api/locations/${location}/appointments/check-in`, payload: { code: codes.get(visit.index) } },
              this.lead,
            );
            arrivals[result.arrival] = (arrivals[result.arrival] ?? 0) + 1;
            if (result.issued) byTicket.set(result.issued.ticket.id, { visit, arrival: result.arrival });
          } else {
            const issued = await this.inject<{ ticket: Ticket }>(
              'issueTicket',
              { method: 'POST', url: `/api/locations/${location}/tickets`, payload: { serviceId: DAY_SERVICE } },
              this.lead,
            );
            arrivals['walk-in'] = (arrivals['walk-in'] ?? 0) + 1;
            byTicket.set(issued.ticket.id, { visit, arrival: 'walk-in' });
          }
        },
      });
      if (visit.booked) events.push({ at: visit.startsAt! - 3 * MINUTE }, { at: visit.startsAt! });
    }
    events.sort((a, b) => a.at - b.at);

    const busyUntil: (number | null)[] = counters.map(() => null);
    const holding: (Ticket | null)[] = counters.map(() => null);
    const calledAt = new Map<string, number>();
    let next = 0;
    for (;;) {
      const nextFinish = Math.min(...busyUntil.map((b) => b ?? Infinity));
      const at = Math.min(events[next]?.at ?? Infinity, nextFinish);
      if (at === Infinity) break;
      this.now = new Date(at);
      for (let i = 0; i < counters.length; i++) {
        if (busyUntil[i] !== at) continue;
        const ticket = holding[i]!;
        await this.inject(
          'finishTicket',
          {
            method: 'POST',
            url: `/api/tickets/${ticket.id}/finish`,
            payload: { expectedVersion: ticket.version, outcome: 'completed', deliveredServiceIds: [DAY_SERVICE] },
          },
          this.counterTokens[i],
        );
        busyUntil[i] = null;
        holding[i] = null;
      }
      while (events[next] && events[next]!.at === at) await events[next++]!.run?.();
      for (const [i, c] of counters.entries()) {
        if (busyUntil[i] !== null) continue;
        const { ticket } = await this.inject<{ ticket: Ticket | null }>(
          'callNextTicket',
          { method: 'POST', url: `/api/counters/${c.counterId}/call-next` },
          this.counterTokens[i],
        );
        if (!ticket) break;
        const visit = byTicket.get(ticket.id)?.visit;
        if (!visit) throw new Error(`call-next called a ticket the simulation did not issue: ${ticket.id}`);
        calledAt.set(ticket.id, at);
        busyUntil[i] = at + visit.handlingMs;
        holding[i] = ticket;
      }
    }

    const rows = await this.fixture.admin.pool.query<{ id: string; call_key: Date; arrived_at: Date; state: string }>(
      `select id, call_key, arrived_at, state from tickets where location_id = $1 and service_day = $2`,
      [location, date],
    );
    const served: Served[] = [];
    for (const row of rows.rows) {
      const issued = byTicket.get(row.id);
      const at = calledAt.get(row.id);
      if (!issued || at === undefined) continue;
      served.push({ ...issued, ticketId: row.id, calledAt: at, callKey: row.call_key.getTime(), arrivedAt: row.arrived_at.getTime() });
    }
    const injects: DayReplay['injects'] = {};
    for (const [what, list] of this.timings) injects[what] = summarise(list);
    return {
      served,
      uncalled: rows.rows.filter((r) => r.state === 'waiting').length,
      arrivals,
      injects,
      wallSeconds: (performance.now() - began) / 1000,
    };
  }
}
