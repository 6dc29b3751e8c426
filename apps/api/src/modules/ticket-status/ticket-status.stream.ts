import type { PublicTicketStatus } from '@skranke/contracts';
import type { publicTicketOperations as publicOps } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import type { OperationHandler } from '../../operation.ts';
import type { TicketStatusService } from './ticket-status.service.ts';

const statusFrame = (json: string) => `event: status\ndata: ${json}\n\n`;

/** setTimeout's longest delay (about 24.8 days); a link lives at most a day, this only guards the arithmetic. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The ticket's status as Server-Sent Events: one `status` event at once, and another whenever an event of the
 * ticket's location (any ticket called, issued, finished; a counter opened or closed) changes what the page shows.
 * Rides on the location's event fan-out (app.events); each change is read once per stream, and changes that arrive
 * while a read is under way are folded into one more read. The stream ends when the link expires, or with the
 * server. An unknown or expired token is a 404 problem before the stream opens.
 */
export function statusStream(
  app: FastifyInstance,
  service: TicketStatusService,
  heartbeatSeconds: number,
): OperationHandler<typeof publicOps.streamPublicTicketStatus> {
  return async (request, reply) => {
    const { token } = request.params;
    const { locationId } = await service.status(token);
    // Fixed before the status is read: whatever commits after this point wakes the stream.
    const startAfter = await app.events.startingPoint(locationId, undefined);
    const first = await service.status(token);

    const raw = reply.raw;
    reply.hijack();
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': request.id,
    });
    raw.write('retry: 5000\n\n');

    let ended = false;
    let sent = '';
    const push = (status: PublicTicketStatus) => {
      const json = JSON.stringify(status);
      if (ended || json === sent) return;
      sent = json;
      raw.write(statusFrame(json));
    };

    let reading: Promise<void> | null = null;
    let again = false;
    const refresh = () => {
      if (reading) {
        again = true;
        return;
      }
      reading = (async () => {
        do {
          again = false;
          try {
            push((await service.status(token)).status);
          } catch {
            end(); // expired (or the ticket is gone): the page has nothing more to follow
            return;
          }
        } while (again && !ended);
      })().finally(() => {
        reading = null;
      });
    };

    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), heartbeatSeconds * 1000);
    const expiresInMs = Math.min(MAX_TIMER_MS, Math.max(0, first.expiresAt.getTime() - service.clock().getTime()));
    const expiry = setTimeout(() => end(), expiresInMs);
    let unsubscribe = () => {};
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      clearTimeout(expiry);
      unsubscribe();
      app.sseStreams.delete(end);
      raw.end();
    };
    app.sseStreams.add(end);
    request.raw.on('close', end);

    push(first.status);
    unsubscribe = await app.events.subscribe(locationId, { position: startAfter, send: refresh });
    if (ended) unsubscribe();
    return reply;
  };
}
