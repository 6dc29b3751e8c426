import type { Operation } from './define.ts';
import * as fees from './fees.ts';
import * as system from './system.ts';
import * as auth from './auth.ts';
import * as admin from './admin.ts';
import * as locations from './locations.ts';
import * as queue from './queue.ts';
import * as citizens from './citizens.ts';
import * as cases from './cases.ts';
import * as audit from './audit.ts';
import * as statistics from './statistics.ts';
import * as appointments from './appointments.ts';
import * as publicTicket from './public-ticket.ts';
import * as appointmentStatistics from './appointment-statistics.ts';
import * as notifications from './notifications.ts';
import * as ticketNotify from './ticket-notify.ts';
import * as remoteTickets from './remote-tickets.ts';
import * as health from './health.ts';
import * as address from './address.ts';
import * as contacts from './contacts.ts';
import * as representations from './representations.ts';

export * from './define.ts';
export * as feeOperations from './fees.ts';
export * as systemOperations from './system.ts';
export * as authOperations from './auth.ts';
export * as adminOperations from './admin.ts';
export * as locationOperations from './locations.ts';
export * as queueOperations from './queue.ts';
export * as citizenOperations from './citizens.ts';
export * as caseOperations from './cases.ts';
export * as auditOperations from './audit.ts';
export * as statisticsOperations from './statistics.ts';
export * as appointmentOperations from './appointments.ts';
export * as publicTicketOperations from './public-ticket.ts';
export * as appointmentStatisticsOperations from './appointment-statistics.ts';
export * as notificationOperations from './notifications.ts';
export * as ticketNotifyOperations from './ticket-notify.ts';
export * as remoteTicketOperations from './remote-tickets.ts';
export * as healthOperations from './health.ts';
export * as addressOperations from './address.ts';
export * as contactOperations from './contacts.ts';
export * as representationOperations from './representations.ts';

/**
 * Every operation of the API, by operationId. A new feature adds its file here; `pnpm contracts:routes` regenerates
 * routes.gen.ts (the SPA's run-time table), and a test fails while that file is stale.
 */
export const operations = {
  ...fees,
  ...system,
  ...auth,
  ...admin,
  ...locations,
  ...queue,
  ...citizens,
  ...cases,
  ...audit,
  ...statistics,
  ...appointments,
  ...publicTicket,
  ...appointmentStatistics,
  ...notifications,
  ...ticketNotify,
  ...remoteTickets,
  ...contacts,
  ...representations,
  ...health,
  ...address,
} satisfies Record<string, Operation>;

export type Operations = typeof operations;
export type OperationId = keyof Operations;
