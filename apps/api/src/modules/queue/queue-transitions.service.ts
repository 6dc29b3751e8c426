import type {
  CallTicketBody,
  CancelTicketBody,
  FinishTicketBody,
  MoveTicketBody,
  ReprioritiseTicketBody,
  RerouteTicketBody,
  Ticket,
  TransferTicketBody,
} from '@skranke/contracts';
import type { Database, DbOrTx } from '@skranke/db';
import { callKey, clampHeadStart, nextState, roleAtLeast, specificCallRefusal, type TicketAction } from '@skranke/domain';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { Principal, UserPrincipal } from '../../plugins/auth.ts';
import { publishLocationEvent } from '../../plugins/events.ts';
import { assertLocationAccess } from '../locations/location-access.ts';
import { assertTransferTarget, systemClock, type Clock } from './presence.ts';
import { createQueueRepository, toTicket, type TicketPatch, type TicketRow } from './queue.repository.ts';
import { callNextStatement, poolOf, transitionStatement, type SimpleAction } from './queue.statements.ts';

/** Who did it, as ticket events and tickets record it. */
export const actorColumns = (p: Principal) => (p.kind === 'user' ? { userId: p.id } : { deviceId: p.id });

/**
 * A ticket's way through its states after issue: calling, serving, parking, transferring, finishing, and the leads'
 * changes to waiting tickets (priority, place, counter).
 */
