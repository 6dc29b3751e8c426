import type { Dictionary } from './da.ts';
import { enAdmin } from './en-admin.ts';
import { enAudit } from './en-audit.ts';
import { enAppointments } from './en-appointments.ts';
import { enContacts } from './en-contacts.ts';
import { enKioskCheckIn } from './en-kiosk-check-in.ts';
import { enCitizens } from './en-citizens.ts';
import { enQueue } from './en-queue.ts';
import { enPassport } from './en-passport.ts';
import { enSelfServiceSteps } from './en-self-service-steps.ts';
import { enHealthCardSteps } from './en-health-card-steps.ts';
import { enDoctorChangeSteps } from './en-doctor-change-steps.ts';
import { enAddressChangeSteps } from './en-address-change-steps.ts';
import { enRepresentation } from './en-representation.ts';
import { enStatistics } from './en-statistics.ts';
import { enMitId } from './en-mitid.ts';
import { enFees } from './en-fees.ts';

export const en: Dictionary = {
  'app.name': 'Skranke',
  'app.tagline': 'Citizen service',
  'app.loading': 'Loading …',
  skipLink: 'Skip to main content',

  'language.label': 'Language',

  'login.pageTitle': 'Sign in',
  'login.heading': 'Sign in',
  'login.intro': 'Sign in with the username and password your municipality gave you.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.usernameRequired': 'Enter your username',
  'login.passwordRequired': 'Enter your password',
  'login.error.invalid': 'Wrong username or password',
  'login.error.rateLimited': 'Too many attempts – try again in a moment',
  'login.error.unreachable': 'The server cannot be reached. Check the network and try again.',
  'login.error.unexpected': 'Something went wrong. Try again in a moment.',
  'login.notice.expired': 'Your session has expired – please sign in again',
  'login.notice.signedOut': 'You are signed out.',

  'role.counter': 'counter staff',
  'role.lead': 'team lead',
  'role.admin': 'administrator',

  'shell.navLabel': 'Main menu',
  'shell.toggleNav': 'Show or hide the menu',
  'shell.signedInAs': 'Signed in as',
  'shell.signOut': 'Sign out',
  'shell.signOutFailed': 'You were not signed out because the server did not answer. Try again.',

  'nav.counter': 'Counter',
  'nav.queue': 'Queue overview',
  'nav.statistics': 'Statistics',
  'nav.admin': 'Administration',
  'nav.audit': 'Audit',
  'nav.appointments': 'Appointments',
  'nav.outbox': 'Outbox',
  'nav.contacts': 'Contacts',
  'counter.recordContact': 'Record a contact for {number}',

  'counter.heading': 'Counter',
  'counter.today': 'Today is {date}.',
  'counter.noLocations': 'You are not assigned to a citizen service location yet. Contact your administrator.',

  'queue.heading': 'Queue overview',

  'statistics.heading': 'Statistics',

  'admin.heading': 'Administration',
  'admin.locations': 'Citizen service locations in {municipality}',
  'admin.locationCount': '{count} locations',
  'admin.column.name': 'Name',
  'admin.column.kind': 'Type',
  'admin.column.address': 'Address',
  'admin.kind.office': 'Office',
  'admin.kind.mobile': 'Mobile',
  'admin.empty.title': 'Users and devices come later',
  'admin.empty.body': 'This is where you will create staff accounts, kiosks and displays.',

  'error.heading': 'Something went wrong',
  'error.body': 'The page could not be shown. Try again – if it happens again, contact your administrator.',
  'error.retry': 'Try again',
  'error.home': 'Go to the front page',
  'forbidden.heading': 'You do not have access to this page',
  'forbidden.body': 'This page needs a different role than yours. Ask your team lead if you think you should have access.',

  'notFound.pageTitle': 'Page not found',
  'notFound.heading': 'Page not found',
  'notFound.body': 'The address does not match a page in Skranke. The link may be out of date.',
  'notFound.home': 'Go to the front page',

  ...enQueue,
  ...enMitId,
  ...enCitizens,
  ...enAdmin,
  ...enAudit,
  ...enPassport,
  ...enSelfServiceSteps,
  ...enHealthCardSteps,
  ...enDoctorChangeSteps,
  ...enAddressChangeSteps,
  ...enRepresentation,
  ...enStatistics,
  ...enFees,
  ...enAppointments,
  ...enContacts,
  ...enKioskCheckIn,
};
