import type { CaseType } from './cases.ts';
import { CASE_AUDIT_ACTIONS } from './cases.ts';
import { CASE_CLOSING_AUDIT_ACTIONS } from './case-closing.ts';
import { CITIZEN_AUDIT_ACTIONS, CITIZEN_PURPOSE_LABELS } from './citizens.ts';
import { SELF_SERVICE_AUDIT_ACTIONS } from './self-service.ts';
import { CONTACT_AUDIT_ACTIONS } from './contacts.ts';
import { REPRESENTATION_AUDIT_ACTIONS } from './representations.ts';
import { HEALTH_AUDIT_ACTIONS } from './health.ts';
import { ADDRESS_AUDIT_ACTIONS } from './address-change.ts';

/**
 * Every code a person reads in the audit trail, in words: the audit search (leads), the citizen's page and the
 * citizen's own log extract (GDPR art. 15, PDF and CSV). One table, so the screens and the extract say the same.
 * The API's audit-labels test collects every action and purpose the API records and fails on one without a label.
 */
export type AuditLabel = { da: string; en: string };

/** The case types, as a citizen reads them; case work records the case type as the purpose. */
export const CASE_TYPE_LABELS: Record<CaseType, AuditLabel> = {
  digital_post_exemption: { da: 'Fritagelse fra Digital Post', en: 'Exemption from Digital Post' },
  digital_post_revocation: { da: 'Ophævelse af fritagelse fra Digital Post', en: 'Revocation of the Digital Post exemption' },
  self_service_exemption: { da: 'Undtagelse fra digital selvbetjening', en: 'Exemption from digital self-service' },
  mitid: { da: 'MitID', en: 'MitID' },
  driving_licence: { da: 'Kørekort', en: 'Driving licence' },
  passport: { da: 'Pas', en: 'Passport' },
  health_card: { da: 'Sundhedskort', en: 'Health card' },
  doctor_change: { da: 'Lægeskift', en: 'Change of doctor' },
  address_change: { da: 'Flytning', en: 'Change of address' },
};

/** Why the data was opened: the errand chosen at the counter, the case worked on, or the API's own purposes. */
export const AUDIT_PURPOSE_LABELS: Record<string, AuditLabel> = {
  ...CITIZEN_PURPOSE_LABELS,
  ...CASE_TYPE_LABELS,
  case_list: { da: 'Oversigt over sager', en: 'Case overview' },
  indsigt: { da: 'Indsigt (logudtræk)', en: 'Right of access (log extract)' },
  tidsbestilling: { da: 'Tidsbestilling', en: 'Appointment booking' },
  henvendelse: { da: 'Henvendelse', en: 'Contact' },
  repraesentation: {
    da: 'Repræsentation (fuldmagt, værge, forældremyndighed)',
    en: 'Representation (power of attorney, guardian, custody)',
  },
  adressebeskyttelse: { da: 'Navne- og adressebeskyttelse', en: 'Name and address protection' },
  robinsonlisten: { da: 'Robinsonlisten', en: 'Robinson list (marketing opt-out)' },
};

