import { addressOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createProtectionsService } from './protections.service.ts';

/** Navne- og adressebeskyttelse and Robinsonlisten: short forms on the citizen page, and the leads' renewal overview. */
export async function protectionRoutes(app: FastifyInstance) {
  const service = createProtectionsService(app.db);

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  route(app, ops.getCitizenProtections, (request) => service.get(staffOf(request), request.params.id));
  route(app, ops.registerAddressProtection, async (request, reply) =>
    reply.status(201).send(await service.registerAddressProtection(staffOf(request), request.params.id)),
  );
  route(app, ops.endAddressProtection, (request) => service.endAddressProtection(staffOf(request), request.params.id));
  route(app, ops.listExpiringAddressProtections, (request) => service.listExpiring(staffOf(request)));
  route(app, ops.registerRobinson, async (request, reply) =>
    reply.status(201).send(await service.registerRobinson(staffOf(request), request.params.id)),
  );
  route(app, ops.revokeRobinson, (request) => service.revokeRobinson(staffOf(request), request.params.id));
}