export function createQueueTransitions(db: Database, clock: Clock = systemClock) {
  const repo = createQueueRepository(db);
  const pool = poolOf(db);

  /** Records the transition and announces it on the location's stream, in the caller's transaction. */
  async function record(
    tx: DbOrTx,
    principal: Principal,
    before: Pick<TicketRow, 'state' | 'counterId'> | null,
    ticketId: string,
    action: TicketAction | 'issue' | 'reprioritise' | 'move' | 'reroute',
    details: Record<string, unknown> = {},
  ): Promise<Ticket> {
    return (await recordRow(tx, principal, before, ticketId, action, details)).ticket;
  }

  async function recordRow(
    tx: DbOrTx,
    principal: Principal,
    before: Pick<TicketRow, 'state' | 'counterId'> | null,
    ticketId: string,
    action: TicketAction | 'issue' | 'reprioritise' | 'move' | 'reroute',
    details: Record<string, unknown> = {},
  ): Promise<{ row: TicketRow; ticket: Ticket }> {
    const after = (await repo.ticket(principal.municipalityId, ticketId, tx))!;
    await repo.recordEvent(
      {
        municipalityId: after.municipalityId,
        locationId: after.locationId,
        ticketId,
        action,
        fromState: before?.state ?? null,
        toState: after.state,
        counterId: after.counterId ?? before?.counterId ?? null,
        details,
        ...actorColumns(principal),
      },
      tx,
    );
    const ticket = toTicket(after);
    await publishLocationEvent(tx, {
      municipalityId: after.municipalityId,
      locationId: after.locationId,
      type: `ticket.${action}`,
      payload: { ticket },
    });
    return { row: after, ticket };
  }

  /**
   * Loads and locks a ticket, checks the caller's version and that the action is legal in its state, applies the
   * patch and records the transition.
   */
  async function transition(
    principal: Principal,
    ticketId: string,
    expectedVersion: number,
    action: TicketAction,
    patch: (ticket: TicketRow, tx: DbOrTx) => Promise<TicketPatch> | TicketPatch,
    details: Record<string, unknown> | ((before: TicketRow) => Record<string, unknown>) = {},
  ): Promise<Ticket> {
    return db.transaction(async (tx) => {
      if (!(await repo.lockTicket(principal.municipalityId, ticketId, tx))) throw notFound('Billetten');
      const ticket = await lockedTicket(principal, ticketId, expectedVersion, tx);
      const to = nextState(ticket.state, action);
      if (!to) {
        throw conflict('illegal-transition', `Handlingen er ikke mulig, når billetten er ${stateNameDa[ticket.state]}.`, {
          currentState: ticket.state,
          currentVersion: ticket.version,
        });
      }
      await repo.updateTicket(ticketId, { state: to, ...(await patch(ticket, tx)) }, tx);
      return record(tx, principal, ticket, ticketId, action, typeof details === 'function' ? details(ticket) : details);
    });
  }

  /**
   * A transition that needs nothing but the ticket: one statement when it applies; otherwise the locked path finds
   * out why and answers with the right problem (or, should the ticket have changed back meanwhile, applies it).
   */
  async function simple(
    principal: UserPrincipal,
    ticketId: string,
    expectedVersion: number,
    action: SimpleAction,
    values: unknown[],
    patch: TicketPatch,
  ): Promise<Ticket> {
    const ticket = await transitionStatement(pool, action, {
      ticketId,
      municipalityId: principal.municipalityId,
      expectedVersion,
      allLocations: roleAtLeast(principal.role, 'lead'),
      locationIds: principal.locationIds,
      userId: principal.id,
      details: {},
      values,
    });
    return ticket ?? transition(principal, ticketId, expectedVersion, action, () => patch);
  }

  async function openSessionAt(principal: UserPrincipal, counterId: string, tx: DbOrTx) {
    const session = await repo.liveSessionAtCounter(counterId, tx);
    if (!session || session.userId !== principal.id) throw notAtCounter();
    if (session.state !== 'open') throw counterPaused();
    const busy = await repo.currentTicketAt(counterId, tx);
    if (busy) throw counterBusy(busy.id, busy.displayNumber);
    return session;
  }

  async function reKey(ticket: TicketRow, priorityClassId: string | null, municipalityId: string, tx: DbOrTx) {
    if (!priorityClassId) return ticket.arrivedAt;
    const settings = await repo.settings(municipalityId, tx);
    const cls = await repo.priorityClass(municipalityId, priorityClassId, tx);
    if (!cls) throw badRequest('unknown-priority-class', 'Prioritetsklassen findes ikke.');
    return callKey(ticket.arrivedAt, clampHeadStart(cls.headStartMinutes, settings.fairnessBoundMinutes));
  }

  return {
    async callNext(principal: UserPrincipal, counterId: string): Promise<Ticket | null> {
      const outcome = await callNextStatement(pool, {
        municipalityId: principal.municipalityId,
        counterId,
        userId: principal.id,
        at: clock(),
      });
      if (!outcome.counterFound) throw notFound('Skranken');
      if (outcome.sessionUserId !== principal.id) throw notAtCounter();
      if (outcome.sessionState !== 'open') throw counterPaused();
      if (outcome.busyTicketId) throw counterBusy(outcome.busyTicketId, outcome.busyDisplayNumber!);
      return outcome.ticket;
    },

    callTicket: (principal: UserPrincipal, ticketId: string, body: CallTicketBody) =>
      transition(principal, ticketId, body.expectedVersion, 'call', async (ticket, tx) => {
        const counter = await repo.counter(principal.municipalityId, body.counterId, tx);
        if (!counter || counter.locationId !== ticket.locationId) throw notFound('Skranken');
        await openSessionAt(principal, body.counterId, tx);
        if (specificCallRefusal(ticket, body.counterId)) {
          const target = await repo.counter(principal.municipalityId, ticket.targetCounterId!, tx);
          throw conflict('sent-to-other-counter', `${ticket.displayNumber} er sendt til ${target?.name ?? 'en anden skranke'}.`, {
            currentState: ticket.state,
            currentVersion: ticket.version,
          });
        }
        return { counterId: body.counterId, staffUserId: principal.id, calledAt: clock(), targetCounterId: null };
      }),

    async recall(principal: UserPrincipal, ticketId: string, expectedVersion: number) {
      const settings = await repo.settings(principal.municipalityId);
      return transition(principal, ticketId, expectedVersion, 'recall', (ticket) => {
        if (ticket.recallCount >= settings.recallLimit) {
          throw conflict('recall-limit', `Nummeret er kaldt ${ticket.recallCount + 1} gange. Markér det som udeblevet.`, {
            currentState: ticket.state,
          });
        }
        return { recallCount: ticket.recallCount + 1, calledAt: clock() };
      });
    },

    startServing: (principal: UserPrincipal, ticketId: string, expectedVersion: number) => {
      const now = clock();
      return simple(principal, ticketId, expectedVersion, 'start', [now], { servingStartedAt: now });
    },

    park: (principal: UserPrincipal, ticketId: string, expectedVersion: number) =>
      simple(principal, ticketId, expectedVersion, 'park', [], {}),

    returnToQueue: (principal: UserPrincipal, ticketId: string, expectedVersion: number) =>
      simple(principal, ticketId, expectedVersion, 'return', [], { counterId: null }),

    requeue: (principal: UserPrincipal, ticketId: string, expectedVersion: number) =>
      simple(principal, ticketId, expectedVersion, 'requeue', [], { counterId: null, calledAt: null }),

    markNoShow: (principal: UserPrincipal, ticketId: string, expectedVersion: number) => {
      const now = clock();
      return simple(principal, ticketId, expectedVersion, 'no_show', [now], { finishedAt: now });
    },

    transfer: (principal: UserPrincipal, ticketId: string, body: TransferTicketBody) => {
      if (!body.serviceId && !body.counterId) {
        throw badRequest('transfer-target-required', 'Vælg et andet ærinde eller en skranke.');
      }
      return transition(
        principal,
        ticketId,
        body.expectedVersion,
        'transfer',
        async (ticket, tx) => {
          if (body.serviceId && !(await repo.service(principal.municipalityId, body.serviceId, tx))) throw notFound('Ærindet');
          if (body.counterId) {
            await assertTransferTarget(repo, principal.municipalityId, body.counterId, ticket.locationId, clock(), tx);
          }
          // The citizen keeps their place: arrival time and priority stay, so the call key does too.
          return {
            serviceId: body.serviceId ?? ticket.serviceId,
            targetCounterId: body.counterId ?? null,
            transferNote: body.note?.trim() || null,
            counterId: null,
            calledAt: null,
            servingStartedAt: null,
          };
        },
        (before) => ({ fromServiceId: before.serviceId, toServiceId: body.serviceId, toCounterId: body.counterId, note: body.note }),
      );
    },

    async finish(principal: UserPrincipal, ticketId: string, body: FinishTicketBody) {
      const delivered = [...new Set(body.deliveredServiceIds)];
      if ((await repo.countOwnServices(principal.municipalityId, delivered)) !== delivered.length) {
        throw badRequest('unknown-service', 'Et eller flere af de leverede ærinder findes ikke.');
      }
      const now = clock();
      return simple(principal, ticketId, body.expectedVersion, 'finish', [now, body.outcome, delivered], {
        outcome: body.outcome,
        deliveredServiceIds: delivered,
        finishedAt: now,
      });
    },

    cancel: (principal: UserPrincipal, ticketId: string, body: CancelTicketBody) => {
      const now = clock();
      return simple(principal, ticketId, body.expectedVersion, 'cancel', [now, body.reason], {
        cancelReason: body.reason,
        finishedAt: now,
      });
    },

    /** A lead changes a waiting ticket's priority class; its place follows from arrival and the new head start. */
    reprioritise: (principal: UserPrincipal, ticketId: string, body: ReprioritiseTicketBody) =>
      db.transaction(async (tx) => {
        const before = await lockedWaiting(principal, ticketId, body.expectedVersion, tx);
        if (body.priorityClassId) {
          const cls = await repo.priorityClass(principal.municipalityId, body.priorityClassId, tx);
          if (cls?.requiresReason && !body.reason) throw badRequest('priority-reason-required', 'Angiv en begrundelse for prioriteten.');
        }
        await repo.updateTicket(
          ticketId,
          {
            priorityClassId: body.priorityClassId,
            priorityReason: body.priorityClassId ? (body.reason ?? null) : null,
            callKey: await reKey(before, body.priorityClassId, principal.municipalityId, tx),
          },
          tx,
        );
        return record(tx, principal, before, ticketId, 'reprioritise', { priorityClassId: body.priorityClassId, reason: body.reason });
      }),

    /** A lead moves a waiting ticket to the front or back of its service's queue. */
    move: (principal: UserPrincipal, ticketId: string, body: MoveTicketBody) =>
      db.transaction(async (tx) => {
        const before = await lockedWaiting(principal, ticketId, body.expectedVersion, tx);
        const bounds = await repo.callKeyBounds(before.locationId, before.serviceId, tx);
        const edge = body.to === 'front' ? bounds.min : bounds.max;
        const key = new Date((edge ?? before.callKey).getTime() + (body.to === 'front' ? -1000 : 1000));
        await repo.updateTicket(ticketId, { callKey: key }, tx);
        return record(tx, principal, before, ticketId, 'move', { to: body.to });
      }),

    /**
     * A lead sends a ticket that waits for a named counter (e.g. one left unstaffed) to another staffed counter, or
     * back to its service's queue. It keeps its place; the note, when given, replaces the old one.
     */
    reroute: (principal: UserPrincipal, ticketId: string, body: RerouteTicketBody) =>
      db.transaction(async (tx) => {
        const before = await lockedWaiting(principal, ticketId, body.expectedVersion, tx);
        if (!before.targetCounterId) {
          throw conflict('not-sent-to-counter', `${before.displayNumber} venter ikke på en bestemt skranke.`, {
            currentState: before.state,
          });
        }
        if (body.counterId) {
          await assertTransferTarget(repo, principal.municipalityId, body.counterId, before.locationId, clock(), tx);
        }
        const note = body.note?.trim() || before.transferNote;
        await repo.updateTicket(ticketId, { targetCounterId: body.counterId ?? null, transferNote: note }, tx);
        return record(tx, principal, before, ticketId, 'reroute', {
          fromCounterId: before.targetCounterId,
          toCounterId: body.counterId ?? null,
          ...(body.note?.trim() && { note: body.note.trim() }),
        });
      }),
  };

  /**
   * Locks the ticket for a change and reads it; 404 when it is not the caller's municipality's, 403/404 when the
   * caller may not work at its location, 409 `stale-version` when someone changed it after the caller read it.
   */
  async function lockedTicket(principal: Principal, ticketId: string, expectedVersion: number, tx: DbOrTx) {
    if (!(await repo.lockTicket(principal.municipalityId, ticketId, tx))) throw notFound('Billetten');
    const ticket = (await repo.ticket(principal.municipalityId, ticketId, tx))!;
    await assertLocationAccess(tx, principal, ticket.locationId);
    if (ticket.version !== expectedVersion) {
      throw conflict('stale-version', `Billetten er ændret af en anden (nu ${stateNameDa[ticket.state]}). Hent den igen.`, {
        currentState: ticket.state,
        currentVersion: ticket.version,
      });
    }
    return ticket;
  }

  async function lockedWaiting(principal: UserPrincipal, ticketId: string, expectedVersion: number, tx: DbOrTx) {
    const ticket = await lockedTicket(principal, ticketId, expectedVersion, tx);
    if (ticket.state !== 'waiting') {
      throw conflict('illegal-transition', `Kun ventende billetter kan flyttes; denne er ${stateNameDa[ticket.state]}.`, {
        currentState: ticket.state,
      });
    }
    return ticket;
  }
}

const notAtCounter = () => conflict('not-at-counter', 'Du er ikke logget på denne skranke.');
const counterPaused = () => conflict('counter-paused', 'Skranken holder pause. Genoptag for at kalde.');
const counterBusy = (ticketId: string, displayNumber: string) =>
  conflict('counter-busy', `Skranken har allerede ${displayNumber}. Afslut den først.`, { currentTicketId: ticketId });

export const stateNameDa: Record<TicketRow['state'], string> = {
  waiting: 'ventende',
  called: 'kaldt',
  serving: 'under betjening',
  parked: 'parkeret',
  done: 'afsluttet',
  no_show: 'udeblevet',
  cancelled: 'annulleret',
};
