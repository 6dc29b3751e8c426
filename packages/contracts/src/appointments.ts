import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CivilDate, literals, Uuid } from './common.ts';
import { IssuedTicket } from './queue.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Instant = Type.String({ format: 'date-time' });

/** Tidsbestilling: booked times merged with the walk-in queue (docs/appointments.md). */

export const APPOINTMENT_STATUSES = ['booked', 'checked_in', 'cancelled', 'no_show', 'late'] as const;
export const AppointmentStatus = literals(APPOINTMENT_STATUSES);
export type AppointmentStatus = Static<typeof AppointmentStatus>;
export const AppointmentChannel = Type.Union([Type.Literal('public'), Type.Literal('phone'), Type.Literal('counter')]);
export type AppointmentChannel = Static<typeof AppointmentChannel>;
export const ArrivalKind = Type.Union([
  Type.Literal('early'),
  Type.Literal('on_time'),
  Type.Literal('late_walk_in'),
  Type.Literal('late_refused'),
  Type.Literal('wrong_day'),
]);
export type ArrivalKind = Static<typeof ArrivalKind>;
export const LatePolicy = Type.Union([Type.Literal('walk_in'), Type.Literal('refuse')]);
export type LatePolicy = Static<typeof LatePolicy>;
export const BookingLanguage = Type.Union([Type.Literal('da'), Type.Literal('en')]);

/** A booking code as the citizen types it ('ABCD-EFGH'; spaces, dashes and case do not matter). */
export const BookingCode = Type.String({ minLength: 8, maxLength: 20, description: "The booking code, e.g. 'K7MQ-4XR2'" });

export const AppointmentSlot = Type.Object({
  startsAt: Instant,
  endsAt: Instant,
  /** Free places at this time for the asking booker. */
  free: Type.Integer({ minimum: 1 }),
  /** Where a mobile Borgerservice stands at this time (its timetable's stop); absent for an office. */
  place: Type.Optional(Type.String({ maxLength: 200 })),
});
export type AppointmentSlot = Static<typeof AppointmentSlot>;

export const AppointmentSlotsQuery = Type.Object(
  {
    from: Type.Optional(CivilDate),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 62, default: 14 })),
  },
  { additionalProperties: false },
);
export type AppointmentSlotsQuery = Static<typeof AppointmentSlotsQuery>;

export const AppointmentSlotParams = Type.Object({ locationId: Uuid, serviceId: Uuid }, { additionalProperties: false });

export const AppointmentSlotList = Type.Object({
  items: Type.Array(AppointmentSlot),
  /** The first free time from now on within the booking horizon (the lead time municipalities promise). */
  nextFree: Nullable(Instant),
});
export type AppointmentSlotList = Static<typeof AppointmentSlotList>;

/** What the public booking page offers: locations with bookable errands and what to bring. No personal data. */
export const BookingOptions = Type.Object({
  locations: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      municipalityName: Type.String(),
      services: Type.Array(
        Type.Object({
          id: Uuid,
          nameDa: Type.String(),
          nameEn: Type.String(),
          slotMinutes: Type.Integer(),
          bringTextDa: Type.String(),
          bringTextEn: Type.String(),
        }),
      ),
    }),
  ),
});
export type BookingOptions = Static<typeof BookingOptions>;

const Name = Type.String({ minLength: 1, maxLength: 100 });
const Phone = Type.String({ maxLength: 30, description: 'A Danish number; stored as +45XXXXXXXX' });
const Email = Type.String({ maxLength: 254 });

export const BookAppointmentBody = Type.Object(
  {
    locationId: Uuid,
    serviceId: Uuid,
    startsAt: Instant,
    name: Name,
    phone: Type.Optional(Phone),
    email: Type.Optional(Email),
    birthDate: Type.Optional(CivilDate),
    language: Type.Optional(BookingLanguage),
  },
  { additionalProperties: false },
);
export type BookAppointmentBody = Static<typeof BookAppointmentBody>;

/** The citizen's own view of a booking (public page): no CPR, only what they gave. */
export const PublicAppointment = Type.Object({
  locationId: Uuid,
  locationName: Type.String(),
  /** Where a mobile Borgerservice stands at the booked time (its timetable's stop); absent for an office. */
  place: Type.Optional(Type.String()),
  serviceId: Uuid,
  serviceNameDa: Type.String(),
  serviceNameEn: Type.String(),
  startsAt: Instant,
  endsAt: Instant,
  status: AppointmentStatus,
  name: Type.String(),
  bringTextDa: Type.String(),
  bringTextEn: Type.String(),
});
export type PublicAppointment = Static<typeof PublicAppointment>;

export const BookedAppointment = Type.Object({
  /** Shown once: the citizen needs it to check in, rebook or cancel. */
  code: Type.String(),
  appointment: PublicAppointment,
});
export type BookedAppointment = Static<typeof BookedAppointment>;

export const AppointmentCodeBody = Type.Object({ code: BookingCode }, { additionalProperties: false });
export type AppointmentCodeBody = Static<typeof AppointmentCodeBody>;