/** What happened. */
export const AUDIT_ACTION_LABELS: Record<string, AuditLabel> = {
  ...CITIZEN_AUDIT_ACTIONS,
  ...CASE_AUDIT_ACTIONS,
  ...CASE_CLOSING_AUDIT_ACTIONS,
  ...SELF_SERVICE_AUDIT_ACTIONS,
  ...CONTACT_AUDIT_ACTIONS,
  ...REPRESENTATION_AUDIT_ACTIONS,
  ...HEALTH_AUDIT_ACTIONS,
  ...ADDRESS_AUDIT_ACTIONS,
  'citizen.access-log.csv': { da: 'Logudtræk hentet som CSV', en: 'Log extract downloaded as CSV' },
  'citizen.access-log.pdf': { da: 'Logudtræk hentet som PDF', en: 'Log extract downloaded as PDF' },
  'audit.search': { da: 'Søgning i loggen', en: 'Audit trail searched' },
  'appointment.book': { da: 'Tid bestilt', en: 'Appointment booked' },
  'appointment.reschedule': { da: 'Tid flyttet', en: 'Appointment moved' },
  'appointment.cancel': { da: 'Tid aflyst', en: 'Appointment cancelled' },
  'appointment.check-in': { da: 'Ankomst til bestilt tid meldt', en: 'Arrival for an appointment registered' },
  'appointment.list': { da: 'Dagens bestilte tider set', en: "The day's appointments viewed" },
  'appointment.rule.put': { da: 'Regler for tidsbestilling ændret', en: 'Booking rules changed' },
  'appointment.block.create': { da: 'Periode lukket for tidsbestilling', en: 'Period blocked for booking' },
  'appointment.block.delete': { da: 'Lukket periode for tidsbestilling fjernet', en: 'Blocked booking period removed' },
  'appointment.counter-schedule.put': { da: 'Skemaet for skranker til bestilte tider ændret', en: 'Counter schedule for bookings changed' },
  'appointment.counter-schedule.day-put': {
    da: 'Skranker til bestilte tider ændret for en dag',
    en: "A day's counters for bookings changed",
  },
  'appointment.counter-schedule.day-delete': {
    da: 'Dagens ændring af skranker til bestilte tider fjernet',
    en: "A day's change of counters for bookings removed",
  },
  'notifications.outbox-read': { da: 'Udbakken med SMS og e-mails læst', en: 'Outbox of SMS and e-mails read' },
  'audit.retention': { da: 'Logning slettet efter opbevaringsfristen', en: 'Audit records past retention deleted' },
  'maintenance.anonymise-appointments': {
    da: 'Navn og kontaktoplysninger på gamle tidsbestillinger slettet',
    en: 'Names and contact details of old bookings deleted',
  },
  'maintenance.prune': {
    da: 'Udløbne sessioner, køhændelser og mislykkede logins slettet',
    en: 'Expired sessions, queue events and failed sign-ins deleted',
  },
  'auth.login': { da: 'Logget ind', en: 'Signed in' },
  'auth.login-failed': { da: 'Mislykket login', en: 'Failed sign-in' },
  'auth.logout': { da: 'Logget ud', en: 'Signed out' },
  'auth.device-token': { da: 'Enhed har hentet adgang', en: 'Device obtained access' },
  'auth.refresh-reuse-detected': { da: 'Genbrugt session afvist', en: 'Reused session refused' },
  'admin.user.create': { da: 'Bruger oprettet', en: 'User created' },
  'admin.user.update': { da: 'Bruger ændret', en: 'User changed' },
  'admin.device.create': { da: 'Enhed oprettet', en: 'Device created' },
  'admin.device.revoke': { da: 'Enhed spærret', en: 'Device revoked' },
  'admin.fee-table.create': { da: 'Gebyrtabel oprettet', en: 'Fee table created' },
  'admin.fee-table.update': { da: 'Gebyrtabel ændret', en: 'Fee table changed' },
  'fee-table.national.load': { da: 'Statens gebyrtabel indlæst', en: 'National fee table loaded' },
  'config.counter.create': { da: 'Skranke oprettet', en: 'Counter created' },
  'config.counter.update': { da: 'Skranke ændret', en: 'Counter changed' },
  'config.counter.delete': { da: 'Skranke slettet', en: 'Counter deleted' },
  'config.law-area.create': { da: 'Lovområde oprettet', en: 'Law area created' },
  'config.law-area.update': { da: 'Lovområde ændret', en: 'Law area changed' },
  'config.location.create': { da: 'Sted oprettet', en: 'Location created' },
  'config.location.update': { da: 'Sted ændret', en: 'Location changed' },
  'config.location.hours': { da: 'Åbningstider ændret', en: 'Opening hours changed' },
  'config.priority.create': { da: 'Prioritetsklasse oprettet', en: 'Priority class created' },
  'config.priority.update': { da: 'Prioritetsklasse ændret', en: 'Priority class changed' },
  'config.rules.update': { da: 'Regelværdier ændret', en: 'Rule values changed' },
  'config.notification-settings.update': {
    da: 'Indstillinger for SMS/e-mail og forspring for bestilte tider ændret',
    en: 'Notification and appointment head start settings changed',
  },
  'config.service.create': { da: 'Ydelse oprettet', en: 'Service created' },
  'config.service.update': { da: 'Ydelse ændret', en: 'Service changed' },
  'config.service-level-target.update': { da: 'Servicemål ændret', en: 'Service level target changed' },
};

/** An action in words; an action without a label shows its code (the API's test keeps that from happening). */
export const auditActionLabel = (action: string, language: 'da' | 'en') => AUDIT_ACTION_LABELS[action]?.[language] ?? action;

/** A purpose in words; null when none was recorded. */
export const auditPurposeLabel = (purpose: string | null, language: 'da' | 'en'): string | null =>
  purpose === null ? null : (AUDIT_PURPOSE_LABELS[purpose]?.[language] ?? purpose);
