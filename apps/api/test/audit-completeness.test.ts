import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS, DEMO_QUEUE } from '@skranke/db/seed';
import { addDays, serviceDay } from '@skranke/domain';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { complete, expectOk, grantExemption, lastAuditId, saveStep, startCase, type CaseBody } from './cases-helpers.ts';
import { insertResident, order, walkPassport, type PassportCase } from './cases-passport-helpers.ts';
import { REASONS, walkSelfService, type SelfServiceCase } from './cases-self-service-helpers.ts';
import type { As } from './queue-helpers.ts';

/**
 * Issue 4's "no citizen read or write escapes the log": every operation of the OpenAPI document is classified, either
 * as touching a citizen's personal data (then a scenario below calls it and finds the audit record naming the citizen,
 * the staff member and the action/purpose) or as not touching it (with a one-word reason). A new route that is in
 * neither table fails the first test by name. The last block shows the record is written in the same transaction:
 * when the audit insert fails, the request fails and nothing is changed or answered.
 */

let ctx: TestContext;
type Who = 'anna' | 'lars';
const as: Record<Who, As> = {} as Record<Who, As>;
const userId: Record<Who, string> = {} as Record<Who, string>;

beforeAll(async () => {
  ctx = await build();
  for (const who of ['anna', 'lars'] as const) {
    const session = await login(ctx.app, who);
    as[who] = injectAs(ctx.app, session);
    userId[who] = session.userId;
  }
});
afterAll(() => ctx.close());

let births = 0;
/** A fresh adult resident of Aarhus, so no scenario trips over another's open case. */
const freshAdult = (name: string) => insertResident(ctx.app.db, `19${70 + (births++ % 25)}-0${1 + (births % 9)}-1${births % 10}`, name);

/** An exemption case walked to its last step but not completed. */
async function draftExemption(citizenId: string): Promise<CaseBody> {
  let c = expectOk<CaseBody>(await startCase(as.anna, citizenId), 201);
  c = expectOk(await saveStep(as.anna, c.id, 'applicant', c.version, { applicantType: 'in_person' }), 200);
  c = expectOk(await saveStep(as.anna, c.id, 'identification', c.version, { idDocument: 'sundhedskort' }), 200);
  return expectOk(await saveStep(as.anna, c.id, 'declaration', c.version, { declarationSigned: true }), 200);
}

/** A passport case for a fresh adult holding an old passport, ordered (completed). */
async function orderedPassport(): Promise<{ personId: string; c: PassportCase }> {
  const personId = await freshAdult('Pasbestilling');
  await ctx.app.db.insert(schema.identityDocuments).values({
    personId,
    kind: 'passport',
    documentNumber: `PT${String(Date.now()).slice(-7)}`,
    issuedOn: '2017-01-10',
    expiresOn: '2027-01-10',
  });
  return { personId, c: await order(as.anna, await walkPassport(as.anna, personId)) };
}

async function refusedSelfService(): Promise<{ personId: string; c: SelfServiceCase }> {
  const personId = await freshAdult('Selvbetjening');
  const walked = await walkSelfService(as.anna, personId, {
    scope: { lawAreas: ['pension'] },
    decision: { outcome: 'refuse', ...REASONS },
  });
  return { personId, c: expectOk<SelfServiceCase>(await complete(as.anna, walked.id, walked.version), 200) };
}

interface Prepared {
  /** The citizen the operation is about. */
  personId: string;
  who: Who;
  /** The audited action and purpose the record must carry. */
  action: string;
  purpose: string | null;
  status?: number;
  call: () => Promise<LightMyRequestResponse>;
}

const post = (who: Who, url: string, payload: object) => () => as[who]({ method: 'POST', url, payload });
const get = (who: Who, url: string) => () => as[who]({ method: 'GET', url });
const aarhus = DEMO_PERSONS.nearPensionAarhus;
const REVOKE = { reason: 'Har fået MitID', identification: { applicantType: 'in_person', idDocument: 'pas' } };

/** The first free MitID time at Dokk1 from now (the demo rules: db/src/seed/demo-queue.ts). */
async function freeMitIdTime(): Promise<string> {
  const slots = await ctx.app.inject({
    method: 'GET',
    url: `/api/public/locations/${DEMO.aarhus.dokk1}/services/${DEMO_QUEUE.aarhusServices.mitid}/slots`,
  });
  return slots.json().nextFree as string;
}

