import { Type } from '@sinclair/typebox';
import { access, defineOperation, media } from './define.ts';

// The ticket on the phone, live: the public status page's event stream (the page's first read is
// getPublicTicketStatus in ./appointments.ts). Public like the rest of /api/public/: no login, no personal data.

/** Read with fetch or EventSource by the public status page; each `status` event's data is a `PublicTicketStatus`. */
export const streamPublicTicketStatus = defineOperation({
  operationId: 'streamPublicTicketStatus',
  method: 'GET',
  path: '/api/public/ticket-status/:token/events',
  tags: ['public-booking'],
  summary:
    "Server-Sent Events of a ticket's public status: a `status` event (data: PublicTicketStatus as JSON) at once and whenever the location's queue moves it; the stream ends when the link expires (public, rate-limited, no personal data)",
  access: access.public,
  params: Type.Object(
    { token: Type.String({ minLength: 20, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
    { additionalProperties: false },
  ),
  responses: {
    200: media('text/event-stream', 'Server-Sent Events: `event: status` with the ticket status as JSON `data`', Type.String()),
  },
  errors: ['unknown-token'],
});
