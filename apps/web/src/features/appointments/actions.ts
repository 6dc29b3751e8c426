import type {
  CheckInAppointmentBody,
  CreateAppointmentBlockBody,
  PutAppointmentRuleBody,
  PutCounterScheduleBody,
  PutCounterScheduleDayBody,
  StaffBookAppointmentBody,
  StaffCancelAppointmentBody,
} from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

// One function per API operation (named after its operationId). Reads are wrapped in query options in queries.ts.

export const listAppointments = (tokens: TokenSource, locationId: string, date: string) =>
  call(tokens, 'listAppointments', { params: { locationId }, query: { date } });

export const listBookingOptions = (tokens: TokenSource) => call(tokens, 'listBookingOptions');

export const listAppointmentSlots = (tokens: TokenSource, locationId: string, serviceId: string, from: string, days = 1) =>
  call(tokens, 'listAppointmentSlots', { params: { locationId, serviceId }, query: { from, days } });

export const bookAppointmentForCitizen = (tokens: TokenSource, locationId: string, body: StaffBookAppointmentBody) =>
  call(tokens, 'bookAppointmentForCitizen', { params: { locationId }, body });

export const cancelAppointmentByStaff = (tokens: TokenSource, appointmentId: string, body: StaffCancelAppointmentBody) =>
  call(tokens, 'cancelAppointmentByStaff', { params: { id: appointmentId }, body });

/** Staff ({ appointmentId }) or the kiosk ({ code } or { birthDate, firstName }: never a CPR number). */
export const checkInAppointment = (tokens: TokenSource, locationId: string, body: CheckInAppointmentBody) =>
  call(tokens, 'checkInAppointment', { params: { locationId }, body });

export const getAppointmentPlan = (tokens: TokenSource, locationId: string, from: string) =>
  call(tokens, 'getAppointmentPlan', { params: { locationId }, query: { from } });

export const listAppointmentBlocks = (tokens: TokenSource, locationId: string) =>
  call(tokens, 'listAppointmentBlocks', { params: { locationId } });

export const createAppointmentBlock = (tokens: TokenSource, locationId: string, body: CreateAppointmentBlockBody) =>
  call(tokens, 'createAppointmentBlock', { params: { locationId }, body });

export const deleteAppointmentBlock = (tokens: TokenSource, blockId: string) =>
  call(tokens, 'deleteAppointmentBlock', { params: { id: blockId } });

export const listAppointmentRules = (tokens: TokenSource, locationId: string) =>
  call(tokens, 'listAppointmentRules', { params: { locationId } });

export const putAppointmentRule = (tokens: TokenSource, locationId: string, serviceId: string, body: PutAppointmentRuleBody) =>
  call(tokens, 'putAppointmentRule', { params: { locationId, serviceId }, body });

export const getCounterSchedule = (tokens: TokenSource, locationId: string) =>
  call(tokens, 'getCounterSchedule', { params: { locationId } });

export const putCounterSchedule = (tokens: TokenSource, locationId: string, body: PutCounterScheduleBody) =>
  call(tokens, 'putCounterSchedule', { params: { locationId }, body });

export const putCounterScheduleDay = (tokens: TokenSource, locationId: string, date: string, body: PutCounterScheduleDayBody) =>
  call(tokens, 'putCounterScheduleDay', { params: { locationId, date }, body });

export const deleteCounterScheduleDay = (tokens: TokenSource, locationId: string, date: string) =>
  call(tokens, 'deleteCounterScheduleDay', { params: { locationId, date } });

/** The token behind a receipt's QR code to the ticket's public status page. */
export const createTicketStatusLink = (tokens: TokenSource, ticketId: string) =>
  call(tokens, 'createTicketStatusLink', { params: { id: ticketId } });