/** A phone booking for the Aarhus citizen, by staff. */
async function bookForAarhus(): Promise<{ id: string; version: number; startsAt: string }> {
  const body = {
    serviceId: DEMO_QUEUE.aarhusServices.mitid,
    startsAt: await freeMitIdTime(),
    channel: 'phone',
    personId: aarhus.id,
    phone: '11223344',
  };
  const response = await as.anna({ method: 'POST', url: `/api/locations/${DEMO.aarhus.dokk1}/appointments`, payload: body });
  return response.json().appointment;
}

/** A digital fuldmagt for the Aarhus citizen, the representative by CPR number. */
const REPRESENTATION = {
  representativeCpr: DEMO_PERSONS.modulus11Failing.cpr,
  kind: 'digital_fuldmagt',
  scope: ['digital_post'],
  validFrom: '2026-01-01',
  documentSeen: 'fuldmagt_digital',
};

/** Every operation that reads or writes a citizen's personal data, with a scenario that calls it. */
const CITIZEN_OPERATIONS: Record<string, () => Promise<Prepared>> = {
  listRepresentations: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'representation.list',
    purpose: 'digital-post',
    call: get('anna', `/api/citizens/${aarhus.id}/representations?purpose=digital-post`),
  }),
  recordRepresentation: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'representation.record',
    purpose: 'repraesentation',
    status: 201,
    call: post('anna', `/api/citizens/${aarhus.id}/representations`, REPRESENTATION),
  }),
  endRepresentation: async () => {
    const recorded = await as.anna({ method: 'POST', url: `/api/citizens/${aarhus.id}/representations`, payload: REPRESENTATION });
    return {
      personId: aarhus.id,
      who: 'anna',
      action: 'representation.end',
      purpose: 'repraesentation',
      call: post('anna', `/api/representations/${recorded.json().id}/end`, { reason: 'Fuldmagten er tilbagekaldt' }),
    };
  },
  lookupCitizen: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'citizen.lookup',
    purpose: 'pas',
    call: post('anna', '/api/citizens/lookup', { cpr: aarhus.cpr, purpose: 'pas' }),
  }),
  getCitizen: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'citizen.read',
    purpose: 'pas',
    call: get('anna', `/api/citizens/${aarhus.id}?purpose=pas`),
  }),
  getCitizenOverview: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'citizen.overview',
    purpose: 'pas',
    call: get('anna', `/api/citizens/${aarhus.id}/overview?purpose=pas`),
  }),
  revealCitizenCpr: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'citizen.reveal-cpr',
    purpose: 'pas',
    call: post('anna', `/api/citizens/${aarhus.id}/reveal-cpr`, { purpose: 'pas' }),
  }),
  getCitizenAccessLog: async () => ({
    personId: aarhus.id,
    who: 'lars',
    action: 'citizen.access-log',
    purpose: 'indsigt',
    call: get('lars', `/api/citizens/${aarhus.id}/access-log`),
  }),
  exportCitizenAccessLogCsv: async () => ({
    personId: aarhus.id,
    who: 'lars',
    action: 'citizen.access-log.csv',
    purpose: 'indsigt',
    call: get('lars', `/api/citizens/${aarhus.id}/access-log.csv`),
  }),
  exportCitizenAccessLogPdf: async () => ({
    personId: aarhus.id,
    who: 'lars',
    action: 'citizen.access-log.pdf',
    purpose: 'indsigt',
    call: get('lars', `/api/citizens/${aarhus.id}/access-log.pdf`),
  }),
  // Searching by citizen is part of that citizen's access log. (A search without a citizen also shows the name and
  // masked CPR number of each record's citizen; each of them gets a `citizen.read-audit-search` record: audit-search.test.ts.)
  searchAuditEvents: async () => ({
    personId: aarhus.id,
    who: 'lars',
    action: 'audit.search',
    purpose: null,
    call: get('lars', `/api/audit/events?citizenId=${aarhus.id}`),
  }),

  startCase: async () => {
    const personId = await freshAdult('Sagsstart');
    return {
      personId,
      who: 'anna',
      action: 'case.start',
      purpose: 'digital_post_exemption',
      status: 201,
      call: post('anna', `/api/citizens/${personId}/cases`, { type: 'digital_post_exemption' }),
    };
  },
  startHealthCardCase: async () => {
    const personId = await freshAdult('Sundhedskort');
    return {
      personId,
      who: 'anna',
      action: 'case.start',
      purpose: 'health_card',
      status: 201,
      call: post('anna', `/api/citizens/${personId}/cases/health-card`, {}),
    };
  },
  startDoctorChangeCase: async () => {
    const personId = await freshAdult('Lægeskift');
    return {
      personId,
      who: 'anna',
      action: 'case.start',
      purpose: 'doctor_change',
      status: 201,
      call: post('anna', `/api/citizens/${personId}/cases/doctor-change`, {}),
    };
  },
  listDoctorsNearCitizen: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'health.doctors-read',
    purpose: 'doctor_change',
    call: get('anna', `/api/citizens/${aarhus.id}/doctors`),
  }),
  startAddressChangeCase: async () => {
    const personId = await freshAdult('Flytning');
    return {
      personId,
      who: 'anna',
      action: 'case.start',
      purpose: 'address_change',
      status: 201,
      call: post('anna', `/api/citizens/${personId}/cases/address-change`, {}),
    };
  },
  listAddressChangeCoMovers: async () => {
    const personId = await freshAdult('Medflytter');
    const c = expectOk<CaseBody>(await startCase(as.anna, personId, { type: 'address_change' }), 201);
    return {
      personId,
      who: 'anna',
      action: 'case.read',
      purpose: 'address_change',
      call: get('anna', `/api/cases/${c.id}/address-change/co-movers`),
    };
  },
  listAddressChangeDoctors: async () => {
    const personId = await freshAdult('Lægevalg');
    const c = expectOk<CaseBody>(await startCase(as.anna, personId, { type: 'address_change' }), 201);
    const address = { kind: 'domestic', street: 'Nørregade 1', postcode: '8000', city: 'Aarhus C' };
    expectOk(await saveStep(as.anna, c.id, 'address', c.version, address), 200);
    return {
      personId,
      who: 'anna',
      action: 'address-change.doctor-options',
      purpose: 'address_change',
      call: get('anna', `/api/cases/${c.id}/address-change/doctors`),
    };
  },
  getCitizenProtections: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'protection.read',
    purpose: 'adressebeskyttelse',
    call: get('anna', `/api/citizens/${aarhus.id}/protections`),
  }),
  registerAddressProtection: async () => {
    const personId = await freshAdult('Beskyttelse');
    return {
      personId,
      who: 'anna',
      action: 'protection.register',
      purpose: 'adressebeskyttelse',
      status: 201,
      call: post('anna', `/api/citizens/${personId}/address-protection`, {}),
    };
  },
  endAddressProtection: async () => {
    const personId = await freshAdult('Ophævelse');
    expectOk(await as.anna({ method: 'POST', url: `/api/citizens/${personId}/address-protection`, payload: {} }), 201);
    return {
      personId,
      who: 'anna',
      action: 'protection.end',
      purpose: 'adressebeskyttelse',
      call: post('anna', `/api/citizens/${personId}/address-protection/end`, {}),
    };
  },
  listExpiringAddressProtections: async () => {
    const personId = await freshAdult('Udløber');
    const endsOn = addDays(serviceDay(new Date()), 5);
    await ctx.app.db
      .insert(schema.addressProtections)
      .values({ personId, municipalityId: DEMO.aarhus.id, startsOn: addDays(endsOn, -364), endsOn, registeredBy: userId.anna });
    return {
      personId,
      who: 'lars',
      action: 'protection.expiring-list',
      purpose: 'adressebeskyttelse',
      call: get('lars', '/api/address-protections/expiring'),
    };
  },
  registerRobinson: async () => {
    const personId = await freshAdult('Robinson');
    return {
      personId,
      who: 'anna',
      action: 'robinson.register',
      purpose: 'robinsonlisten',
      status: 201,
      call: post('anna', `/api/citizens/${personId}/robinson`, {}),
    };
  },
  revokeRobinson: async () => {
    const personId = await freshAdult('Robinsonafmelding');
    expectOk(await as.anna({ method: 'POST', url: `/api/citizens/${personId}/robinson`, payload: {} }), 201);
    return {
      personId,
      who: 'anna',
      action: 'robinson.revoke',
      purpose: 'robinsonlisten',
      call: post('anna', `/api/citizens/${personId}/robinson/revoke`, {}),
    };
  },
  listCitizenCases: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'case.list',
    purpose: 'case_list',
    call: get('anna', `/api/citizens/${aarhus.id}/cases`),
  }),
  getCase: async () => {
    const personId = await freshAdult('Sagslæsning');
    const c = expectOk<CaseBody>(await startCase(as.anna, personId), 201);
    return { personId, who: 'lars', action: 'case.read', purpose: 'digital_post_exemption', call: get('lars', `/api/cases/${c.id}`) };
  },
  saveCaseStep: async () => {
    const personId = await freshAdult('Trin');
    const c = expectOk<CaseBody>(await startCase(as.anna, personId), 201);
    return {
      personId,
      who: 'anna',
      action: 'case.save-step',
      purpose: 'digital_post_exemption',
      call: () => saveStep(as.anna, c.id, 'applicant', c.version, { applicantType: 'in_person' }),
    };
  },
  completeCase: async () => {
    const personId = await freshAdult('Afslutning');
    const c = await draftExemption(personId);
    return {
      personId,
      who: 'anna',
      action: 'case.complete',
      purpose: 'digital_post_exemption',
      call: () => complete(as.anna, c.id, c.version),
    };
  },
  getCaseDocument: async () => {
    const personId = await freshAdult('Kvittering');
    const c = await grantExemption(as.anna, personId);
    return {
      personId,
      who: 'anna',
      action: 'case.document',
      purpose: 'digital_post_exemption',
      call: get('anna', `/api/cases/${c.id}/document`),
    };
  },
  cancelCase: async () => {
    const personId = await freshAdult('Annullering');
    const c = expectOk<CaseBody>(await startCase(as.anna, personId), 201);
    return {
      personId,
      who: 'anna',
      action: 'case.cancel',
      purpose: 'digital_post_exemption',
      call: post('anna', `/api/cases/${c.id}/cancel`, { expectedVersion: c.version }),
    };
  },
  refuseCase: async () => {
    const personId = await freshAdult('Afslag');
    const c = expectOk<CaseBody>(await startCase(as.anna, personId), 201);
    return {
      personId,
      who: 'anna',
      action: 'case.refuse',
      purpose: 'digital_post_exemption',
      call: post('anna', `/api/cases/${c.id}/refuse`, { expectedVersion: c.version, reason: 'Fuldmagten mangler.' }),
    };
  },
  getDigitalPostExemption: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'digital-post.read',
    purpose: 'digital_post_exemption',
    call: get('anna', `/api/citizens/${aarhus.id}/digital-post-exemption`),
  }),
  revokeDigitalPostExemption: async () => {
    const personId = await freshAdult('Ophævelse');
    await grantExemption(as.anna, personId);
    return {
      personId,
      who: 'anna',
      action: 'digital-post.revoke',
      purpose: 'digital_post_revocation',
      status: 201,
      call: post('anna', `/api/citizens/${personId}/digital-post-exemption/revoke`, REVOKE),
    };
  },

  markPassportReady: async () => {
    const { personId, c } = await orderedPassport();
    return {
      personId,
      who: 'anna',
      action: 'passport.ready',
      purpose: 'passport',
      call: post('anna', `/api/cases/${c.id}/passport/ready`, { expectedVersion: c.version, passportNumber: 'PT7654321' }),
    };
  },
  handOutPassport: async () => {
    const { personId, c } = await orderedPassport();
    const ready = expectOk<PassportCase>(
      await as.anna({
        method: 'POST',
        url: `/api/cases/${c.id}/passport/ready`,
        payload: { expectedVersion: c.version, passportNumber: 'PT7654322' },
      }),
      200,
    );
    return {
      personId,
      who: 'lars',
      action: 'passport.hand-out',
      purpose: 'passport',
      call: post('lars', `/api/cases/${c.id}/passport/hand-out`, { expectedVersion: ready.version }),
    };
  },
  cancelPassportCase: async () => {
    const personId = await freshAdult('Pasannullering');
    const c = expectOk<CaseBody>(await startCase(as.anna, personId, { type: 'passport' }), 201);
    return {
      personId,
      who: 'anna',
      action: 'passport.cancel',
      purpose: 'passport',
      call: post('anna', `/api/cases/${c.id}/passport/cancel`, { expectedVersion: c.version, reason: 'Samtykke mangler.' }),
    };
  },

  getSelfServiceStatus: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'self-service.status',
    purpose: 'self_service_exemption',
    call: get('anna', `/api/citizens/${aarhus.id}/self-service-status`),
  }),
  registerAppeal: async () => {
    const { personId, c } = await refusedSelfService();
    return {
      personId,
      who: 'anna',
      action: 'self-service.appeal-registered',
      purpose: 'self_service_exemption',
      call: post('anna', `/api/cases/${c.id}/appeal`, { expectedVersion: c.version, receivedOn: c.selfServiceDecision!.appealDeadline }),
    };
  },
  resolveAppeal: async () => {
    const { personId, c } = await refusedSelfService();
    const appealed = expectOk<SelfServiceCase>(
      await as.anna({
        method: 'POST',
        url: `/api/cases/${c.id}/appeal`,
        payload: { expectedVersion: c.version, receivedOn: c.selfServiceDecision!.appealDeadline },
      }),
      200,
    );
    return {
      personId,
      who: 'anna',
      action: 'self-service.appeal-resolved',
      purpose: 'self_service_exemption',
      call: post('anna', `/api/cases/${c.id}/appeal/resolve`, { expectedVersion: appealed.version, result: 'upheld' }),
    };
  },
  markUdkNotified: async () => {
    const personId = await freshAdult('Udbetaling');
    const walked = await walkSelfService(as.anna, personId);
    const c = expectOk<SelfServiceCase>(await complete(as.anna, walked.id, walked.version), 200);
    return {
      personId,
      who: 'anna',
      action: 'self-service.udk-notified',
      purpose: 'self_service_exemption',
      call: post('anna', `/api/cases/${c.id}/udk-notified`, { expectedVersion: c.version }),
    };
  },
  bookAppointmentForCitizen: async () => {
    const startsAt = await freeMitIdTime();
    return {
      personId: aarhus.id,
      who: 'anna',
      action: 'appointment.book',
      purpose: 'tidsbestilling',
      status: 201,
      call: post('anna', `/api/locations/${DEMO.aarhus.dokk1}/appointments`, {
        serviceId: DEMO_QUEUE.aarhusServices.mitid,
        startsAt,
        channel: 'phone',
        personId: aarhus.id,
        phone: '11223344',
      }),
    };
  },
  listAppointments: async () => {
    const { startsAt } = await bookForAarhus();
    return {
      personId: aarhus.id,
      who: 'anna',
      action: 'appointment.list',
      purpose: 'tidsbestilling',
      call: get('anna', `/api/locations/${DEMO.aarhus.dokk1}/appointments?date=${serviceDay(new Date(startsAt))}`),
    };
  },
  cancelAppointmentByStaff: async () => {
    const { id, version } = await bookForAarhus();
    return {
      personId: aarhus.id,
      who: 'anna',
      action: 'appointment.cancel',
      purpose: 'tidsbestilling',
      call: post('anna', `/api/appointments/${id}/cancel`, { expectedVersion: version, reason: 'Borgeren ringede' }),
    };
  },
  recordContact: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'contact.record',
    purpose: 'henvendelse',
    status: 201,
    call: post('anna', '/api/contacts', { channel: 'counter', topicCode: 'pension', result: 'guided', personId: aarhus.id }),
  }),
  listCitizenContacts: async () => ({
    personId: aarhus.id,
    who: 'anna',
    action: 'contact.list',
    purpose: 'henvendelse',
    call: get('anna', `/api/citizens/${aarhus.id}/contacts`),
  }),
};

