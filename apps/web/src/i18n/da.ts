import type { daAdmin } from './da-admin.ts';
import type { daAudit } from './da-audit.ts';
import type { daAppointments } from './da-appointments.ts';
import type { daKioskCheckIn } from './da-kiosk-check-in.ts';
import type { daContacts } from './da-contacts.ts';
import { daCitizens } from './da-citizens.ts';
import { daQueue } from './da-queue.ts';
import { daPassport } from './da-passport.ts';
import type { daStatistics } from './da-statistics.ts';
import type { daMitIdSteps } from './da-mitid-steps.ts';
import type { daPassportSteps } from './da-passport-steps.ts';
import type { daSelfServiceSteps } from './da-self-service-steps.ts';
import type { daHealthCardSteps } from './da-health-card-steps.ts';
import type { daDoctorChangeSteps } from './da-doctor-change-steps.ts';
import type { daAddressChangeSteps } from './da-address-change-steps.ts';
import type { daRepresentation } from './da-representation.ts';
import { daMitId } from './da-mitid.ts';
import { daFees } from './da-fees.ts';

/** Danish, the source language: every other dictionary must have exactly these keys. */
export const da = {
  'app.name': 'Skranke',
  'app.tagline': 'Borgerservice',
  'app.loading': 'Indlæser …',
  skipLink: 'Gå til hovedindhold',

  'language.label': 'Sprog',

  'login.pageTitle': 'Log ind',
  'login.heading': 'Log ind',
  'login.intro': 'Log ind med det brugernavn og den adgangskode, du har fået af din kommune.',
  'login.username': 'Brugernavn',
  'login.password': 'Adgangskode',
  'login.submit': 'Log ind',
  'login.usernameRequired': 'Skriv dit brugernavn',
  'login.passwordRequired': 'Skriv din adgangskode',
  'login.error.invalid': 'Forkert brugernavn eller adgangskode',
  'login.error.rateLimited': 'For mange forsøg – prøv igen om lidt',
  'login.error.unreachable': 'Der er ingen forbindelse til serveren. Tjek netværket, og prøv igen.',
  'login.error.unexpected': 'Noget gik galt. Prøv igen om lidt.',
  'login.notice.expired': 'Din session er udløbet – log ind igen',
  'login.notice.signedOut': 'Du er logget ud.',

  'role.counter': 'skrankemedarbejder',
  'role.lead': 'teamleder',
  'role.admin': 'administrator',

  'shell.navLabel': 'Hovedmenu',
  'shell.toggleNav': 'Vis eller skjul menuen',
  'shell.signedInAs': 'Logget ind som',
  'shell.signOut': 'Log ud',
  'shell.signOutFailed': 'Du blev ikke logget ud, fordi serveren ikke svarede. Prøv igen.',

  'nav.counter': 'Skranke',
  'nav.queue': 'Køoversigt',
  'nav.statistics': 'Statistik',
  'nav.admin': 'Administration',
  'nav.audit': 'Revision',
  'nav.appointments': 'Tider',
  'nav.outbox': 'Udbakke',
  'nav.contacts': 'Henvendelser',
  'counter.recordContact': 'Registrér henvendelse for {number}',

  'counter.heading': 'Skranke',
  'counter.today': 'I dag er det {date}.',
  'counter.noLocations': 'Du er ikke tilknyttet et borgerservicested endnu. Kontakt din administrator.',

  'queue.heading': 'Køoversigt',

  'statistics.heading': 'Statistik',

  'admin.heading': 'Administration',
  'admin.locations': 'Borgerservicesteder i {municipality}',
  'admin.locationCount': '{count} steder',
  'admin.column.name': 'Navn',
  'admin.column.kind': 'Type',
  'admin.column.address': 'Adresse',
  'admin.kind.office': 'Kontor',
  'admin.kind.mobile': 'Mobil',
  'admin.empty.title': 'Brugere og enheder kommer senere',
  'admin.empty.body': 'Her kommer du til at oprette medarbejdere, kiosker og skærme.',

  'error.heading': 'Der gik noget galt',
  'error.body': 'Siden kunne ikke vises. Prøv igen – sker det igen, så kontakt din administrator.',
  'error.retry': 'Prøv igen',
  'error.home': 'Gå til forsiden',
  'forbidden.heading': 'Du har ikke adgang til siden',
  'forbidden.body': 'Siden kræver en anden rolle end din. Spørg din teamleder, hvis du mener, du skal have adgang.',

  'notFound.pageTitle': 'Siden findes ikke',
  'notFound.heading': 'Siden findes ikke',
  'notFound.body': 'Adressen passer ikke til en side i Skranke. Måske er linket forældet.',
  'notFound.home': 'Gå til forsiden',

  ...daQueue,
  ...daMitId,
  ...daCitizens,
  ...daPassport,
  ...daFees,
} as const;

/**
 * Every message key. The Danish texts of the administration, the audit search and statistics (da-admin.ts,
 * da-audit.ts, da-statistics.ts) and the wizards of the case page (da-mitid-steps.ts, da-passport-steps.ts) are loaded with their routes (`loadMessages`), not in the entry chunk. English has them all (it is loaded
 * lazily as a whole).
 */
export type MessageKey =
  | keyof typeof da
  | keyof typeof daAdmin
  | keyof typeof daAudit
  | keyof typeof daStatistics
  | keyof typeof daMitIdSteps
  | keyof typeof daPassportSteps
  | keyof typeof daSelfServiceSteps
  | keyof typeof daHealthCardSteps
  | keyof typeof daDoctorChangeSteps
  | keyof typeof daAddressChangeSteps
  | keyof typeof daRepresentation
  | keyof typeof daAppointments
  | keyof typeof daContacts
  | keyof typeof daKioskCheckIn;
export type Dictionary = Record<MessageKey, string>;
