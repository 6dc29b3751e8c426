import type { IssuedTicket, IssueTicketBody } from '@skranke/contracts';
import { randomUUID } from 'node:crypto';
import type { Database } from '@skranke/db';
import { callKey, clampHeadStart, serviceDay } from '@skranke/domain';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { assertMayWorkAt } from '../locations/location-access.ts';
import { openingHoursOf } from '../locations/opening-hours.ts';
import { systemClock, type Clock } from './presence.ts';
import { actorColumns } from './queue-transitions.service.ts';
import { createQueueRepository, toTicket, type TicketRow } from './queue.repository.ts';
import { issueContextStatement, issueStatement, poolOf, queueFactsStatement, type QueueFacts } from './queue.statements.ts';
import { placeFromFacts } from './wait-estimate.ts';

/** What issueStatement writes for a new ticket. */
export type IssueValues = Parameters<typeof issueStatement>[1];

/**
 * The ticket as it stands once issueStatement has written `values` (all but its display number, which the statement
 * takes), built from what is written: nothing is read back. queue-ticket-contract.test.ts holds it to the row as read.
 */
export function issuedTicketDraft(values: IssueValues, service: { nameDa: string; nameEn: string }): Omit<TicketRow, 'displayNumber'> {
  return {
    ...values,
    serviceNameDa: service.nameDa,
    serviceNameEn: service.nameEn,
    state: 'waiting',
    calledAt: null,
    servingStartedAt: null,
    finishedAt: null,
    counterId: null,
    counterName: null,
    targetCounterId: null,
    transferNote: null,
    recallCount: 0,
    outcome: null,
    version: 1,
  };
}

