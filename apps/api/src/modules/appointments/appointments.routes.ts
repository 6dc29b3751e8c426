import { appointmentOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf, userOf } from '../../plugins/auth.ts';
import { assertLocationAccess } from '../locations/location-access.ts';
import { createQueueIssuing } from '../queue/queue-issuing.service.ts';
import { createAppointmentsService, type Clock } from './appointments.service.ts';
import { createCheckInService } from './check-in.service.ts';
import { createCounterScheduleService } from './counter-schedule.service.ts';
import { createPlanService } from './plan.service.ts';

export interface AppointmentRoutesOptions {
  clock?: Clock | undefined;
  /** Per address and minute, for the public operations that book, move, cancel or try a code. */
  bookingRateLimitPerMinute: number;
}

/** How often bookings past their grace are marked as no-shows (also before every read that shows them). */
const NO_SHOW_SWEEP_MS = 60_000;

/** Tidsbestilling (docs/appointments.md): the public booking page's operations, arrival, and the staff's day list. */
export async function appointmentRoutes(app: FastifyInstance, options: AppointmentRoutesOptions) {
  const clock = options.clock ?? (() => new Date());
  const appointments = createAppointmentsService(app.db, clock);
  const checkIns = createCheckInService(app.db, createQueueIssuing(app.db, clock), clock);
  const plans = createPlanService(app.db, clock);
  const schedules = createCounterScheduleService(app.db, clock);
  const writes = { config: { rateLimit: { max: options.bookingRateLimitPerMinute, timeWindow: '1 minute' } } };
  const reads = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };

  // Public (no login, no CPR)
  route(app, ops.listBookingOptions, () => appointments.bookingOptions(), reads);
  route(
    app,
    ops.listAppointmentSlots,
    (request) => appointments.slots(request.params.locationId, request.params.serviceId, request.query),
    reads,
  );
  route(app, ops.bookAppointment, async (request, reply) => reply.status(201).send(await appointments.bookPublic(request.body)), writes);
  route(app, ops.findAppointment, (request) => appointments.findByCode(request.body.code), writes);
  route(app, ops.rescheduleAppointment, (request) => appointments.reschedule(request.body.code, new Date(request.body.startsAt)), writes);
  route(app, ops.cancelAppointment, (request) => appointments.cancelByCode(request.body.code), writes);

  // Arrival (kiosk or staff)
  route(app, ops.checkInAppointment, (request) => checkIns.checkIn(request.principal!, request.params.locationId, request.body));

  // Staff
  route(app, ops.listAppointments, async (request) => {
    await assertLocationAccess(app.db, userOf(request), request.params.locationId);
    return appointments.listDay(staffOf(request), request.params.locationId, request.query.date);
  });
  route(app, ops.bookAppointmentForCitizen, async (request, reply) => {
    await assertLocationAccess(app.db, userOf(request), request.params.locationId);
    return reply.status(201).send(await appointments.bookForCitizen(staffOf(request), request.params.locationId, request.body));
  });
  route(app, ops.cancelAppointmentByStaff, (request) => appointments.cancelByStaff(staffOf(request), request.params.id, request.body));
  route(app, ops.getAppointmentPlan, (request) => plans.plan(staffOf(request), request.params.locationId, request.query.from));
  route(app, ops.listAppointmentBlocks, (request) => plans.blocks(staffOf(request), request.params.locationId));
  route(app, ops.createAppointmentBlock, async (request, reply) =>
    reply.status(201).send(await plans.createBlock(staffOf(request), request.params.locationId, request.body)),
  );
  route(app, ops.deleteAppointmentBlock, async (request, reply) => {
    await plans.deleteBlock(staffOf(request), request.params.id);
    return reply.status(204).send();
  });
  route(app, ops.listAppointmentRules, (request) => plans.rules(staffOf(request), request.params.locationId));
  route(app, ops.putAppointmentRule, (request) =>
    plans.putRule(staffOf(request), request.params.locationId, request.params.serviceId, request.body),
  );

  route(app, ops.getCounterSchedule, (request) => schedules.get(staffOf(request), request.params.locationId));
  route(app, ops.putCounterSchedule, (request) => schedules.putWeekly(staffOf(request), request.params.locationId, request.body));
  route(app, ops.putCounterScheduleDay, (request) =>
    schedules.putDay(staffOf(request), request.params.locationId, request.params.date, request.body),
  );
  route(app, ops.deleteCounterScheduleDay, async (request, reply) => {
    await schedules.deleteDay(staffOf(request), request.params.locationId, request.params.date);
    return reply.status(204).send();
  });

  // No-shows are marked by whichever API process sweeps first (the update is idempotent).
  const sweep = setInterval(() => {
    appointments.markNoShows().catch((error: unknown) => app.log.warn({ err: error }, 'appointment no-show sweep failed'));
  }, NO_SHOW_SWEEP_MS);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
}