/**
 * Every other operation, with why it does not touch a citizen's personal data. Queue tickets are anonymous by design
 * (db/src/schema/citizen-visits.ts: a ticket is issued before anyone knows who holds it).
 */
const NOT_CITIZEN_DATA: Record<string, string> = {
  getHealth: 'system',
  getReadiness: 'system',
  getOpenApiDocument: 'system',
  login: 'staff',
  logout: 'staff',
  refreshSession: 'staff',
  getMe: 'staff',
  issueDeviceToken: 'device',
  listUsers: 'staff',
  getUser: 'staff',
  createUser: 'staff',
  updateUser: 'staff',
  listDevices: 'device',
  createDevice: 'device',
  revokeDevice: 'device',
  listAuditStaff: 'staff',
  listLocations: 'configuration',
  getOpeningHours: 'configuration',
  listLawAreas: 'reference',
  listFeeTables: 'configuration',
  putFeeTable: 'configuration',
  getNextYearFeeStatus: 'configuration',
  getRuleValues: 'configuration',
  updateRuleValues: 'configuration',
  listConfigLocations: 'configuration',
  createConfigLocation: 'configuration',
  updateConfigLocation: 'configuration',
  setConfigOpeningHours: 'configuration',
  listConfigCounters: 'configuration',
  createConfigCounter: 'configuration',
  updateConfigCounter: 'configuration',
  deleteConfigCounter: 'configuration',
  listConfigServices: 'configuration',
  createConfigService: 'configuration',
  updateConfigService: 'configuration',
  listConfigPriorityClasses: 'configuration',
  createConfigPriorityClass: 'configuration',
  updateConfigPriorityClass: 'configuration',
  listConfigLawAreas: 'configuration',
  createConfigLawArea: 'configuration',
  updateConfigLawArea: 'configuration',
  listServices: 'configuration',
  createService: 'configuration',
  updateService: 'configuration',
  listPriorityClasses: 'configuration',
  listCounters: 'configuration',
  openCounterSession: 'anonymous',
  getMyCounterSession: 'anonymous',
  updateCounterSession: 'anonymous',
  closeCounterSession: 'anonymous',
  closeDay: 'anonymous',
  getQueueBoard: 'anonymous',
  streamLocationEvents: 'anonymous',
  issueTicket: 'anonymous',
  getTicket: 'anonymous',
  listParkedTickets: 'anonymous',
  callNextTicket: 'anonymous',
  callTicket: 'anonymous',
  startServingTicket: 'anonymous',
  parkTicket: 'anonymous',
  finishTicket: 'anonymous',
  markTicketNoShow: 'anonymous',
  cancelTicket: 'anonymous',
  moveTicket: 'anonymous',
  reprioritiseTicket: 'anonymous',
  transferTicket: 'anonymous',
  recallTicket: 'anonymous',
  returnParkedTicket: 'anonymous',
  requeueTicket: 'anonymous',
  rerouteTicket: 'anonymous',
  heartbeatCounterSession: 'anonymous',
  // The ticket on the phone: a ticket is anonymous, and so are its link and public status.
  createTicketStatusLink: 'anonymous',
  getPublicTicketStatus: 'anonymous',
  streamPublicTicketStatus: 'anonymous',
  // A walk-in's number taken on the phone: as anonymous as a kiosk number (its issue event has no actor).
  listRemoteTicketOptions: 'configuration',
  takeRemoteTicket: 'anonymous',
  // Phone numbers and e-mail addresses, tied to no register citizen: each read is audited as notifications.outbox-read
  // (notifications.test.ts).
  listNotificationOutbox: 'contact details, audited per read',
  // The municipality's notice and head-start settings: audited as configuration (before and after).
  getNotificationSettings: 'configuration',
  putNotificationSettings: 'configuration',
  // A walk-in's own phone number for the "turn is near" SMS, tied to an anonymous ticket and no register citizen;
  // deleted when the ticket is finished or its day ends (ticket-notify.test.ts).
  subscribeTicketNotification: "contact details: the ticket holder's own number, kept for the day",
  // Tidsbestilling: a self-booking holds a name and a phone number or e-mail, never a CPR number or a register
  // citizen; each write is audited with the appointment as subject (appointments.test.ts). Staff bookings for a
  // looked-up citizen are in CITIZEN_OPERATIONS.
  listBookingOptions: 'configuration',
  listAppointmentSlots: 'anonymous',
  bookAppointment: 'booking',
  findAppointment: 'booking',
  rescheduleAppointment: 'booking',
  cancelAppointment: 'booking',
  checkInAppointment: 'booking',
  getAppointmentPlan: 'aggregate',
  listAppointmentBlocks: 'configuration',
  createAppointmentBlock: 'configuration',
  deleteAppointmentBlock: 'configuration',
  listAppointmentRules: 'configuration',
  putAppointmentRule: 'configuration',
  // Counter schedules: configuration, each change audited with before and after (appointments-counter-schedule.test.ts).
  getCounterSchedule: 'configuration',
  putCounterSchedule: 'configuration',
  putCounterScheduleDay: 'configuration',
  deleteCounterScheduleDay: 'configuration',
  getTicketStatistics: 'aggregate',
  exportTicketStatisticsCsv: 'aggregate',
  getStaffingByHour: 'aggregate',
  exportStaffingByHourCsv: 'aggregate',
  getTodayStatistics: 'aggregate',
  exportTodayStatisticsCsv: 'aggregate',
  getCaseStatistics: 'aggregate',
  exportCaseStatisticsCsv: 'aggregate',
  getAppointmentStatistics: 'aggregate',
  exportAppointmentStatisticsCsv: 'aggregate',
  getServiceLevelTargets: 'statistics',
  setServiceLevelTarget: 'statistics',
  // The contact log: an answer never names the contact's citizen (withCitizen only); recording one for a named citizen
  // is in CITIZEN_OPERATIONS. Tasks, topics and the referral directory hold no citizen data.
  listContacts: 'contact log without citizen identity',
  listFollowUpTasks: 'staff tasks',
  createFollowUpTask: 'staff tasks',
  completeFollowUpTask: 'staff tasks',
  listFollowUpAssignees: 'staff',
  listContactTopics: 'configuration',
  createContactTopic: 'configuration',
  updateContactTopic: 'configuration',
  listReferralAuthorities: 'configuration',
  createReferralAuthority: 'configuration',
  updateReferralAuthority: 'configuration',
  getContactStatistics: 'aggregate',
  exportContactStatisticsCsv: 'aggregate',
};

