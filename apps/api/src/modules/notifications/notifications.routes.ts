import { appointmentOperations as ops, notificationOperations as settingsOps } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createNotificationSettings } from './notification-settings.service.ts';
import { createNotificationsService } from './notifications.service.ts';

/** The local notification outbox (no SMS or e-mail gateway is connected), for leads; the settings, for admins. */
export async function notificationRoutes(app: FastifyInstance) {
  const service = createNotificationsService(app.db);
  const settings = createNotificationSettings(app.db);
  route(app, ops.listNotificationOutbox, (request) => service.outbox(staffOf(request)));
  route(app, settingsOps.getNotificationSettings, (request) => settings.get(staffOf(request)));
  route(app, settingsOps.putNotificationSettings, (request) => settings.put(staffOf(request), request.body));
}
