import { adminOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createAdminService } from './admin.service.ts';

/** Staff users and devices (kiosks, call displays) of the municipality, for admins. */
export async function adminRoutes(app: FastifyInstance) {
  const service = createAdminService(app.db);

  route(app, ops.listUsers, (request) => service.listUsers(staffOf(request)));
  route(app, ops.getUser, (request) => service.getUser(staffOf(request), request.params.id));
  route(app, ops.createUser, async (request, reply) => reply.status(201).send(await service.createUser(staffOf(request), request.body)));
  route(app, ops.updateUser, (request) => service.updateUser(staffOf(request), request.params.id, request.body));

  route(app, ops.listDevices, (request) => service.listDevices(staffOf(request)));
  route(app, ops.createDevice, async (request, reply) =>
    reply.status(201).send(await service.createDevice(staffOf(request), request.body)),
  );
  route(app, ops.revokeDevice, (request) => service.revokeDevice(staffOf(request), request.params.id));
}
