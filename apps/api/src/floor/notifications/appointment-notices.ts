import type { DbOrTx } from '@skranke/db';
import {
  appointmentCancelledText,
  appointmentConfirmationText,
  appointmentReminderText,
  danishSmsNumber,
  isEmailAddress,
  type AppointmentFacts,
  type NotificationLanguage,
  type NotificationText,
} from '@skranke/domain';
import type { NotificationChannel, NotificationKind, NotificationSender } from './notification-sender.ts';
import { notificationsEnabled } from './notification-settings.ts';

/** A booking as its notices need it (the booking's own row, its location's name and its service's texts). */
export interface AppointmentNotice {
  municipalityId: string;
  appointmentId: string;
  /** The booking's language ('da' or 'en'; anything else reads as Danish). */
  language: string;
  startsAt: Date;
  locationName: string;
  serviceNameDa: string;
  serviceNameEn: string;
  bringTextDa: string;
  bringTextEn: string;
  phone: string | null;
  email: string | null;
}

/** Where a citizen's notices go: an SMS to a Danish number and an e-mail to an address, each contact given once. */
export function recipientsOf(contact: { phone: string | null; email: string | null }) {
  const to: Array<{ channel: NotificationChannel; recipient: string }> = [];
  const sms = contact.phone ? danishSmsNumber(contact.phone) : null;
  if (sms) to.push({ channel: 'sms', recipient: sms });
  if (contact.email && isEmailAddress(contact.email)) to.push({ channel: 'email', recipient: contact.email });
  return to;
}

const languageOf = (language: string): NotificationLanguage => (language === 'en' ? 'en' : 'da');

function factsOf(notice: AppointmentNotice): AppointmentFacts {
  const language = languageOf(notice.language);
  return {
    language,
    startsAt: notice.startsAt,
    locationName: notice.locationName,
    serviceName: language === 'en' ? notice.serviceNameEn : notice.serviceNameDa,
    bringText: language === 'en' ? notice.bringTextEn : notice.bringTextDa,
  };
}

/** Sends `text` to every recipient of the booking; the number of messages sent. Assumes notifications are on. */
export async function sendToAppointment(
  tx: DbOrTx,
  sender: NotificationSender,
  notice: AppointmentNotice,
  kind: NotificationKind,
  text: NotificationText,
): Promise<number> {
  const to = recipientsOf(notice);
  for (const { channel, recipient } of to) {
    await sender.send(tx, {
      municipalityId: notice.municipalityId,
      channel,
      kind,
      recipient,
      subject: text.subject,
      body: text.body,
      appointmentId: notice.appointmentId,
    });
  }
  return to.length;
}

/**
 * The booking's confirmation with its code, in the booking's transaction; nothing when the municipality's
 * notifications are off or the citizen gave no phone or e-mail. Returns the number of messages sent.
 */
export async function sendAppointmentConfirmation(
  tx: DbOrTx,
  sender: NotificationSender,
  notice: AppointmentNotice & { code: string },
): Promise<number> {
  if (!(await notificationsEnabled(tx, notice.municipalityId))) return 0;
  return sendToAppointment(tx, sender, notice, 'confirmation', appointmentConfirmationText({ ...factsOf(notice), code: notice.code }));
}

/** The cancellation notice, in the cancelling transaction; as sendAppointmentConfirmation otherwise. */
export async function sendAppointmentCancellation(tx: DbOrTx, sender: NotificationSender, notice: AppointmentNotice): Promise<number> {
  if (!(await notificationsEnabled(tx, notice.municipalityId))) return 0;
  return sendToAppointment(tx, sender, notice, 'cancelled', appointmentCancelledText(factsOf(notice)));
}

/** The reminder the day before (see sendAppointmentReminders); the caller has checked that notifications are on. */
export function sendAppointmentReminder(tx: DbOrTx, sender: NotificationSender, notice: AppointmentNotice): Promise<number> {
  return sendToAppointment(tx, sender, notice, 'reminder', appointmentReminderText(factsOf(notice)));
}
