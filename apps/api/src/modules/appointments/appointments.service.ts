import type {
  Appointment,
  AppointmentSlotList,
  BookAppointmentBody,
  BookedAppointment,
  BookingOptions,
  PublicAppointment,
  StaffBookAppointmentBody,
  StaffBookedAppointment,
} from '@skranke/contracts';
import type { Database, DbOrTx, Tx } from '@skranke/db';
import {
  bookingCodeFromBytes,
  copenhagenInstant,
  addLocalDays,
  normaliseBookingCode,
  normaliseDanishPhone,
  parseCpr,
  placeAt,
  serviceDay,
  validateBookingContact,
} from '@skranke/domain';
import { sql } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import { AppError, conflict, notFound } from '../../errors.ts';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import { auditCitizen } from '../../floor/audit/citizen-audit.ts';
import {
  sendAppointmentCancellation,
  sendAppointmentConfirmation,
  type AppointmentNotice,
} from '../../floor/notifications/appointment-notices.ts';
import { LocalOutboxNotificationSender, type NotificationSender } from '../../floor/notifications/notification-sender.ts';
import type { Staff } from '../../floor/staff.ts';
import { createAppointmentsRepository, type AppointmentRow, type AppointmentsRepository } from './appointments.repository.ts';
import { freeCounterSeats, freeSlots, nextFreeSlot, type FreeSlot } from './slots.ts';

export type Clock = () => Date;

/** How long lost bookings share one lookup of the next free time (see nextFreeShared). */
const NEXT_FREE_SHARE_MS = 1000;

/** The subject type of appointment records in the audit trail. */
export const APPOINTMENT_SUBJECT = 'appointment';

/** sha256 of the normalised code: the code itself is never stored. */
export const codeHashOf = (normalised: string) => createHash('sha256').update(normalised).digest('hex');

const isLockTimeout = (error: unknown) =>
  (error as { code?: string } | undefined)?.code === '55P03' || (error as { cause?: { code?: string } }).cause?.code === '55P03';

/** How long a booking waits for a seat another booking is inserting at the same moment (see claim). */
const SEAT_WAIT_MS = 250;

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string } | undefined)?.code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505';

export const notBookable = () => new AppError(404, 'not-bookable', 'Not Found', 'Ærindet kan ikke bestilles på denne lokation.');
export const unknownCode = () =>
  new AppError(404, 'unknown-code', 'Not Found', 'Vi kan ikke finde en booking med den kode. Tjek koden og prøv igen.', {
    detailEn: 'We cannot find a booking with that code. Check the code and try again.',
  });
export const appointmentClosed = (status: string) =>
  conflict('appointment-closed', 'Bookingen kan ikke ændres længere (den er aflyst, brugt eller udløbet).', {
    detailEn: 'The booking can no longer be changed (it is cancelled, used or expired).',
    currentState: status,
  });

/** The personal data a booking holds, checked and normalised (phone as +45XXXXXXXX). */
function contactOf(input: { name?: string; phone?: string; email?: string; birthDate?: string }, today: string) {
  const name = (input.name ?? '').trim();
  const problems = validateBookingContact(
    { name, phone: input.phone ?? null, email: input.email ?? null, birthDate: input.birthDate ?? null },
    today,
  );
  if (problems.length > 0) {
    throw new AppError(400, 'invalid-contact', 'Bad Request', problems.map((p) => p.messageDa).join(' '), {
      detailEn: problems.map((p) => p.messageEn).join(' '),
      errors: problems.map((p) => ({
        pointer: `/body/${p.field === 'contact' ? 'phone' : p.field}`,
        detail: p.messageDa,
        detailEn: p.messageEn,
      })),
    });
  }
  return {
    name,
    phone: input.phone ? normaliseDanishPhone(input.phone) : null,
    email: input.email?.trim() || null,
    birthDate: input.birthDate ?? null,
  };
}

