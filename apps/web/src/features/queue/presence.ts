import type { QueueBoard } from '@skranke/contracts';

type BoardCounter = QueueBoard['counters'][number];

/** Someone is at the counter (open or on a short break) and its screen is alive (not `stale`): it may receive a transfer. */
export const isStaffed = (counter: BoardCounter) => counter.state === 'open' || counter.state === 'paused';

/** The counters of the board a ticket may be sent to, leaving out `exceptCounterId` (usually one's own). */
export function staffedCounters(board: QueueBoard | undefined, exceptCounterId?: string): BoardCounter[] {
  return (board?.counters ?? []).filter((c) => isStaffed(c) && c.counterId !== exceptCounterId);
}