async function operationIds(): Promise<string[]> {
  const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => op.operationId ?? `(no operationId: ${method.toUpperCase()} ${path})`),
  );
}

describe('every operation of the OpenAPI document is classified', () => {
  it('as touching citizen data (with an audit scenario below) or as not touching it', async () => {
    const ids = await operationIds();
    const unclassified = ids.filter((id) => !(id in CITIZEN_OPERATIONS) && !(id in NOT_CITIZEN_DATA));
    expect(unclassified, 'operations missing from CITIZEN_OPERATIONS / NOT_CITIZEN_DATA').toEqual([]);
    const both = Object.keys(CITIZEN_OPERATIONS).filter((id) => id in NOT_CITIZEN_DATA);
    expect(both).toEqual([]);
    // No stale entry: each name in the tables is an operation of the document.
    expect([...Object.keys(CITIZEN_OPERATIONS), ...Object.keys(NOT_CITIZEN_DATA)].filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('every operation under /citizens or /cases is in the citizen table', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { operationId: string; tags?: string[] }>>;
    };
    const byPath = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.values(methods).filter(
        (op) => /^\/api\/(citizens|cases)\b/.test(path) || op.tags?.includes('citizens') || op.tags?.includes('cases'),
      ),
    );
    expect(byPath.map((op) => op.operationId).filter((id) => !(id in CITIZEN_OPERATIONS) && id !== 'listLawAreas')).toEqual([]);
  });
});