/** Booking, finding, moving and cancelling times (public and staff), and the free times. */
export function createAppointmentsService(db: Database, clock: Clock, sender: NotificationSender = new LocalOutboxNotificationSender()) {
  const repo = createAppointmentsRepository(db);

  /**
   * A staff member's write to a booking: on the citizen's access log when the booking is for a looked-up citizen,
   * else with the booking as subject.
   */
  function auditStaffWrite(tx: Tx, staff: Staff, row: AppointmentRow, action: string, details: Record<string, string>) {
    if (row.personId) {
      return auditCitizen(tx, staff, {
        action,
        subjectId: row.personId,
        purpose: 'tidsbestilling',
        details: { appointmentId: row.id, ...details },
      });
    }
    return appendAudit(tx, {
      municipalityId: staff.municipalityId,
      actorUserId: staff.id,
      action,
      subjectType: APPOINTMENT_SUBJECT,
      subjectId: row.id,
      details,
    });
  }

  /** What the confirmation, reminder and cancellation notices say about a booking (sent only when the municipality has them on). */
  async function noticeOf(tx: DbOrTx, row: AppointmentRow): Promise<AppointmentNotice> {
    const view = await publicView(tx, row);
    return {
      municipalityId: row.municipalityId,
      appointmentId: row.id,
      language: row.language,
      startsAt: row.startsAt,
      locationName: view.locationName,
      serviceNameDa: view.serviceNameDa,
      serviceNameEn: view.serviceNameEn,
      bringTextDa: view.bringTextDa,
      bringTextEn: view.bringTextEn,
      phone: row.phone,
      email: row.email,
    };
  }

  async function bookableRule(tx: DbOrTx, locationId: string, serviceId: string) {
    const found = await repo.rule(locationId, serviceId, tx);
    if (!found || !found.rule.active || !found.service.active) throw notBookable();
    return found;
  }

  type Where = { locationId: string; serviceId: string; rule: Parameters<typeof nextFreeSlot>[2]['rule'] };

  /**
   * Thrown inside a booking's transaction when the time is not offered or full; `transaction` turns it into the 409
   * after the transaction has ended, so the next free time is looked up without holding a connection's locks.
   */
  class SlotConflict extends Error {
    constructor(
      readonly unavailable: boolean,
      readonly where: Where,
      readonly now: Date,
    ) {
      super(unavailable ? 'slot-unavailable' : 'slot-taken');
    }
  }

  function slotTaken(where: Where, now: Date, unavailable: boolean) {
    return new SlotConflict(unavailable, where, now);
  }

  /**
   * The next free time for the 409 of a lost booking, shared by the losers of one rush: answers read within
   * NEXT_FREE_SHARE_MS of each other for the same errand and place take one lookup (a whole horizon's read each would
   * otherwise queue 180 losers of 20 times behind each other for the pool). A hint, so a second old is fine; the
   * booking itself is decided by the unique index, never by this.
   */
  const nextFreeShares = new Map<string, { at: number; next: Promise<Awaited<ReturnType<typeof nextFreeSlot>>> }>();
  function nextFreeShared(where: Where, now: Date) {
    const key = `${where.locationId}|${where.serviceId}|${Math.floor(now.getTime() / 60_000)}`;
    const shared = nextFreeShares.get(key);
    if (shared && performance.now() - shared.at < NEXT_FREE_SHARE_MS) return shared.next;
    const next = nextFreeSlot(repo, db, { ...where, now });
    nextFreeShares.set(key, { at: performance.now(), next });
    next.catch(() => nextFreeShares.delete(key));
    if (nextFreeShares.size > 1000) nextFreeShares.delete(nextFreeShares.keys().next().value!);
    return next;
  }

  async function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return withSlotConflicts(() => db.transaction(work));
  }

  /** Runs `work`, turning a SlotConflict into its 409 with the next free time (after any transaction has ended). */
  async function withSlotConflicts<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof SlotConflict)) throw error;
      const next = await nextFreeShared(error.where, error.now);
      const nextFree = next?.startsAt.toISOString() ?? null;
      throw error.unavailable
        ? conflict('slot-unavailable', 'Tiden kan ikke bestilles (den er ikke udbudt, er for tæt på eller for langt ude).', {
            detailEn: 'That time cannot be booked (not offered, too soon or too far ahead).',
            nextFree,
          })
        : conflict('slot-taken', 'Tiden er lige blevet taget af en anden.', { detailEn: 'Someone else just took that time.', nextFree });
    }
  }

  /** The seats a booker may take at `startsAt`, or the 409 to answer: the time is not offered, or it is full. */
  async function seatsAt(
    tx: DbOrTx,
    args: { locationId: string; serviceId: string; rule: Parameters<typeof nextFreeSlot>[2]['rule'] },
    startsAt: Date,
    now: Date,
  ) {
    const date = serviceDay(startsAt);
    const offered = (await freeSlots(repo, tx, { ...args, fromDate: date, days: 1, now, withTaken: false })).find(
      (s) => s.startsAt.getTime() === startsAt.getTime(),
    );
    if (!offered) throw slotTaken(args, now, true);
    return offered;
  }

  function toPublic(
    row: AppointmentRow,
    context: { locationName: string; nameDa: string; nameEn: string; bringTextDa: string; bringTextEn: string; place?: string },
  ): PublicAppointment {
    return {
      locationId: row.locationId,
      locationName: context.locationName,
      ...(context.place ? { place: context.place } : {}),
      serviceId: row.serviceId,
      serviceNameDa: context.nameDa,
      serviceNameEn: context.nameEn,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      status: row.status,
      name: row.name,
      bringTextDa: context.bringTextDa,
      bringTextEn: context.bringTextEn,
    };
  }

  async function publicView(tx: DbOrTx, row: AppointmentRow) {
    const location = await repo.location(row.locationId, tx);
    const [found, hours] = await Promise.all([repo.rule(row.locationId, row.serviceId, tx), repo.openingHours(row.locationId, tx)]);
    const place = placeAt(hours, row.startsAt);
    return toPublic(row, {
      ...(place ? { place } : {}),
      locationName: location?.name ?? '',
      nameDa: found?.service.nameDa ?? '',
      nameEn: found?.service.nameEn ?? '',
      bringTextDa: found?.rule.bringTextDa ?? '',
      bringTextEn: found?.rule.bringTextEn ?? '',
    });
  }

  /**
   * Takes the lowest free seat of the time: one INSERT per seat with ON CONFLICT DO NOTHING on the partial unique
   * index, so concurrent bookers of the last seat queue behind each other in PostgreSQL and exactly one wins.
   */
  async function claim(
    tx: DbOrTx,
    values: Omit<Parameters<typeof repo.insertOnFreeSeat>[0], 'seat' | 'codeHash' | 'endsAt'>,
    slot: Pick<FreeSlot, 'endsAt' | 'freeSeats' | 'counters'>,
  ) {
    // A seat another booking is inserting right now is as good as taken: rather than queue behind that transaction
    // (and a rush of losers behind it for the pool), give up on it after SEAT_WAIT and try the next. Were the other
    // booking to roll back, this one is refused a seat that turns free: a conservative 409, never a double booking.
    await tx.execute(sql.raw(`set local lock_timeout = '${SEAT_WAIT_MS}ms'`));
    try {
      for (const seat of slot.freeSeats) {
        const code = bookingCodeFromBytes(randomBytes(5));
        try {
          const row = await (tx as Tx).transaction((sp) =>
            repo.insertOnFreeSeat({ ...values, endsAt: slot.endsAt, seat, codeHash: codeHashOf(code) }, sp),
          );
          if (row) {
            // The errand's seat is ours; under a counter schedule the place's counter must be too, or nothing is.
            if (slot.counters !== undefined && !(await claimCounterSeat(tx as Tx, row, slot.counters))) return null;
            return { row, code };
          }
        } catch (error) {
          if (!isLockTimeout(error)) throw error;
        }
      }
      return null;
    } finally {
      await tx.execute(sql.raw('set local lock_timeout = 0'));
    }
  }

  /**
   * Takes the lowest free counter seat of a scheduled time for a live booking that holds none yet (just inserted or
   * moved), the same way claim() takes an errand's seat: the partial unique index appointments_counter_seat_key on
   * (place, time, counter seat) decides between concurrent bookers of every errand at the place, and no number above
   * the scheduled counters is ever tried. False: every counter of the time is taken. Runs under claim's lock_timeout
   * for bookings (a counter another booking is taking right now counts as taken).
   */
  async function claimCounterSeat(tx: Tx, row: AppointmentRow, counters: number): Promise<boolean> {
    const [use] = await repo.liveCounterSeats(row.locationId, row.startsAt, new Date(row.startsAt.getTime() + 1), tx);
    // The booking itself is among the live ones without a seat: it is the one asking, not one to leave room for.
    const free = freeCounterSeats(counters, use && { seats: new Set(use.seats), unseated: Math.max(0, use.unseated - 1) });
    for (const counterSeat of free) {
      try {
        await tx.transaction((sp) => repo.setCounterSeat(row.id, counterSeat, sp));
        return true;
      } catch (error) {
        if (!isUniqueViolation(error) && !isLockTimeout(error)) throw error;
      }
    }
    return false;
  }

  /**
   * What a booking checks before it takes a seat, read before its transaction opens (so the transaction holds its
   * connection only for the insert, the audit record and the notice): the place, the errand's rule, and that the
   * time is offered, with the seats this booker may take there.
   */
  async function prepareBooking(args: { locationId: string; serviceId: string; startsAt: Date; now: Date }) {
    const location = await repo.location(args.locationId);
    if (!location) throw notBookable();
    const found = await bookableRule(db, args.locationId, args.serviceId);
    const where = { locationId: args.locationId, serviceId: args.serviceId, rule: found.rule };
    const offered = await seatsAt(db, where, args.startsAt, args.now);
    return { ...args, location, found, where, offered };
  }
  type PreparedBooking = Awaited<ReturnType<typeof prepareBooking>>;

  async function book(
    tx: Tx,
    prepared: PreparedBooking,
    values: Omit<
      Parameters<typeof repo.insertOnFreeSeat>[0],
      'seat' | 'codeHash' | 'endsAt' | 'startsAt' | 'locationId' | 'serviceId' | 'municipalityId'
    >,
  ) {
    const { location, found, where, offered } = prepared;
    // The pure rule says which seats this booker may take; claim() takes the lowest one no live booking holds.
    const claimed = await claim(
      tx,
      {
        ...values,
        municipalityId: location.municipalityId,
        locationId: where.locationId,
        serviceId: where.serviceId,
        startsAt: prepared.startsAt,
      },
      offered,
    );
    if (!claimed) throw slotTaken(where, prepared.now, false);
    return { ...claimed, location, found };
  }

  /** The notice of a booking just made, from what its preparation read (no further queries in the transaction). */
  const preparedNotice = (row: AppointmentRow, prepared: PreparedBooking): AppointmentNotice => ({
    municipalityId: row.municipalityId,
    appointmentId: row.id,
    language: row.language,
    startsAt: row.startsAt,
    locationName: prepared.location.name,
    serviceNameDa: prepared.found.service.nameDa,
    serviceNameEn: prepared.found.service.nameEn,
    bringTextDa: prepared.found.rule.bringTextDa,
    bringTextEn: prepared.found.rule.bringTextEn,
    phone: row.phone,
    email: row.email,
  });

  return {
    /** Locations and errands open for booking (public). */
    async bookingOptions(): Promise<BookingOptions> {
      const rows = await repo.bookableServices();
      const byLocation = new Map<string, BookingOptions['locations'][number]>();
      for (const row of rows) {
        const location = byLocation.get(row.locationId) ?? {
          id: row.locationId,
          name: row.locationName,
          municipalityName: row.municipalityName,
          services: [],
        };
        location.services.push({
          id: row.serviceId,
          nameDa: row.nameDa,
          nameEn: row.nameEn,
          slotMinutes: row.slotMinutes,
          bringTextDa: row.bringTextDa,
          bringTextEn: row.bringTextEn,
        });
        byLocation.set(row.locationId, location);
      }
      return { locations: [...byLocation.values()] };
    },

    /** Free times from a local date (today by default) for `days` dates, and the first free time overall. */
    async slots(locationId: string, serviceId: string, query: { from?: string; days?: number }): Promise<AppointmentSlotList> {
      const now = clock();
      const found = await bookableRule(db, locationId, serviceId);
      const today = serviceDay(now);
      const fromDate = query.from && query.from > today ? query.from : today;
      const where = { locationId, serviceId, rule: found.rule };
      const items = await freeSlots(repo, db, { ...where, fromDate, days: query.days ?? 14, now });
      const next = fromDate === today && items[0] ? items[0] : await nextFreeSlot(repo, db, { ...where, now });
      return {
        items: items.map((s) => ({
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          free: Math.min(s.freeSeats.length, s.counterSeats?.length ?? Infinity),
          ...(s.place ? { place: s.place } : {}),
        })),
        nextFree: next?.startsAt.toISOString() ?? null,
      };
    },

    /** A citizen books on the public page: no login, no CPR; the code is shown once. */
    async bookPublic(body: BookAppointmentBody): Promise<BookedAppointment> {
      const now = clock();
      const contact = contactOf(body, serviceDay(now));
      return withSlotConflicts(async () => {
        const prepared = await prepareBooking({
          locationId: body.locationId,
          serviceId: body.serviceId,
          startsAt: new Date(body.startsAt),
          now,
        });
        return db.transaction(async (tx) => {
          const { row, code, location, found } = await book(tx, prepared, {
            ...contact,
            channel: 'public',
            language: body.language ?? 'da',
          });
          await appendAudit(tx, {
            municipalityId: location.municipalityId,
            action: 'appointment.book',
            subjectType: APPOINTMENT_SUBJECT,
            subjectId: row.id,
            details: { channel: 'public', serviceId: row.serviceId, startsAt: row.startsAt.toISOString() },
          });
          await sendAppointmentConfirmation(tx, sender, { ...preparedNotice(row, prepared), code });
          return {
            code,
            appointment: toPublic(row, {
              ...(prepared.offered.place ? { place: prepared.offered.place } : {}),
              locationName: location.name,
              ...found.service,
              bringTextDa: found.rule.bringTextDa,
              bringTextEn: found.rule.bringTextEn,
            }),
          };
        });
      });
    },

    async findByCode(code: string): Promise<PublicAppointment> {
      const normalised = normaliseBookingCode(code);
      const row = normalised ? await repo.byCodeHash(codeHashOf(normalised)) : undefined;
      if (!row) throw unknownCode();
      return publicView(db, row);
    },

    /** Moves a booking to another free time of the same errand and place; the code stays. */
    async reschedule(code: string, startsAt: Date): Promise<PublicAppointment> {
      const now = clock();
      const normalised = normaliseBookingCode(code);
      if (!normalised) throw unknownCode();
      return transaction(async (tx) => {
        const row = await repo.byCodeHash(codeHashOf(normalised), tx, true);
        if (!row) throw unknownCode();
        if (row.status !== 'booked') throw appointmentClosed(row.status);
        const found = await bookableRule(tx, row.locationId, row.serviceId);
        const where = { locationId: row.locationId, serviceId: row.serviceId, rule: found.rule };
        const offered = await seatsAt(tx, where, startsAt, now);
        let moved: AppointmentRow | null = null;
        for (const seat of offered.freeSeats) {
          try {
            moved = await tx.transaction((sp) => repo.move(row.id, { startsAt, endsAt: offered.endsAt, seat, counterSeat: null }, sp));
            break;
          } catch (error) {
            if (!isUniqueViolation(error)) throw error;
          }
        }
        if (!moved) throw slotTaken(where, now, false);
        if (offered.counters !== undefined && !(await claimCounterSeat(tx, moved, offered.counters))) throw slotTaken(where, now, false);
        await appendAudit(tx, {
          municipalityId: row.municipalityId,
          action: 'appointment.reschedule',
          subjectType: APPOINTMENT_SUBJECT,
          subjectId: row.id,
          details: { from: row.startsAt.toISOString(), to: startsAt.toISOString() },
        });
        // The new time, with the code the citizen used (it did not change).
        await sendAppointmentConfirmation(tx, sender, { ...(await noticeOf(tx, moved)), code: normalised });
        return publicView(tx, moved);
      });
    },

    /** The citizen cancels with the code: the seat is free at once (the unique index covers live bookings only). */
    async cancelByCode(code: string): Promise<PublicAppointment> {
      const normalised = normaliseBookingCode(code);
      if (!normalised) throw unknownCode();
      return transaction(async (tx) => {
        const row = await repo.byCodeHash(codeHashOf(normalised), tx, true);
        if (!row) throw unknownCode();
        if (row.status !== 'booked') throw appointmentClosed(row.status);
        const cancelled = await repo.setStatus(row.id, { status: 'cancelled', cancelledAt: clock() }, tx);
        await appendAudit(tx, {
          municipalityId: row.municipalityId,
          action: 'appointment.cancel',
          subjectType: APPOINTMENT_SUBJECT,
          subjectId: row.id,
          details: { by: 'citizen' },
        });
        await sendAppointmentCancellation(tx, sender, await noticeOf(tx, cancelled));
        return publicView(tx, cancelled);
      });
    },

    /** Staff book for a citizen (looked up by CPR before: personId) or for a name, at the counter or on the phone. */
    async bookForCitizen(staff: Staff, locationId: string, body: StaffBookAppointmentBody): Promise<StaffBookedAppointment> {
      const now = clock();
      return withSlotConflicts(async () => {
        let name = body.name;
        let birthDate = body.birthDate;
        if (body.personId) {
          const person = await repo.person(body.personId);
          if (!person) throw new AppError(404, 'unknown-citizen', 'Not Found', 'Borgeren findes ikke.');
          name = `${person.givenNames} ${person.surname}`;
          const parsed = parseCpr(person.cpr);
          birthDate = birthDate ?? (parsed.ok ? parsed.cpr.birthDate : undefined);
        }
        const contact = contactOf({ name, phone: body.phone, email: body.email, birthDate }, serviceDay(now));
        const location = await repo.location(locationId);
        if (!location || location.municipalityId !== staff.municipalityId) throw notFound('Lokationen');
        const prepared = await prepareBooking({ locationId, serviceId: body.serviceId, startsAt: new Date(body.startsAt), now });
        return db.transaction(async (tx) => {
          const { row, code } = await book(tx, prepared, {
            ...contact,
            channel: body.channel,
            language: body.language ?? 'da',
            personId: body.personId ?? null,
            bookedByUserId: staff.id,
          });
          await auditStaffWrite(tx, staff, row, 'appointment.book', { channel: body.channel, startsAt: row.startsAt.toISOString() });
          await sendAppointmentConfirmation(tx, sender, { ...preparedNotice(row, prepared), code });
          return { code, appointment: await this.listedById(tx, row.id) };
        });
      });
    },

    /** Staff cancel on the citizen's behalf, with a reason (audited). */
    async cancelByStaff(staff: Staff, id: string, body: { expectedVersion: number; reason: string }): Promise<Appointment> {
      return transaction(async (tx) => {
        const row = await repo.byId(staff.municipalityId, id, tx, true);
        if (!row) throw notFound('Bookingen');
        if (row.version !== body.expectedVersion)
          throw conflict('stale-version', 'Bookingen er ændret af en anden. Hent den igen.', { currentState: row.status });
        if (row.status !== 'booked') throw appointmentClosed(row.status);
        const cancelled = await repo.setStatus(row.id, { status: 'cancelled', cancelledAt: clock() }, tx);
        await auditStaffWrite(tx, staff, row, 'appointment.cancel', { reason: body.reason });
        await sendAppointmentCancellation(tx, sender, await noticeOf(tx, cancelled));
        return this.listedById(tx, cancelled.id);
      });
    },

    /** A location's bookings on a local date (staff; names and contact details: one audit record per read). */
    async listDay(staff: Staff & { kind?: string }, locationId: string, date: string) {
      const from = copenhagenInstant(date, 0);
      const to = copenhagenInstant(addLocalDays(date, 1), 0);
      await repo.markNoShows(clock());
      return transaction(async (tx) => {
        const items = await this.listRows(tx, locationId, from, to);
        // Bookings made for a citizen looked up by CPR: the citizen's access log shows who saw the booking.
        for (const personId of new Set(items.flatMap((i) => (i.personId ? [i.personId] : [])))) {
          await auditCitizen(tx, staff, { action: 'appointment.list', subjectId: personId, purpose: 'tidsbestilling', details: { date } });
        }
        await appendAudit(tx, {
          municipalityId: staff.municipalityId,
          actorUserId: staff.id,
          action: 'appointment.list',
          subjectType: 'location',
          subjectId: locationId,
          purpose: 'tidsbestilling',
          details: { date, count: items.length },
        });
        return { items };
      });
    },

    async listRows(tx: DbOrTx, locationId: string, from: Date, to: Date): Promise<Appointment[]> {
      return (await repo.listDay(locationId, from, to, tx)).map(toListed);
    },

    async listedById(tx: DbOrTx, id: string): Promise<Appointment> {
      const row = await repo.listedById(id, tx);
      if (!row) throw notFound('Bookingen');
      return toListed(row);
    },

    /** Bookings past their time plus grace without a check-in become no-shows (run every minute and before reads). */
    markNoShows: () => repo.markNoShows(clock()),
  };
}

function toListed({ appointment: a, serviceNameDa, serviceNameEn, ticketNumber }: ListedRow): Appointment {
  return {
    id: a.id,
    locationId: a.locationId,
    serviceId: a.serviceId,
    serviceNameDa,
    serviceNameEn,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    status: a.status,
    channel: a.channel,
    name: a.name,
    phone: a.phone,
    email: a.email,
    birthDate: a.birthDate,
    personId: a.personId,
    ticketId: a.ticketId,
    ticketNumber: ticketNumber ?? null,
    checkedInAt: a.checkedInAt?.toISOString() ?? null,
    version: a.version,
  };
}

type ListedRow = Awaited<ReturnType<AppointmentsRepository['listDay']>>[number];

export type AppointmentsService = ReturnType<typeof createAppointmentsService>;