/** Issuing tickets: at the kiosk, or by staff (with priority). */
export function createQueueIssuing(db: Database, clock: Clock = systemClock) {
  const repo = createQueueRepository(db);
  const pool = poolOf(db);

  type IssueService = { id: string; prefix: string; nameDa: string; nameEn: string };

  /** Who issues: the municipality, and the staff member or device recorded on the ticket (none for a phone). */
  type Issuer = { municipalityId: string; actor: { userId?: string; deviceId?: string } };
  const issuerOf = (principal: Principal): Issuer => ({ municipalityId: principal.municipalityId, actor: actorColumns(principal) });

  async function issue(
    issuer: Issuer,
    locationId: string,
    service: IssueService,
    how: {
      priorityClassId: string | null;
      priorityReason: string | null;
      source: 'kiosk' | 'counter' | 'appointment';
      callKeyAt: (now: Date) => Date;
      callableFromAt?: (now: Date) => Date | null;
      idempotencyKey: string | null;
    },
  ): Promise<IssuedTicket & { replayed: boolean }> {
    const idempotencyKey = how.idempotencyKey;
    const respond = async (row: TicketRow, replayed: boolean, facts?: QueueFacts) => {
      const place =
        row.state !== 'waiting'
          ? { position: 0, estimatedWaitMinutes: 0 }
          : placeFromFacts(facts ?? (await queueFactsStatement(pool, row, clock())), row, facts ? row.arrivedAt : clock());
      return { ticket: toTicket(row), ...place, replayed };
    };
    if (idempotencyKey) {
      const earlier = await repo.ticketByIdempotencyKey(locationId, idempotencyKey);
      if (earlier) return respond(earlier, true);
    }
    const now = clock();
    const day = serviceDay(now);
    const id = randomUUID();
    const values = {
      id,
      municipalityId: issuer.municipalityId,
      locationId,
      serviceId: service.id,
      prefix: service.prefix,
      serviceDay: day,
      priorityClassId: how.priorityClassId,
      priorityReason: how.priorityReason,
      source: how.source,
      arrivedAt: now,
      callKey: how.callKeyAt(now),
      idempotencyKey,
    };
    const draft = issuedTicketDraft(values, service);
    const numbered = await issueStatement(
      pool,
      values,
      issuer.actor,
      toTicket({ ...draft, displayNumber: '' }),
      how.callableFromAt?.(now) ?? null,
    );
    // No number: the same idempotency key won a race; answer with that ticket.
    const created: TicketRow | null = numbered ? { ...draft, displayNumber: numbered.displayNumber } : null;
    if (created) return respond(created, false, numbered!.facts);
    return respond((await repo.ticketByIdempotencyKey(locationId, idempotencyKey!))!, true);
  }

  return {
    async issueTicket(
      principal: Principal,
      locationId: string,
      body: IssueTicketBody,
      idempotencyKey?: string,
    ): Promise<IssuedTicket & { replayed: boolean }> {
      const { location, service } = await issueContextStatement(pool, {
        municipalityId: principal.municipalityId,
        locationId,
        serviceId: body.serviceId,
      });
      if (!location) throw notFound('Lokationen');
      assertMayWorkAt(principal, locationId);
      if (!service) throw notFound('Ærindet');
      if (!service.active) throw conflict('service-closed', `Der tages ikke numre til ${service.nameDa} lige nu.`);
      // Staff may hand out a number any time (e.g. a citizen let in at closing); a kiosk only in opening hours.
      if (principal.kind === 'device' && !(await openingHoursOf(db, locationId)).openNow) {
        throw conflict('location-closed', `${location.name} er lukket nu. Se åbningstiderne.`);
      }
      if (principal.kind === 'device' && body.priorityClassId) {
        throw badRequest('priority-needs-staff', 'Prioritet gives af personalet, ikke ved kiosken.');
      }
      let headStart = 0;
      if (body.priorityClassId) {
        const cls = await repo.priorityClass(principal.municipalityId, body.priorityClassId);
        if (!cls) throw badRequest('unknown-priority-class', 'Prioritetsklassen findes ikke.');
        if (cls.requiresReason && !body.priorityReason)
          throw badRequest('priority-reason-required', 'Angiv en begrundelse for prioriteten.');
        const settings = await repo.settings(principal.municipalityId);
        headStart = clampHeadStart(cls.headStartMinutes, settings.fairnessBoundMinutes);
      }
      return issue(issuerOf(principal), locationId, service, {
        priorityClassId: body.priorityClassId ?? null,
        priorityReason: body.priorityReason ?? null,
        source: principal.kind === 'device' ? 'kiosk' : 'counter',
        callKeyAt: (now) => callKey(now, headStart),
        idempotencyKey: idempotencyKey ?? null,
      });
    },

    /**
     * A walk-in's number taken on the phone (takeRemoteTicket): no staff member or device issues it, so the ticket
     * and its first event name no actor. The caller has checked that the location allows it; the kiosk's rule holds
     * here too (active errands only, in opening hours). Source `kiosk`: it is a walk-in's self-service number,
     * counted and called as one.
     */
    async issueRemote(municipalityId: string, locationId: string, serviceId: string): Promise<IssuedTicket & { replayed: boolean }> {
      const { location, service } = await issueContextStatement(pool, { municipalityId, locationId, serviceId });
      if (!location) throw notFound('Lokationen');
      if (!service) throw notFound('Ærindet');
      if (!service.active) throw conflict('service-closed', `Der tages ikke numre til ${service.nameDa} lige nu.`);
      if (!(await openingHoursOf(db, locationId, clock())).openNow) {
        throw conflict('location-closed', `${location.name} er lukket nu. Se åbningstiderne.`);
      }
      return issue({ municipalityId, actor: {} }, locationId, service, {
        priorityClassId: null,
        priorityReason: null,
        source: 'kiosk',
        callKeyAt: (now) => callKey(now, 0),
        idempotencyKey: null,
      });
    },

    /**
     * The ticket of a booked citizen who checked in (or of a late one who becomes a walk-in): the same numbering,
     * events and estimate as any ticket, with the call key the appointment rule gives (appointmentCallKey). The
     * appointment's id is the idempotency key, so a second check-in answers with the same ticket.
     */
    async issueForAppointment(
      principal: Principal,
      locationId: string,
      args: {
        serviceId: string;
        appointmentId: string;
        callKeyAt: (now: Date) => Date;
        /** Not called before this (an early arrival waits for the booked time). */
        callableFromAt?: (now: Date) => Date | null;
        source: 'appointment' | 'walk-in';
      },
    ): Promise<IssuedTicket & { replayed: boolean }> {
      const { location, service } = await issueContextStatement(pool, {
        municipalityId: principal.municipalityId,
        locationId,
        serviceId: args.serviceId,
      });
      if (!location) throw notFound('Lokationen');
      assertMayWorkAt(principal, locationId);
      if (!service) throw notFound('Ærindet');
      return issue(issuerOf(principal), locationId, service, {
        priorityClassId: null,
        priorityReason: null,
        source: args.source === 'appointment' ? 'appointment' : principal.kind === 'device' ? 'kiosk' : 'counter',
        callKeyAt: args.callKeyAt,
        ...(args.callableFromAt ? { callableFromAt: args.callableFromAt } : {}),
        idempotencyKey: `appointment:${args.appointmentId}`,
      });
    },
  };
}
