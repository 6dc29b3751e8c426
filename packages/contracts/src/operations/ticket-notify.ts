import { Type } from '@sinclair/typebox';
import { SubscribeTicketNotificationBody, TicketNotificationSubscription } from '../notifications.ts';
import { access, defineOperation } from './define.ts';

// "Send me an SMS when my turn is near": a walk-in asks for it on the ticket's public page (/billet/:token). Public
// like the page: the token is the credential. The number is kept only until the ticket is finished or the day ends.

export const subscribeTicketNotification = defineOperation({
  operationId: 'subscribeTicketNotification',
  method: 'POST',
  path: '/api/public/ticket-status/:token/notify',
  tags: ['public-booking'],
  summary:
    'Ask for one SMS when at most three are ahead of the ticket (public, rate-limited; the number is deleted when the ticket is finished or the day ends)',
  access: access.public,
  params: Type.Object(
    { token: Type.String({ minLength: 20, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
    { additionalProperties: false },
  ),
  body: SubscribeTicketNotificationBody,
  responses: { 200: TicketNotificationSubscription },
  errors: ['unknown-token', 'ticket-closed', 'invalid-contact', 'notifications-off'],
});