export const RescheduleAppointmentBody = Type.Object({ code: BookingCode, startsAt: Instant }, { additionalProperties: false });
export type RescheduleAppointmentBody = Static<typeof RescheduleAppointmentBody>;

/** Staff's view of a booking (by day and location). */
export const Appointment = Type.Object({
  id: Uuid,
  locationId: Uuid,
  serviceId: Uuid,
  serviceNameDa: Type.String(),
  serviceNameEn: Type.String(),
  startsAt: Instant,
  endsAt: Instant,
  status: AppointmentStatus,
  channel: AppointmentChannel,
  name: Type.String(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  birthDate: Nullable(CivilDate),
  /** Booked by staff for a citizen looked up by CPR. */
  personId: Nullable(Uuid),
  ticketId: Nullable(Uuid),
  ticketNumber: Nullable(Type.String()),
  checkedInAt: Nullable(Instant),
  version: Type.Integer(),
});
export type Appointment = Static<typeof Appointment>;

export const AppointmentList = Type.Object({ items: Type.Array(Appointment) });
export type AppointmentList = Static<typeof AppointmentList>;

export const AppointmentDayQuery = Type.Object({ date: CivilDate }, { additionalProperties: false });
export type AppointmentDayQuery = Static<typeof AppointmentDayQuery>;

/** Staff book for a citizen at the counter or on the phone: either a citizen looked up by CPR (personId) or a name. */
export const StaffBookAppointmentBody = Type.Object(
  {
    serviceId: Uuid,
    startsAt: Instant,
    channel: Type.Union([Type.Literal('phone'), Type.Literal('counter')]),
    personId: Type.Optional(Uuid),
    name: Type.Optional(Name),
    phone: Type.Optional(Phone),
    email: Type.Optional(Email),
    birthDate: Type.Optional(CivilDate),
    language: Type.Optional(BookingLanguage),
  },
  { additionalProperties: false },
);
export type StaffBookAppointmentBody = Static<typeof StaffBookAppointmentBody>;

export const StaffBookedAppointment = Type.Object({ code: Type.String(), appointment: Appointment });
export type StaffBookedAppointment = Static<typeof StaffBookedAppointment>;

export const StaffCancelAppointmentBody = Type.Object(
  { expectedVersion: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), reason: Type.String({ minLength: 1, maxLength: 300 }) },
  { additionalProperties: false },
);
export type StaffCancelAppointmentBody = Static<typeof StaffCancelAppointmentBody>;

