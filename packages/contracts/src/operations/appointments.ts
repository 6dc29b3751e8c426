import { Type } from '@sinclair/typebox';
import {
  AppointmentBlock,
  AppointmentBlockList,
  AppointmentCodeBody,
  AppointmentDayQuery,
  AppointmentList,
  AppointmentPlan,
  AppointmentRule,
  AppointmentRuleList,
  AppointmentRuleParams,
  AppointmentSlotList,
  AppointmentSlotParams,
  AppointmentSlotsQuery,
  Appointment,
  BookAppointmentBody,
  BookedAppointment,
  BookingOptions,
  CheckInAppointmentBody,
  CheckInResult,
  CreateAppointmentBlockBody,
  CounterSchedule,
  NotificationOutbox,
  PublicTicketStatus,
  TicketStatusLink,
  PublicAppointment,
  PutAppointmentRuleBody,
  PutCounterScheduleBody,
  PutCounterScheduleDayBody,
  RescheduleAppointmentBody,
  StaffBookAppointmentBody,
  StaffBookedAppointment,
  StaffCancelAppointmentBody,
} from '../appointments.ts';
import { CivilDate, IdParams, Uuid } from '../common.ts';
import { access, defineOperation } from './define.ts';

// Tidsbestilling (docs/appointments.md). The public operations (no login, rate-limited, no CPR) carry the tag
// `public-booking` and live under /api/public/; the staff ones carry `appointments`. The operationIds
// listAppointmentSlots, bookAppointment, rescheduleAppointment, cancelAppointment, checkInAppointment,
// listAppointments and getPublicTicketStatus are a contract integrators rely on.

const publicTags = ['public-booking'];
const tags = ['appointments'];
const LocationParams = Type.Object({ locationId: Uuid }, { additionalProperties: false });

// Public: the citizen's own booking page

export const listBookingOptions = defineOperation({
  operationId: 'listBookingOptions',
  method: 'GET',
  path: '/api/public/booking-options',
  tags: publicTags,
  summary: 'Locations and errands that take bookings, with what to bring (public, no personal data)',
  access: access.public,
  responses: { 200: BookingOptions },
  errors: [],
});

export const listAppointmentSlots = defineOperation({
  operationId: 'listAppointmentSlots',
  method: 'GET',
  path: '/api/public/locations/:locationId/services/:serviceId/slots',
  tags: publicTags,
  summary: 'Free times for an errand at a location, from a date (public, rate-limited)',
  access: access.public,
  params: AppointmentSlotParams,
  query: AppointmentSlotsQuery,
  responses: { 200: AppointmentSlotList },
  errors: ['not-bookable'],
});

export const bookAppointment = defineOperation({
  operationId: 'bookAppointment',
  method: 'POST',
  path: '/api/public/appointments',
  tags: publicTags,
  summary: 'Book a time (public, rate-limited). The answer holds the booking code, shown once. 409 slot-taken names the next free time.',
  access: access.public,
  body: BookAppointmentBody,
  responses: { 201: BookedAppointment },
  errors: ['not-bookable', 'slot-taken', 'slot-unavailable', 'invalid-contact'],
});

export const findAppointment = defineOperation({
  operationId: 'findAppointment',
  method: 'POST',
  path: '/api/public/appointments/find',
  tags: publicTags,
  summary: 'A booking by its code (the code travels in the body, never in a URL)',
  access: access.public,
  body: AppointmentCodeBody,
  responses: { 200: PublicAppointment },
  errors: ['unknown-code'],
});

export const rescheduleAppointment = defineOperation({
  operationId: 'rescheduleAppointment',
  method: 'POST',
  path: '/api/public/appointments/reschedule',
  tags: publicTags,
  summary: 'Move a booking to another free time of the same errand and location (the code stays the same)',
  access: access.public,
  body: RescheduleAppointmentBody,
  responses: { 200: PublicAppointment },
  errors: ['unknown-code', 'appointment-closed', 'slot-taken', 'slot-unavailable'],
});

