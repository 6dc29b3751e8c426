import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import {
  getAppointmentPlan,
  getCounterSchedule,
  listAppointmentBlocks,
  listAppointmentRules,
  listAppointments,
  listAppointmentSlots,
  listBookingOptions,
} from './actions.ts';

/** Hierarchical keys: a change at a location refreshes exactly that location's bookings, plan and blocks. */
export const appointmentKeys = {
  all: ['appointments'] as const,
  location: (locationId: string) => [...appointmentKeys.all, 'location', locationId] as const,
  day: (locationId: string, date: string) => [...appointmentKeys.location(locationId), 'day', date] as const,
  slots: (locationId: string, serviceId: string, date: string) =>
    [...appointmentKeys.location(locationId), 'slots', serviceId, date] as const,
  plan: (locationId: string, from: string) => [...appointmentKeys.location(locationId), 'plan', from] as const,
  blocks: (locationId: string) => [...appointmentKeys.location(locationId), 'blocks'] as const,
  rules: (locationId: string) => [...appointmentKeys.location(locationId), 'rules'] as const,
  counterSchedule: (locationId: string) => [...appointmentKeys.location(locationId), 'counter-schedule'] as const,
  options: () => [...appointmentKeys.all, 'options'] as const,
};

/** The day's bookings at a location (names and contact details: the API audits the read). */
export function appointmentDayQueryOptions(tokens: TokenSource, locationId: string, date: string) {
  return queryOptions({
    queryKey: appointmentKeys.day(locationId, date),
    queryFn: async () => (await listAppointments(tokens, locationId, date)).items,
    staleTime: 15_000,
    refetchInterval: 60_000,
  });
}

/** Locations and errands that take bookings (the same list the public page shows). */
export function bookingOptionsQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: appointmentKeys.options(),
    queryFn: () => listBookingOptions(tokens),
    staleTime: 5 * 60_000,
  });
}

/** Free times of one errand on one day. */
export function appointmentSlotsQueryOptions(tokens: TokenSource, locationId: string, serviceId: string, date: string) {
  return queryOptions({
    queryKey: appointmentKeys.slots(locationId, serviceId, date),
    queryFn: () => listAppointmentSlots(tokens, locationId, serviceId, date, 1),
    staleTime: 10_000,
  });
}

export function appointmentPlanQueryOptions(tokens: TokenSource, locationId: string, from: string) {
  return queryOptions({
    queryKey: appointmentKeys.plan(locationId, from),
    queryFn: () => getAppointmentPlan(tokens, locationId, from),
    staleTime: 30_000,
  });
}

export function appointmentBlocksQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: appointmentKeys.blocks(locationId),
    queryFn: async () => (await listAppointmentBlocks(tokens, locationId)).items,
    staleTime: 30_000,
  });
}

export function appointmentRulesQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: appointmentKeys.rules(locationId),
    queryFn: async () => (await listAppointmentRules(tokens, locationId)).items,
    staleTime: 30_000,
  });
}

/** A place's counters for bookings: the weekly bands and the date overrides from today on. */
export function counterScheduleQueryOptions(tokens: TokenSource, locationId: string) {
  return queryOptions({
    queryKey: appointmentKeys.counterSchedule(locationId),
    queryFn: () => getCounterSchedule(tokens, locationId),
    staleTime: 30_000,
  });
}

/** After a booking, a cancellation, a check-in or a block: the location's lists, plan and free times. */
export function invalidateLocationAppointments(queryClient: QueryClient, locationId: string) {
  void queryClient.invalidateQueries({ queryKey: appointmentKeys.location(locationId) });
}