/** Check-in at the kiosk (code, or birth date + first name: never a CPR number) or by staff (the appointment's id). */
export const CheckInAppointmentBody = Type.Union([
  Type.Object({ code: BookingCode }, { additionalProperties: false }),
  Type.Object({ birthDate: CivilDate, firstName: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
  Type.Object({ appointmentId: Uuid }, { additionalProperties: false }),
]);
export type CheckInAppointmentBody = Static<typeof CheckInAppointmentBody>;

export const CheckInResult = Type.Object({
  arrival: ArrivalKind,
  startsAt: Instant,
  serviceNameDa: Type.String(),
  serviceNameEn: Type.String(),
  /** The number the citizen waits with (null when refused). Its place counts from the booked time. */
  issued: Nullable(IssuedTicket),
});
export type CheckInResult = Static<typeof CheckInResult>;

/** An admin's rules for one bookable service at a location. */
export const AppointmentRule = Type.Object({
  serviceId: Uuid,
  active: Type.Boolean(),
  slotMinutes: Type.Integer({ minimum: 5, maximum: 240 }),
  capacity: Type.Integer({ minimum: 1, maximum: 50 }),
  acuteSeats: Type.Integer({ minimum: 0, maximum: 50 }),
  cutoffMinutes: Type.Integer({ minimum: 0, maximum: 10080 }),
  horizonDays: Type.Integer({ minimum: 1, maximum: 366 }),
  graceMinutes: Type.Integer({ minimum: 0, maximum: 120 }),
  latePolicy: LatePolicy,
  bringTextDa: Type.String({ maxLength: 2000 }),
  bringTextEn: Type.String({ maxLength: 2000 }),
});
export type AppointmentRule = Static<typeof AppointmentRule>;

export const AppointmentRuleList = Type.Object({ items: Type.Array(AppointmentRule) });
export type AppointmentRuleList = Static<typeof AppointmentRuleList>;

export const AppointmentRuleParams = Type.Object({ locationId: Uuid, serviceId: Uuid }, { additionalProperties: false });

export const PutAppointmentRuleBody = Type.Omit(AppointmentRule, ['serviceId'], { additionalProperties: false });
export type PutAppointmentRuleBody = Static<typeof PutAppointmentRuleBody>;

export const AppointmentBlock = Type.Object({
  id: Uuid,
  serviceId: Nullable(Uuid),
  startsAt: Instant,
  endsAt: Instant,
  reason: Type.String(),
});
export type AppointmentBlock = Static<typeof AppointmentBlock>;
export const AppointmentBlockList = Type.Object({ items: Type.Array(AppointmentBlock) });
export type AppointmentBlockList = Static<typeof AppointmentBlockList>;
export const CreateAppointmentBlockBody = Type.Object(
  { serviceId: Type.Optional(Uuid), startsAt: Instant, endsAt: Instant, reason: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type CreateAppointmentBlockBody = Static<typeof CreateAppointmentBlockBody>;

/** A band of a counter schedule (docs/appointments.md): from–to local time with the counters that take bookings. */
const ScheduleTime = Type.String({ pattern: '^[0-9]{2}:[0-9]{2}$' });
const Counters = Type.Integer({ minimum: 0, maximum: 50 });
export const CounterBand = Type.Object({ from: ScheduleTime, to: ScheduleTime, counters: Counters }, { additionalProperties: false });
export type CounterBand = Static<typeof CounterBand>;
export const WeeklyCounterBand = Type.Object(
  { weekday: Type.Integer({ minimum: 1, maximum: 7 }), from: ScheduleTime, to: ScheduleTime, counters: Counters },
  { additionalProperties: false },
);
export type WeeklyCounterBand = Static<typeof WeeklyCounterBand>;
/** A lead's override of one date (replaces the weekday's bands; no bands: no bookings that day). */
export const CounterScheduleDay = Type.Object({ date: CivilDate, bands: Type.Array(CounterBand), reason: Type.String() });
export type CounterScheduleDay = Static<typeof CounterScheduleDay>;
/** A place's counter schedule: the weekly bands (admin) and the date overrides from today on (lead). */
export const CounterSchedule = Type.Object({
  activeCounters: Type.Integer(),
  weekly: Type.Array(WeeklyCounterBand),
  days: Type.Array(CounterScheduleDay),
});
export type CounterSchedule = Static<typeof CounterSchedule>;
export const PutCounterScheduleBody = Type.Object(
  { weekly: Type.Array(WeeklyCounterBand, { maxItems: 70 }) },
  { additionalProperties: false },
);
export type PutCounterScheduleBody = Static<typeof PutCounterScheduleBody>;
export const PutCounterScheduleDayBody = Type.Object(
  { bands: Type.Array(CounterBand, { maxItems: 10 }), reason: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);
export type PutCounterScheduleDayBody = Static<typeof PutCounterScheduleDayBody>;

/** The week's plan for a lead: per day and service, times offered and booked. */
export const AppointmentPlan = Type.Object({
  days: Type.Array(
    Type.Object({
      date: CivilDate,
      services: Type.Array(
        Type.Object({
          serviceId: Uuid,
          offered: Type.Integer(),
          booked: Type.Integer(),
          checkedIn: Type.Integer(),
          noShows: Type.Integer(),
        }),
      ),
      /** Times whose live bookings exceed the counters now scheduled (kept: call the citizens). */
      overbooked: Type.Array(Type.Object({ startsAt: Instant, booked: Type.Integer(), counters: Type.Integer() })),
    }),
  ),
  blocks: Type.Array(AppointmentBlock),
});
export type AppointmentPlan = Static<typeof AppointmentPlan>;

/** The token behind a kiosk receipt's QR code. */
export const TicketStatusLink = Type.Object({ token: Type.String(), expiresAt: Instant });
export type TicketStatusLink = Static<typeof TicketStatusLink>;

/** A ticket's place as the citizen's phone shows it: no personal data. */
export const PublicTicketStatus = Type.Object({
  displayNumber: Type.String(),
  locationName: Type.String(),
  serviceNameDa: Type.String(),
  serviceNameEn: Type.String(),
  state: Type.Union([
    Type.Literal('waiting'),
    Type.Literal('called'),
    Type.Literal('serving'),
    Type.Literal('parked'),
    Type.Literal('finished'),
  ]),
  /** 1 = next; null when not waiting. */
  position: Nullable(Type.Integer()),
  estimatedWaitMinutes: Nullable(Type.Integer()),
  /** Where to go once called. */
  counterName: Nullable(Type.String()),
  expiresAt: Instant,
});
export type PublicTicketStatus = Static<typeof PublicTicketStatus>;

export const NotificationOutboxEntry = Type.Object({
  id: Uuid,
  channel: Type.Union([Type.Literal('sms'), Type.Literal('email')]),
  kind: Type.Union([
    Type.Literal('confirmation'),
    Type.Literal('reminder'),
    Type.Literal('turn_near'),
    Type.Literal('passport_ready'),
    Type.Literal('cancelled'),
  ]),
  recipient: Type.String(),
  subject: Nullable(Type.String()),
  body: Type.String(),
  createdAt: Instant,
});
export type NotificationOutboxEntry = Static<typeof NotificationOutboxEntry>;
export const NotificationOutbox = Type.Object({ items: Type.Array(NotificationOutboxEntry) });
export type NotificationOutbox = Static<typeof NotificationOutbox>;