/** Property names that carry a citizen's identity in an answer. */
const CITIZEN_FIELDS = /^(cpr|cprMasked|citizen|citizens|personId|givenNames|surname|custodyHolders)$/;
type OpenApiDoc = { paths: Record<string, Record<string, { operationId: string }>>; components?: { schemas?: Record<string, unknown> } };
/** Every property name under a node, following `$ref`s into the document's shared schemas (each once). */
function fieldNames(node: unknown, doc: OpenApiDoc, into = new Set<string>(), followed = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) fieldNames(n, doc, into, followed);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) into.add(name);
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/') && !followed.has(value)) {
        followed.add(value);
        fieldNames(doc.components?.schemas?.[value.slice('#/components/schemas/'.length)], doc, into, followed);
      }
      fieldNames(value, doc, into, followed);
    }
  }
  return into;
}

describe('an operation said not to touch citizen data', () => {
  it('neither answers nor takes a field that identifies a citizen', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDoc;
    const offending = Object.values(doc.paths)
      .flatMap((methods) => Object.values(methods))
      .filter((op) => op.operationId in NOT_CITIZEN_DATA)
      .flatMap((op) => [...fieldNames(op, doc)].filter((name) => CITIZEN_FIELDS.test(name)).map((name) => `${op.operationId}.${name}`));
    expect(offending).toEqual([]);
    // The check sees such fields where they are: the citizen operations have them.
    const seen = Object.values(doc.paths)
      .flatMap((methods) => Object.values(methods))
      .filter((op) => op.operationId === 'getCase');
    expect([...fieldNames(seen, doc)].filter((name) => CITIZEN_FIELDS.test(name))).toContain('cprMasked');
  });
});

