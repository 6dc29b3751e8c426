import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS, DEMO_QUEUE } from '@skranke/db/seed';
import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCase } from './cases-helpers.ts';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import type { As } from './queue-helpers.ts';

/**
 * Issue 11's "no municipality sees another's data", in the way audit-completeness.test.ts keeps the audit complete:
 * every operation of the OpenAPI document is classified, either as working on the caller's municipality's data or
 * as not being any municipality's data (with the reason). A new operation in neither table fails the first test by
 * name. An operation on tenant data that names a resource (a location, counter, ticket, case, user…) is probed: an
 * Aarhus user whose role allows the operation names Vejle's resource and must get 404, as if it did not exist (or,
 * for a location in a new record's body, 400 `unknown-location`); every module with tenant data has at least one
 * such probe. The rest take their municipality from the session alone: nothing in the request can name another's.
 */

let ctx: TestContext;
type Who = 'anna' | 'lars' | 'admin' | 'mette';
const as = {} as Record<Who, As>;

/** Vejle's resources that Aarhus users try to reach. */
const vejle = {
  location: DEMO.vejle.raadhus,
  counter: DEMO_QUEUE.vejleCounters[0]!,
  service: DEMO_QUEUE.vejleServices.pas,
  user: DEMO.users.mette,
  ticket: '',
  case: '',
  device: '',
  priorityClass: '',
  lawArea: '',
  appointment: '',
  appointmentBlock: '',
  representation: '',
  contact: '',
  followUpTask: '',
  contactTopic: '',
  referralAuthority: '',
};

beforeAll(async () => {
  ctx = await build();
  for (const who of ['anna', 'lars', 'admin', 'mette'] as const) as[who] = injectAs(ctx.app, await login(ctx.app, who));
  const issued = await as.mette({ method: 'POST', url: `/api/locations/${vejle.location}/tickets`, payload: { serviceId: vejle.service } });
  vejle.ticket = issued.json().ticket.id;
  vejle.case = (await startCase(as.mette, DEMO_PERSONS.vejleResident.id)).json().id;
  const [device] = await ctx.owner
    .insert(schema.devices)
    .values({ municipalityId: DEMO.vejle.id, locationId: vejle.location, name: 'Vejle kiosk', kind: 'kiosk', keyHash: 'x'.repeat(64) })
    .returning();
  vejle.device = device!.id;
  vejle.priorityClass = (
    await ctx.owner.select().from(schema.priorityClasses).where(eq(schema.priorityClasses.municipalityId, DEMO.vejle.id))
  )[0]!.id;
  vejle.lawArea = (await ctx.owner.select().from(schema.lawAreas).where(eq(schema.lawAreas.municipalityId, DEMO.vejle.id)))[0]!.id;
  const [appointment] = await ctx.owner
    .insert(schema.appointments)
    .values({
      municipalityId: DEMO.vejle.id,
      locationId: vejle.location,
      serviceId: vejle.service,
      startsAt: new Date('2027-03-02T09:00:00Z'),
      endsAt: new Date('2027-03-02T09:15:00Z'),
      seat: 1,
      channel: 'public',
      codeHash: 'v'.repeat(64),
      name: 'Vejle-borger',
      phone: '+4511223344',
    })
    .returning();
  vejle.appointment = appointment!.id;
  const [block] = await ctx.owner
    .insert(schema.appointmentBlocks)
    .values({
      municipalityId: DEMO.vejle.id,
      locationId: vejle.location,
      startsAt: new Date('2027-03-03T09:00:00Z'),
      endsAt: new Date('2027-03-03T11:00:00Z'),
      reason: 'Kursus',
    })
    .returning();
  vejle.appointmentBlock = block!.id;
  const representation = await as.mette({
    method: 'POST',
    url: `/api/citizens/${DEMO_PERSONS.vejleResident.id}/representations`,
    payload: {
      representativeCpr: DEMO_PERSONS.singleParent.cpr,
      kind: 'digital_fuldmagt',
      scope: ['digital_post'],
      validFrom: '2026-01-01',
      documentSeen: 'fuldmagt_digital',
    },
  });
  vejle.representation = representation.json().id;
  const [vejleContact] = await ctx.owner
    .insert(schema.contacts)
    .values({ municipalityId: DEMO.vejle.id, channel: 'phone', topicCode: 'mitid', result: 'resolved', staffUserId: DEMO.users.mette })
    .returning();
  vejle.contact = vejleContact!.id;
  const [vejleTask] = await ctx.owner
    .insert(schema.followUpTasks)
    .values({
      municipalityId: DEMO.vejle.id,
      contactId: vejleContact!.id,
      assigneeUserId: DEMO.users.mette,
      dueOn: '2027-03-02',
      text: 'Ring borgeren op',
      createdByUserId: DEMO.users.mette,
    })
    .returning();
  vejle.followUpTask = vejleTask!.id;
  vejle.contactTopic = (
    await ctx.owner.select().from(schema.contactTopics).where(eq(schema.contactTopics.municipalityId, DEMO.vejle.id))
  )[0]!.id;
  vejle.referralAuthority = (
    await ctx.owner.select().from(schema.referralAuthorities).where(eq(schema.referralAuthorities.municipalityId, DEMO.vejle.id))
  )[0]!.id;
  for (const [name, id] of Object.entries(vejle)) if (!id) throw new Error(`no Vejle ${name}`);
});
afterAll(() => ctx.close());

