import { Type, type Static } from '@sinclair/typebox';

// Notifications (issue 12): the municipality's settings, and a walk-in's request for the "turn is near" SMS.

/** The lowest appointment head start the API accepts (the idle-counter window w of docs/queue-rules.md). */
export const MIN_APPOINTMENT_HEAD_START_MINUTES = 3;

export const NotificationSettings = Type.Object({
  notificationsEnabled: Type.Boolean(),
  headStartMinutes: Type.Integer(),
  /** The municipality's fairness bound H: the highest head start allowed. */
  maxHeadStartMinutes: Type.Integer(),
  minHeadStartMinutes: Type.Integer(),
});
export type NotificationSettings = Static<typeof NotificationSettings>;

export const PutNotificationSettingsBody = Type.Object(
  {
    notificationsEnabled: Type.Boolean(),
    headStartMinutes: Type.Integer({ minimum: MIN_APPOINTMENT_HEAD_START_MINUTES, maximum: 240 }),
  },
  { additionalProperties: false },
);
export type PutNotificationSettingsBody = Static<typeof PutNotificationSettingsBody>;

export const SubscribeTicketNotificationBody = Type.Object(
  {
    /** A Danish number as typed ('12 34 56 78', '+45 1234 5678'); stored as '+45' and eight digits. */
    phone: Type.String({ minLength: 8, maxLength: 20 }),
    /** The page's language, for the SMS ('da' unless given). */
    language: Type.Optional(Type.Union([Type.Literal('da'), Type.Literal('en')])),
  },
  { additionalProperties: false },
);
export type SubscribeTicketNotificationBody = Static<typeof SubscribeTicketNotificationBody>;

export const TicketNotificationSubscription = Type.Object({
  /** Masked, e.g. '+45 •• •• 56 78': the page confirms without echoing the whole number. */
  phone: Type.String(),
  /** When the number is deleted at the latest (the end of the service day). */
  deletedBy: Type.String({ format: 'date-time' }),
});
export type TicketNotificationSubscription = Static<typeof TicketNotificationSubscription>;