const auditSince = (mark: number) => ctx.app.db.select().from(schema.auditEvents).where(gt(schema.auditEvents.id, mark));

describe('each citizen operation leaves an audit record naming the citizen, the staff member and the action', () => {
  it.each(Object.keys(CITIZEN_OPERATIONS))('%s', async (operationId) => {
    const prepared = await CITIZEN_OPERATIONS[operationId]!();
    const mark = await lastAuditId(ctx.app);
    const response = await prepared.call();
    expect(response.statusCode, response.body).toBe(prepared.status ?? 200);
    const records = await auditSince(mark);
    const about = records.filter((r) => r.subjectType === 'citizen' && r.subjectId === prepared.personId);
    expect(about.length, `${operationId}: records ${JSON.stringify(records.map((r) => r.action))}`).toBeGreaterThanOrEqual(1);
    expect(about).toContainEqual(
      expect.objectContaining({ actorUserId: userId[prepared.who], action: prepared.action, purpose: prepared.purpose }),
    );
  });
});

/**
 * Same transaction: a trigger (created as the database owner) makes every audit insert about one marked citizen fail.
 * Each request about that citizen must then fail with a 500 problem document, and what it would have changed must be
 * unchanged, what it would have shown must not be in the answer.
 */
describe('the audit record is written in the same transaction as the read or write', () => {
  let marked: string;
  let draft: CaseBody;
  let granted: CaseBody;
  let walked: CaseBody;

  beforeAll(async () => {
    marked = await freshAdult('Mærket');
    granted = await grantExemption(as.anna, marked);
    const other = await insertResident(ctx.app.db, '1985-05-05', 'Mærket');
    draft = expectOk<CaseBody>(await startCase(as.anna, other), 201);
    const third = await insertResident(ctx.app.db, '1986-06-06', 'Mærket');
    walked = await draftExemption(third);
    await ctx.owner.execute(
      sql.raw(`
      create function test_fail_audit() returns trigger language plpgsql as $$
      begin
        if new.subject_id in ('${marked}', '${other}', '${third}') then raise exception 'audit insert refused (test)'; end if;
        return new;
      end $$;
      create trigger test_fail_audit before insert on audit_events for each row execute function test_fail_audit();
    `),
    );
  });
  afterAll(async () => {
    await ctx.owner.execute(sql.raw('drop trigger if exists test_fail_audit on audit_events; drop function if exists test_fail_audit();'));
  });

  const failed = (response: LightMyRequestResponse) => {
    expect(response.statusCode, response.body).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };
  const casesOf = (personId: string) => ctx.app.db.select().from(schema.cases).where(eq(schema.cases.personId, personId));

  it('reads answer nothing: look-up, details, overview, CPR, case, receipt, access log', async () => {
    const person = (await ctx.app.db.select().from(schema.persons).where(eq(schema.persons.id, marked)))[0]!;
    const responses = [
      await as.anna({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr: person.cpr, purpose: 'pas' } }),
      await as.anna({ method: 'GET', url: `/api/citizens/${marked}?purpose=pas` }),
      await as.anna({ method: 'GET', url: `/api/citizens/${marked}/overview?purpose=pas` }),
      await as.anna({ method: 'POST', url: `/api/citizens/${marked}/reveal-cpr`, payload: { purpose: 'pas' } }),
      await as.anna({ method: 'GET', url: `/api/cases/${granted.id}` }),
      await as.anna({ method: 'GET', url: `/api/cases/${granted.id}/document` }),
      await as.anna({ method: 'GET', url: `/api/citizens/${marked}/cases` }),
      await as.lars({ method: 'GET', url: `/api/citizens/${marked}/access-log.csv` }),
    ];
    for (const response of responses) {
      failed(response);
      expect(response.body).not.toContain(person.surname);
      expect(response.body).not.toContain(person.cpr.slice(6));
    }
  });

  it('writes are rolled back: start, save step, complete, revoke', async () => {
    const before = await casesOf(marked);
    failed(await startCase(as.anna, marked, { type: 'self_service_exemption' }));
    failed(await as.anna({ method: 'POST', url: `/api/citizens/${marked}/digital-post-exemption/revoke`, payload: REVOKE }));
    expect(await casesOf(marked)).toEqual(before);
    const exemptions = await ctx.app.db
      .select()
      .from(schema.digitalPostExemptions)
      .where(eq(schema.digitalPostExemptions.personId, marked));
    expect(exemptions.map((e) => e.revokedAt ?? null)).toEqual([null]);

    failed(await saveStep(as.anna, draft.id, 'applicant', draft.version, { applicantType: 'in_person' }));
    const [unchanged] = await ctx.app.db.select().from(schema.cases).where(eq(schema.cases.id, draft.id));
    expect(unchanged).toMatchObject({ version: draft.version, stepData: {}, status: 'draft' });
    const events = await ctx.app.db
      .select()
      .from(schema.caseEvents)
      .where(and(eq(schema.caseEvents.caseId, draft.id), eq(schema.caseEvents.action, 'save_step')));
    expect(events).toEqual([]);

    failed(await complete(as.anna, walked.id, walked.version));
    const [notCompleted] = await ctx.app.db.select().from(schema.cases).where(eq(schema.cases.id, walked.id));
    expect(notCompleted).toMatchObject({ version: walked.version, status: 'draft' });
    expect(await ctx.app.db.select().from(schema.digitalPostExemptions).where(eq(schema.digitalPostExemptions.caseId, walked.id))).toEqual(
      [],
    );
  });
});