/**
 * A request for another municipality's resource: the operation's own method and path (from the document, so the
 * probe cannot miss the route), its path parameters, query and body.
 */
interface Probe {
  who: Exclude<Who, 'mette'>;
  params?: Record<string, () => string>;
  query?: Record<string, () => string>;
  body?: () => object;
  /** 400 when the other municipality's location is named in a new record's body (`unknown-location`); else 404. */
  status?: 400;
}

/** Works on the caller's municipality's data only: probed, or 'session' (the request cannot name another's). */
type Scoped = Probe | 'session';

const id = (key: keyof typeof vejle) => () => vejle[key];
const version = () => ({ expectedVersion: 1 });
const ticketAction = (body: () => object = version): Probe => ({ who: 'anna', params: { id: id('ticket') }, body });
const caseAction = (body: () => object = version): Probe => ({ who: 'lars', params: { id: id('case') }, body });
const period = { from: () => '2025-03-01', to: () => '2025-03-31', locationId: id('location') };

const MUNICIPALITY_SCOPED: Record<string, Scoped> = {
  getMe: 'session',

  listLocations: 'session',
  getOpeningHours: { who: 'anna', params: { locationId: id('location') } },

  listUsers: 'session',
  createUser: {
    who: 'admin',
    body: () => ({ username: 'spion', name: 'Spion', role: 'counter', password: 'et-langt-kodeord', locationIds: [vejle.location] }),
    status: 400,
  },
  getUser: { who: 'admin', params: { id: id('user') } },
  updateUser: { who: 'admin', params: { id: id('user') }, body: () => ({ disabled: true }) },
  listDevices: 'session',
  createDevice: { who: 'admin', body: () => ({ name: 'Kiosk', kind: 'kiosk', locationId: vejle.location }), status: 400 },
  revokeDevice: { who: 'admin', params: { id: id('device') } },

  listConfigLocations: 'session',
  createConfigLocation: 'session',
  updateConfigLocation: { who: 'admin', params: { id: id('location') }, body: () => ({ name: 'Overtaget' }) },
  setConfigOpeningHours: { who: 'admin', params: { id: id('location') }, body: () => ({ intervals: [] }) },
  listConfigCounters: 'session',
  createConfigCounter: { who: 'admin', body: () => ({ locationId: vejle.location, name: 'Skranke 9' }) },
  updateConfigCounter: { who: 'admin', params: { id: id('counter') }, body: () => ({ name: 'Overtaget' }) },
  deleteConfigCounter: { who: 'admin', params: { id: id('counter') } },
  listConfigServices: 'session',
  createConfigService: 'session',
  updateConfigService: { who: 'admin', params: { id: id('service') }, body: () => ({ prefix: 'Q' }) },
  listConfigPriorityClasses: 'session',
  createConfigPriorityClass: 'session',
  updateConfigPriorityClass: { who: 'admin', params: { id: id('priorityClass') }, body: () => ({ headStartMinutes: 1 }) },
  listConfigLawAreas: 'session',
  createConfigLawArea: 'session',
  updateConfigLawArea: { who: 'admin', params: { id: id('lawArea') }, body: () => ({ active: false }) },
  getRuleValues: 'session',
  updateRuleValues: 'session',

  // A municipality's own fee tables beside the national ones: chosen by product and year, the municipality is the session's.
  listFeeTables: 'session',
  putFeeTable: 'session',
  getNextYearFeeStatus: 'session',

  searchAuditEvents: 'session',
  listAuditStaff: 'session',

  getTicketStatistics: { who: 'lars', query: { ...period, groupBy: () => 'day' } },
  exportTicketStatisticsCsv: { who: 'lars', query: { ...period, groupBy: () => 'day' } },
  getStaffingByHour: { who: 'lars', query: period },
  exportStaffingByHourCsv: { who: 'lars', query: period },
  getTodayStatistics: { who: 'lars', query: { locationId: id('location') } },
  exportTodayStatisticsCsv: { who: 'lars', query: { locationId: id('location') } },
  getCaseStatistics: 'session',
  exportCaseStatisticsCsv: 'session',
  getAppointmentStatistics: { who: 'lars', query: period },
  exportAppointmentStatisticsCsv: { who: 'lars', query: period },
  getServiceLevelTargets: 'session',
  setServiceLevelTarget: { who: 'lars', params: { serviceId: id('service') }, body: () => ({ targetMinutes: 10 }) },

  // The citizen is anyone's (national register); what the overview adds (cases, visits) is the caller's municipality's.
  getCitizenOverview: {
    who: 'anna',
    params: { id: () => DEMO_PERSONS.vejleResident.id },
    query: { purpose: () => 'pas', ticketId: id('ticket') },
  },
  // A case is started in, and listed from, the caller's municipality, for any citizen.
  startCase: 'session',
  listCitizenCases: 'session',
  getCase: { who: 'lars', params: { id: id('case') } },
  saveCaseStep: {
    who: 'anna',
    params: { id: id('case'), step: () => 'applicant' },
    body: () => ({ expectedVersion: 1, data: { applicantType: 'in_person' } }),
  },
  completeCase: caseAction(),
  getCaseDocument: { who: 'lars', params: { id: id('case') } },
  cancelCase: caseAction(),
  refuseCase: caseAction(() => ({ expectedVersion: 1, reason: 'Fuldmagten mangler.' })),
  markUdkNotified: caseAction(),
  registerAppeal: caseAction(() => ({ expectedVersion: 1, receivedOn: '2025-03-01' })),
  resolveAppeal: caseAction(() => ({ expectedVersion: 1, result: 'upheld' })),
  markPassportReady: caseAction(() => ({ expectedVersion: 1, passportNumber: 'PT7654321' })),
  handOutPassport: caseAction(),
  cancelPassportCase: caseAction(() => ({ expectedVersion: 1, reason: 'Samtykke mangler.' })),
  getDigitalPostExemption: 'session',
  revokeDigitalPostExemption: 'session',
  getSelfServiceStatus: 'session',
  listLawAreas: 'session',
  // Sundhedskort and lægeskift: started for any citizen in the caller's municipality (their steps are the generic case's).
  startHealthCardCase: 'session',
  startDoctorChangeCase: 'session',
  // Flytning: started for any citizen in the caller's municipality; its step helpers name the case (404 for another's).
  startAddressChangeCase: 'session',
  listAddressChangeCoMovers: { who: 'anna', params: { id: id('case') } },
  listAddressChangeDoctors: { who: 'anna', params: { id: id('case') } },
  // Name/address protection and Robinsonlisten are marks in the national person register, like the Digital Post
  // exemption: anyone's citizen; the leads' renewal list is the session's municipality's.
  getCitizenProtections: 'session',
  registerAddressProtection: 'session',
  endAddressProtection: 'session',
  registerRobinson: 'session',
  revokeRobinson: 'session',
  listExpiringAddressProtections: 'session',

  issueTicket: { who: 'lars', params: { locationId: id('location') }, body: () => ({ serviceId: vejle.service }) },
  getTicket: { who: 'anna', params: { id: id('ticket') } },
  listParkedTickets: { who: 'anna', params: { locationId: id('location') } },
  callNextTicket: { who: 'anna', params: { counterId: id('counter') } },
  recallTicket: ticketAction(),
  startServingTicket: ticketAction(),
  parkTicket: ticketAction(),
  returnParkedTicket: ticketAction(),
  requeueTicket: ticketAction(),
  markTicketNoShow: ticketAction(),
  callTicket: ticketAction(() => ({ expectedVersion: 1, counterId: vejle.counter })),
  transferTicket: ticketAction(() => ({ expectedVersion: 1, serviceId: vejle.service })),
  finishTicket: ticketAction(() => ({ expectedVersion: 1, outcome: 'completed', deliveredServiceIds: [] })),
  cancelTicket: ticketAction(() => ({ expectedVersion: 1, reason: 'Gik igen' })),
  reprioritiseTicket: { who: 'lars', params: { id: id('ticket') }, body: () => ({ expectedVersion: 1, priorityClassId: null }) },
  moveTicket: { who: 'lars', params: { id: id('ticket') }, body: () => ({ expectedVersion: 1, to: 'front' }) },
  rerouteTicket: { who: 'lars', params: { id: id('ticket') }, body: () => ({ expectedVersion: 1 }) },
  listServices: { who: 'anna', params: { locationId: id('location') } },
  listCounters: { who: 'anna', params: { locationId: id('location') } },
  getQueueBoard: { who: 'anna', params: { locationId: id('location') } },
  closeDay: { who: 'lars', params: { locationId: id('location') } },
  streamLocationEvents: { who: 'anna', params: { locationId: id('location') } },
  listPriorityClasses: 'session',
  createService: 'session',
  updateService: { who: 'lars', params: { id: id('service') }, body: () => ({ active: false }) },
  openCounterSession: { who: 'anna', params: { counterId: id('counter') }, body: () => ({ serviceIds: [vejle.service] }) },
  getMyCounterSession: 'session',
  updateCounterSession: 'session',
  closeCounterSession: 'session',
  heartbeatCounterSession: 'session',
  createTicketStatusLink: { who: 'anna', params: { id: id('ticket') } },
  listAppointments: { who: 'anna', params: { locationId: id('location') }, query: { date: () => '2027-03-02' } },
  bookAppointmentForCitizen: {
    who: 'anna',
    params: { locationId: id('location') },
    body: () => ({ serviceId: vejle.service, startsAt: '2027-03-02T09:00:00.000Z', channel: 'phone', name: 'Spion', phone: '11223344' }),
  },
  cancelAppointmentByStaff: { who: 'anna', params: { id: id('appointment') }, body: () => ({ expectedVersion: 1, reason: 'Spion' }) },
  checkInAppointment: { who: 'anna', params: { locationId: id('location') }, body: () => ({ appointmentId: vejle.appointment }) },
  getAppointmentPlan: { who: 'lars', params: { locationId: id('location') }, query: { from: () => '2027-03-01' } },
  listAppointmentBlocks: { who: 'lars', params: { locationId: id('location') } },
  createAppointmentBlock: {
    who: 'lars',
    params: { locationId: id('location') },
    body: () => ({ startsAt: '2027-03-03T09:00:00.000Z', endsAt: '2027-03-03T10:00:00.000Z', reason: 'Spion' }),
  },
  deleteAppointmentBlock: { who: 'lars', params: { id: id('appointmentBlock') } },
  listAppointmentRules: { who: 'admin', params: { locationId: id('location') } },
  getCounterSchedule: { who: 'lars', params: { locationId: id('location') } },
  putCounterSchedule: { who: 'admin', params: { locationId: id('location') }, body: () => ({ weekly: [] }) },
  putCounterScheduleDay: {
    who: 'lars',
    params: { locationId: id('location'), date: () => '2027-03-03' },
    body: () => ({ bands: [], reason: 'Spion' }),
  },
  deleteCounterScheduleDay: { who: 'lars', params: { locationId: id('location'), date: () => '2027-03-03' } },
  putAppointmentRule: {
    who: 'admin',
    params: { locationId: id('location'), serviceId: id('service') },
    body: () => ({
      active: true,
      slotMinutes: 15,
      capacity: 1,
      acuteSeats: 0,
      cutoffMinutes: 60,
      horizonDays: 30,
      graceMinutes: 10,
      latePolicy: 'walk_in',
      bringTextDa: '',
      bringTextEn: '',
    }),
  },
  listNotificationOutbox: 'session',
  getNotificationSettings: 'session',
  putNotificationSettings: 'session',
  // Representation: recorded in the caller's municipality (any citizen: the register is national); only the
  // recording municipality ends one, so Vejle's is not found from Aarhus.
  recordRepresentation: 'session',
  endRepresentation: { who: 'anna', params: { id: id('representation') }, body: () => ({ reason: 'Spion' }) },
  // The contact log: a Vejle ticket, contact, task, topic or authority named by Aarhus is not found.
  recordContact: { who: 'anna', body: () => ({ channel: 'counter', topicCode: 'mitid', result: 'resolved', ticketId: vejle.ticket }) },
  listContacts: 'session',
  // The citizen is anyone's (national register); the contacts listed are the caller's municipality's.
  listCitizenContacts: 'session',
  listFollowUpTasks: 'session',
  listFollowUpAssignees: 'session',
  createFollowUpTask: {
    who: 'anna',
    body: () => ({
      contactId: vejle.contact,
      assigneeUserId: DEMO.users.anna,
      dueOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      text: 'Spion',
    }),
  },
  completeFollowUpTask: { who: 'lars', params: { id: id('followUpTask') } },
  listContactTopics: 'session',
  createContactTopic: 'session',
  updateContactTopic: { who: 'admin', params: { id: id('contactTopic') }, body: () => ({ active: false }) },
  listReferralAuthorities: 'session',
  createReferralAuthority: 'session',
  updateReferralAuthority: { who: 'admin', params: { id: id('referralAuthority') }, body: () => ({ active: false }) },
  getContactStatistics: 'session',
  exportContactStatisticsCsv: 'session',
};

