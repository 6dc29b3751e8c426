import type { Database } from '@skranke/db';
import { createQueueIssuing } from './queue-issuing.service.ts';
import { createQueueTransitions } from './queue-transitions.service.ts';
import { systemClock, type Clock } from './presence.ts';

export { stateNameDa } from './queue-transitions.service.ts';

/** The queue's changes: issuing tickets (queue-issuing.service.ts) and moving them on (queue-transitions.service.ts). */
export function createQueueService(db: Database, clock: Clock = systemClock) {
  return { ...createQueueIssuing(db, clock), ...createQueueTransitions(db, clock) };
}
