import { NotificationSettings, PutNotificationSettingsBody } from '../notifications.ts';
import { access, defineOperation } from './define.ts';

// Per municipality: whether SMS and e-mail notices are sent at all, and the appointment head start in the call order
// (appointment_settings). The head start lies in [3, the fairness bound]: an early appointment may be called up to 3
// minutes before its time (callable_from), and the fairness claims hold only while hA ≥ 3 (docs/queue-rules.md).

const tags = ['appointments'];

export const getNotificationSettings = defineOperation({
  operationId: 'getNotificationSettings',
  method: 'GET',
  path: '/api/admin/notification-settings',
  tags,
  summary: "Whether the municipality sends SMS and e-mail notices, and booked citizens' head start in the call order",
  access: access.admin,
  responses: { 200: NotificationSettings },
  errors: [],
});

export const putNotificationSettings = defineOperation({
  operationId: 'putNotificationSettings',
  method: 'PUT',
  path: '/api/admin/notification-settings',
  tags,
  summary: 'Turn notices on or off and set the appointment head start (3 up to the fairness bound; audited: before and after)',
  access: access.admin,
  body: PutNotificationSettingsBody,
  responses: { 200: NotificationSettings },
  errors: ['invalid-config'],
});