/** Every other operation, with why it is no municipality's data. */
const NOT_TENANT_DATA: Record<string, string> = {
  getHealth: 'system',
  getReadiness: 'system',
  getOpenApiDocument: 'system',
  login: 'sign-in: no caller yet',
  refreshSession: "sign-in: the cookie's own session",
  logout: "sign-in: the cookie's own session",
  issueDeviceToken: "sign-in: the device key's own device",
  // The person register (CPR) is national: any municipality's desk serves any citizen; each access is audited in the
  // caller's municipality, and the citizen's access log (GDPR art. 15) spans every municipality by design.
  lookupCitizen: 'national person register',
  getCitizen: 'national person register',
  listDoctorsNearCitizen: 'national doctor register and the citizen’s sygesikring, like the person register',
  revealCitizenCpr: 'national person register',
  // A værge is a værge at every desk: each representation is listed with the municipality that recorded it.
  listRepresentations: 'national representation register (recording municipality shown)',
  getCitizenAccessLog: "the citizen's own log across municipalities",
  exportCitizenAccessLogCsv: "the citizen's own log across municipalities",
  exportCitizenAccessLogPdf: "the citizen's own log across municipalities",
  // The link's token is the credential and names one ticket (ticket-status.test.ts: never another location's).
  getPublicTicketStatus: 'public: the token names its one ticket',
  // The citizen's booking page: every municipality's bookable times (no personal data); a booking is reached only
  // by its code, which names its one booking.
  listBookingOptions: 'public: bookable errands of every municipality',
  listAppointmentSlots: 'public: free times, no personal data',
  bookAppointment: 'public: a new booking at the location named',
  findAppointment: 'public: the code names its one booking',
  rescheduleAppointment: 'public: the code names its one booking',
  cancelAppointment: 'public: the code names its one booking',
  streamPublicTicketStatus: 'public: the token names its one ticket',
  subscribeTicketNotification: 'public: the token names its one ticket',
  // A number on the phone: the places that allow it in every municipality, and a ticket at the location named.
  listRemoteTicketOptions: 'public: places that hand out numbers on the phone, no personal data',
  takeRemoteTicket: 'public: a new anonymous ticket at the location named',
};