export const cancelAppointment = defineOperation({
  operationId: 'cancelAppointment',
  method: 'POST',
  path: '/api/public/appointments/cancel',
  tags: publicTags,
  summary: 'Cancel a booking with its code; the time is free again at once',
  access: access.public,
  body: AppointmentCodeBody,
  responses: { 200: PublicAppointment },
  errors: ['unknown-code', 'appointment-closed'],
});

// Arrival

export const checkInAppointment = defineOperation({
  operationId: 'checkInAppointment',
  method: 'POST',
  path: '/api/locations/:locationId/appointments/check-in',
  tags,
  summary:
    'Check in a booked citizen (kiosk: code, or birth date + first name; staff: the appointment). On time or early: a ticket that enters the call order at the booked time.',
  access: access.device(['kiosk'], 'counter'),
  params: LocationParams,
  body: CheckInAppointmentBody,
  responses: { 200: CheckInResult },
  errors: ['not-found', 'unknown-code', 'no-match', 'several-matches', 'appointment-closed', 'wrong-location'],
});

// Staff

export const listAppointments = defineOperation({
  operationId: 'listAppointments',
  method: 'GET',
  path: '/api/locations/:locationId/appointments',
  tags,
  summary: "The day's bookings at a location (names and contact details: audited)",
  access: access.counter,
  params: LocationParams,
  query: AppointmentDayQuery,
  responses: { 200: AppointmentList },
  errors: ['not-found'],
});

export const bookAppointmentForCitizen = defineOperation({
  operationId: 'bookAppointmentForCitizen',
  method: 'POST',
  path: '/api/locations/:locationId/appointments',
  tags,
  summary: 'Staff book a time for a citizen at the counter or on the phone (a citizen looked up by CPR, or a name)',
  access: access.counter,
  params: LocationParams,
  body: StaffBookAppointmentBody,
  responses: { 201: StaffBookedAppointment },
  errors: ['not-found', 'not-bookable', 'slot-taken', 'slot-unavailable', 'invalid-contact', 'unknown-citizen'],
});

export const cancelAppointmentByStaff = defineOperation({
  operationId: 'cancelAppointmentByStaff',
  method: 'POST',
  path: '/api/appointments/:id/cancel',
  tags,
  summary: 'Cancel a booking for the citizen (on the phone or at the desk), with a reason',
  access: access.counter,
  params: IdParams,
  body: StaffCancelAppointmentBody,
  responses: { 200: Appointment },
  errors: ['not-found', 'appointment-closed', 'stale-version'],
});

export const getAppointmentPlan = defineOperation({
  operationId: 'getAppointmentPlan',
  method: 'GET',
  path: '/api/locations/:locationId/appointment-plan',
  tags,
  summary: "A week's plan (7 days from `from`): per day and errand, times offered and booked, and the blocked periods",
  access: access.lead,
  params: LocationParams,
  query: Type.Object({ from: CivilDate }, { additionalProperties: false }),
  responses: { 200: AppointmentPlan },
  errors: ['not-found'],
});

export const createAppointmentBlock = defineOperation({
  operationId: 'createAppointmentBlock',
  method: 'POST',
  path: '/api/locations/:locationId/appointment-blocks',
  tags,
  summary: 'Block a period for bookings (a holiday, a course); booked times in it are kept and listed',
  access: access.lead,
  params: LocationParams,
  body: CreateAppointmentBlockBody,
  responses: { 201: AppointmentBlock },
  errors: ['not-found', 'invalid-period'],
});

export const listAppointmentBlocks = defineOperation({
  operationId: 'listAppointmentBlocks',
  method: 'GET',
  path: '/api/locations/:locationId/appointment-blocks',
  tags,
  summary: 'Blocked periods at a location from today on',
  access: access.lead,
  params: LocationParams,
  responses: { 200: AppointmentBlockList },
  errors: ['not-found'],
});

export const deleteAppointmentBlock = defineOperation({
  operationId: 'deleteAppointmentBlock',
  method: 'DELETE',
  path: '/api/appointment-blocks/:id',
  tags,
  summary: 'Remove a blocked period',
  access: access.lead,
  params: IdParams,
  responses: { 204: Type.Null() },
  errors: ['not-found'],
});

