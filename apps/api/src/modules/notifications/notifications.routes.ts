import { appointmentOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createNotificationsService } from './notifications.service.ts';

/** The local notification outbox (no SMS or e-mail gateway is connected), for leads. */
export async function notificationRoutes(app: FastifyInstance) {
  const service = createNotificationsService(app.db);
  route(app, ops.listNotificationOutbox, (request) => service.outbox(staffOf(request)));
}
