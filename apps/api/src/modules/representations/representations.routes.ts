import { representationOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createRepresentationsService } from './representations.service.ts';

/** Who may act for a citizen (docs/representation.md). The representative's CPR number travels in the body only. */
export async function representationRoutes(app: FastifyInstance) {
  const service = createRepresentationsService(app.db);

  // Personal data: no browser or proxy keeps a copy.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  route(app, ops.listRepresentations, (request) => service.list(staffOf(request), request.params.id, request.query));
  route(app, ops.recordRepresentation, async (request, reply) =>
    reply.status(201).send(await service.record(staffOf(request), request.params.id, request.body)),
  );
  route(app, ops.endRepresentation, (request) => service.end(staffOf(request), request.params.id, request.body));
}
