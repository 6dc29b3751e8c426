import { healthOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../../operation.ts';
import { staffOf } from '../../../plugins/auth.ts';
import { createCaseKit } from '../cases.service.ts';
import { createHealthService } from './health.service.ts';

/**
 * Sundhedskort and lægeskift: start, and the doctors within reach. Steps, completion (ordering the card, registering
 * the doctor) and the receipt go through the generic case routes.
 */
export async function healthRoutes(app: FastifyInstance) {
  const service = createHealthService(createCaseKit(app.db));

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  route(app, ops.startHealthCardCase, async (request, reply) =>
    reply.status(201).send(await service.startHealthCard(staffOf(request), request.params.id, request.body)),
  );
  route(app, ops.startDoctorChangeCase, async (request, reply) =>
    reply.status(201).send(await service.startDoctorChange(staffOf(request), request.params.id, request.body)),
  );
  route(app, ops.listDoctorsNearCitizen, (request) => service.doctorsNear(staffOf(request), request.params.id));
}