export const listAppointmentRules = defineOperation({
  operationId: 'listAppointmentRules',
  method: 'GET',
  path: '/api/admin/locations/:locationId/appointment-rules',
  tags,
  summary: 'The booking rules of every errand at a location',
  access: access.admin,
  params: LocationParams,
  responses: { 200: AppointmentRuleList },
  errors: ['not-found'],
});

export const putAppointmentRule = defineOperation({
  operationId: 'putAppointmentRule',
  method: 'PUT',
  path: '/api/admin/locations/:locationId/appointment-rules/:serviceId',
  tags,
  summary: 'Set the booking rules of an errand at a location (audited: before and after)',
  access: access.admin,
  params: AppointmentRuleParams,
  body: PutAppointmentRuleBody,
  responses: { 200: AppointmentRule },
  errors: ['not-found', 'invalid-config'],
});

// Counter schedules: how many counters take booked citizens (docs/appointments.md)

const ScheduleDayParams = Type.Object({ locationId: Uuid, date: CivilDate }, { additionalProperties: false });

export const getCounterSchedule = defineOperation({
  operationId: 'getCounterSchedule',
  method: 'GET',
  path: '/api/locations/:locationId/counter-schedule',
  tags,
  summary: "A place's counters for bookings: weekly bands, date overrides from today",
  access: access.lead,
  params: LocationParams,
  responses: { 200: CounterSchedule },
  errors: ['not-found'],
});

export const putCounterSchedule = defineOperation({
  operationId: 'putCounterSchedule',
  method: 'PUT',
  path: '/api/admin/locations/:locationId/counter-schedule',
  tags,
  summary: 'Set the weekly counter bands for bookings (audited)',
  access: access.admin,
  params: LocationParams,
  body: PutCounterScheduleBody,
  responses: { 200: CounterSchedule },
  errors: ['not-found', 'invalid-config'],
});

export const putCounterScheduleDay = defineOperation({
  operationId: 'putCounterScheduleDay',
  method: 'PUT',
  path: '/api/locations/:locationId/counter-schedule/days/:date',
  tags,
  summary: "Override a date's counter bands (audited)",
  access: access.lead,
  params: ScheduleDayParams,
  body: PutCounterScheduleDayBody,
  responses: { 200: CounterSchedule },
  errors: ['not-found', 'invalid-config'],
});

export const deleteCounterScheduleDay = defineOperation({
  operationId: 'deleteCounterScheduleDay',
  method: 'DELETE',
  path: '/api/locations/:locationId/counter-schedule/days/:date',
  tags,
  summary: "Remove a date's override (audited)",
  access: access.lead,
  params: ScheduleDayParams,
  responses: { 204: Type.Null() },
  errors: ['not-found'],
});

// The ticket on the phone

export const createTicketStatusLink = defineOperation({
  operationId: 'createTicketStatusLink',
  method: 'POST',
  path: '/api/tickets/:id/status-link',
  tags,
  summary: "A link for the receipt's QR code to the ticket's public status page (expires at the end of the day)",
  access: access.device(['kiosk'], 'counter'),
  params: IdParams,
  responses: { 201: TicketStatusLink },
  errors: ['ticket-closed'],
});

export const getPublicTicketStatus = defineOperation({
  operationId: 'getPublicTicketStatus',
  method: 'GET',
  path: '/api/public/ticket-status/:token',
  tags: publicTags,
  summary: "A ticket's place and wait estimate for the citizen's phone (public, rate-limited, no personal data)",
  access: access.public,
  params: Type.Object(
    { token: Type.String({ minLength: 20, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
    { additionalProperties: false },
  ),
  responses: { 200: PublicTicketStatus },
  errors: ['unknown-token'],
});

// Notifications (local outbox: no gateway is connected)

export const listNotificationOutbox = defineOperation({
  operationId: 'listNotificationOutbox',
  method: 'GET',
  path: '/api/notifications/outbox',
  tags,
  summary: 'The latest SMS and e-mails the local NotificationSender wrote (recipients are personal data: audited)',
  access: access.lead,
  responses: { 200: NotificationOutbox },
});