/** Modules (OpenAPI tags) with tenant data but no probe, and why none is practical. */
const UNPROBED_MODULES: Record<string, string> = {
  auth: 'getMe answers the session itself',
  fees: 'fee operations name a product and year, never a municipality',
  audit: "the trail searched is always the session's municipality's; filters only narrow it",
};

type Operation = { operationId: string; tags?: string[] };
type OpenApiDoc = { paths: Record<string, Record<string, Operation>> };

let docPromise: Promise<OpenApiDoc> | undefined;
const openApi = () => (docPromise ??= ctx.app.inject({ method: 'GET', url: '/api/openapi.json' }).then((r) => r.json() as OpenApiDoc));

async function operations() {
  const doc = await openApi();
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
}

describe('every operation of the OpenAPI document is classified for tenancy', () => {
  it("as working on the caller's municipality's data or as no municipality's data", async () => {
    const ids = (await operations()).map(({ op, method, path }) => op.operationId ?? `(no operationId: ${method} ${path})`);
    const unclassified = ids.filter((id) => !(id in MUNICIPALITY_SCOPED) && !(id in NOT_TENANT_DATA));
    expect(unclassified, 'operations missing from MUNICIPALITY_SCOPED / NOT_TENANT_DATA').toEqual([]);
    expect(Object.keys(MUNICIPALITY_SCOPED).filter((id) => id in NOT_TENANT_DATA)).toEqual([]);
    // No stale entry: each name in the tables is an operation of the document.
    expect([...Object.keys(MUNICIPALITY_SCOPED), ...Object.keys(NOT_TENANT_DATA)].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('probes at least one operation of every module with tenant data', async () => {
    const modules = new Map<string, boolean>();
    for (const { op } of await operations()) {
      const scoped = MUNICIPALITY_SCOPED[op.operationId];
      if (scoped === undefined) continue;
      for (const tag of op.tags ?? ['(untagged)']) modules.set(tag, (modules.get(tag) ?? false) || scoped !== 'session');
    }
    const unprobed = [...modules].filter(([tag, probed]) => !probed && !(tag in UNPROBED_MODULES)).map(([tag]) => tag);
    expect(unprobed, 'modules without a probe (add one, or say in UNPROBED_MODULES why none is practical)').toEqual([]);
    expect(Object.keys(UNPROBED_MODULES).filter((tag) => modules.get(tag) !== false)).toEqual([]);
  });
});

const probed = Object.entries(MUNICIPALITY_SCOPED).filter((entry): entry is [string, Probe] => entry[1] !== 'session');

describe("an Aarhus user naming Vejle's resource gets 404", () => {
  it.each(probed.map(([operationId]) => operationId))('%s', async (operationId) => {
    const probe = MUNICIPALITY_SCOPED[operationId] as Probe;
    const found = (await operations()).find(({ op }) => op.operationId === operationId)!;
    const path = found.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = probe.params?.[name];
      if (!value) throw new Error(`${operationId}: no value for path parameter ${name}`);
      return encodeURIComponent(value());
    });
    const query = probe.query ? `?${new URLSearchParams(Object.entries(probe.query).map(([k, v]): [string, string] => [k, v()]))}` : '';
    const request: InjectOptions = { method: found.method as InjectOptions['method'], url: path + query };
    if (probe.body) request.payload = probe.body();
    const response = await as[probe.who](request);
    expect(response.statusCode, `${operationId}: ${response.body.slice(0, 300)}`).toBe(probe.status ?? 404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (probe.status === 400) expect(response.json().code).toBe('unknown-location');
  });
});
