import type { CounterSession, OpeningHours, PriorityClass, QueueBoard, Service, Ticket } from '@skranke/contracts';

// Queue data shaped like the API's answers, for component tests. Ids follow the demo seed's pattern.

const id = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;
export const DOKK1_ID = id('8001', 1);

export const SERVICES: Service[] = [
  { code: 'pas', prefix: 'P', nameDa: 'Pas', nameEn: 'Passport', expectedMinutes: 12 },
  { code: 'koerekort', prefix: 'K', nameDa: 'Kørekort', nameEn: 'Driving licence', expectedMinutes: 10 },
  { code: 'mitid', prefix: 'M', nameDa: 'MitID', nameEn: 'MitID', expectedMinutes: 15 },
].map((s, i) => ({ ...s, id: id('8003', i + 1), active: true, kioskOrder: (i + 1) * 10, yellowMinutes: 15, redMinutes: 30 }));

export const PAS = SERVICES[0]!;
export const KOEREKORT = SERVICES[1]!;

export const COUNTERS = [1, 2, 3].map((n) => ({ id: id('8004', n), name: `Skranke ${n}`, locationId: DOKK1_ID }));

export const PRIORITY_CLASSES: PriorityClass[] = [
  {
    id: id('8005', 1),
    code: 'stoetteperson',
    nameDa: 'Ledsaget af støtteperson',
    nameEn: 'Accompanied by a support person',
    headStartMinutes: 10,
    requiresReason: false,
  },
  { id: id('8005', 3), code: 'akut', nameDa: 'Akut', nameEn: 'Urgent', headStartMinutes: 15, requiresReason: true },
];

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: id('8006', 14),
    locationId: DOKK1_ID,
    displayNumber: 'P014',
    serviceId: PAS.id,
    serviceNameDa: 'Pas',
    serviceNameEn: 'Passport',
    state: 'waiting',
    source: 'kiosk',
    priorityClassId: null,
    priorityReason: null,
    arrivedAt: new Date(Date.now() - 12 * 60_000).toISOString(),
    calledAt: null,
    servingStartedAt: null,
    finishedAt: null,
    counterId: null,
    counterName: null,
    targetCounterId: null,
    transferNote: null,
    recallCount: 0,
    outcome: null,
    version: 1,
    ...overrides,
  };
}

export function calledTicket(overrides: Partial<Ticket> = {}): Ticket {
  return ticket({
    state: 'called',
    calledAt: new Date(Date.now() - 65_000).toISOString(),
    counterId: COUNTERS[0]!.id,
    counterName: 'Skranke 1',
    version: 2,
    ...overrides,
  });
}

export function counterSession(overrides: Partial<CounterSession> = {}): CounterSession {
  return {
    id: id('8007', 1),
    counterId: COUNTERS[0]!.id,
    counterName: 'Skranke 1',
    locationId: DOKK1_ID,
    userId: 'u-anna',
    serviceIds: SERVICES.map((s) => s.id),
    state: 'open',
    allServices: false,
    newServices: [],
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    currentTicket: null,
    servedToday: 4,
    ...overrides,
  };
}

export function board(overrides: Partial<QueueBoard> = {}): QueueBoard {
  return {
    locationId: DOKK1_ID,
    locationName: 'Borgerservice Dokk1',
    open: true,
    generatedAt: new Date().toISOString(),
    lastEventSeq: 41,
    services: SERVICES.map((s, i) => ({
      serviceId: s.id,
      nameDa: s.nameDa,
      nameEn: s.nameEn,
      prefix: s.prefix,
      active: s.active,
      waiting: [2, 0, 5][i] ?? 0,
      longestWaitMinutes: [12, 0, 34][i] ?? 0,
      estimatedWaitMinutes: [6, 0, null][i] ?? null,
      staffedCounters: [1, 1, 0][i] ?? 0,
      trafficLight: (['green', 'yellow', 'red'] as const)[i] ?? 'green',
    })),
    counters: COUNTERS.map((c, i) => ({
      counterId: c.id,
      name: c.name,
      state: i === 0 ? 'open' : 'closed',
      lastSeenAt: i === 0 ? new Date().toISOString() : null,
      staffName: i === 0 ? 'Anna Sørensen' : null,
      serviceIds: i === 0 ? SERVICES.map((s) => s.id) : [],
      currentTicket: null,
    })),
    waiting: [],
    called: [],
    recentCalls: [],
    recentCallMinutes: 5,
    ...overrides,
  };
}

export const OPEN_ALL_WEEK: OpeningHours = { openNow: true, intervals: [] };
export const CLOSED_NOW: OpeningHours = {
  openNow: false,
  intervals: [
    { weekday: 1, opens: '10:00', closes: '17:00', place: null },
    { weekday: 4, opens: '10:00', closes: '12:00', place: null },
    { weekday: 4, opens: '13:00', closes: '18:00', place: null },
  ],
};
