import { addressOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../../operation.ts';
import { staffOf } from '../../../plugins/auth.ts';
import { createCaseKit } from '../cases.service.ts';
import { createAddressChangeService } from './address-change.service.ts';

/**
 * Flytning: start, and what its steps offer. Steps, completion (registering the move) and the receipt go through
 * the generic case routes.
 */
export async function addressChangeRoutes(app: FastifyInstance) {
  const service = createAddressChangeService(createCaseKit(app.db));

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  route(app, ops.startAddressChangeCase, async (request, reply) =>
    reply.status(201).send(await service.start(staffOf(request), request.params.id, request.body)),
  );
  route(app, ops.listAddressChangeCoMovers, (request) => service.coMovers(staffOf(request), request.params.id));
  route(app, ops.listAddressChangeDoctors, (request) => service.doctors(staffOf(request), request.params.id));
}
