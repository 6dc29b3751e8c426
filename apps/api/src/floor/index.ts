/**
 * The API's floor: what the features (src/modules/<feature>) stand on and never reach back from.
 *
 * - `staff.ts`: the one `Staff` type, the staff member a service acts for (who, in which municipality).
 * - `audit/`: the audit trail's writer (`appendAudit`, the hash chain and its check), the citizen record
 *   (`auditCitizen`) and a configuration change's record and field problems (`auditConfig`, `changes`).
 * - `registers/`: the national registers a case talks to, each an interface (CPR/person register, the document
 *   register of passports and driving licences, Digital Post's and MitID's registries, the Udbetaling Danmark
 *   notifier, the doctor register with each citizen's sygesikring) with the local implementation backed by our own tables.
 * - `documents/`: letters and receipts as PDF (`renderReceipt`, the embedded fonts), the parts letters share, CSV.
 * - `notifications/`: the `NotificationSender` seam for SMS and e-mail to citizens, its local implementation
 *   (`LocalOutboxNotificationSender`: the outbox table, no gateway), `notificationsEnabled`, and the appointment
 *   notices (`sendAppointmentConfirmation`, `sendAppointmentCancellation`).
 *
 * Files here import only other floor files, the core files at the top of src, the plugins and the packages; never a
 * feature (test/module-layers.test.ts checks). Features import the file they need directly; this index only
 * describes the floor and re-exports its pieces for a reader who wants one place to start.
 */
export * from './staff.ts';
export * from './audit/audit-chain.ts';
export * from './audit/citizen-audit.ts';
export * from './audit/config-changes.ts';
export * from './notifications/notification-sender.ts';
export * from './notifications/notification-settings.ts';
export * from './notifications/appointment-notices.ts';
