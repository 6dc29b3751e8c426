import type { DbOrTx } from '@skranke/db';
import { counterPresence, isTransferTarget, type CounterPresence } from '@skranke/domain';
import { conflict, notFound } from '../../errors.ts';
import type { QueueRepository } from './queue.repository.ts';

/** Where a queue service reads the time: the wall clock, or a test's clock. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** The presence of a counter now: its live session's state, or stale when its screen has not been heard from. */
export async function presenceOfCounter(
  repo: QueueRepository,
  municipalityId: string,
  counterId: string,
  now: Date,
  tx: DbOrTx,
): Promise<CounterPresence> {
  const session = await repo.liveSessionAtCounter(counterId, tx);
  const settings = await repo.settings(municipalityId, tx);
  return counterPresence(session ?? null, now, settings.counterStaleSeconds);
}

/**
 * A counter a ticket may be sent to: of the ticket's location, with someone at it (an open or paused session whose
 * screen is alive). Otherwise 409 `counter-not-staffed`: the ticket would wait for nobody.
 */
export async function assertTransferTarget(
  repo: QueueRepository,
  municipalityId: string,
  counterId: string,
  locationId: string,
  now: Date,
  tx: DbOrTx,
) {
  const counter = await repo.counter(municipalityId, counterId, tx);
  if (!counter || counter.locationId !== locationId) throw notFound('Skranken');
  const presence = await presenceOfCounter(repo, municipalityId, counterId, now, tx);
  if (!isTransferTarget(presence)) {
    throw conflict(
      'counter-not-staffed',
      `${counter.name} er ikke bemandet lige nu. Send billetten til en bemandet skranke eller til ærindets kø.`,
      { counterId, presence },
    );
  }
  return counter;
}
