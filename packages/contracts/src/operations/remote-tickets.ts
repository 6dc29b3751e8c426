import { Type } from '@sinclair/typebox';
import { TicketStatusLink } from '../appointments.ts';
import { Uuid } from '../common.ts';
import { access, defineOperation } from './define.ts';

// A number taken on the phone: a walk-in at (or on the way to) a location that allows remote tickets takes one from
// the public page and follows it at /billet/<token>, as a kiosk receipt's QR code would. Public: no login, no
// personal data; only while the location is open, rate-limited per address. (Only operations are exported from
// here: the SPA takes the shapes with ResultOf/BodyOf.)

const RemoteTicketOptions = Type.Object({
  locations: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      municipalityName: Type.String(),
      /** In opening hours now: a number can be taken only then. */
      openNow: Type.Boolean(),
      services: Type.Array(Type.Object({ id: Uuid, nameDa: Type.String(), nameEn: Type.String() })),
    }),
  ),
});

const TakeRemoteTicketBody = Type.Object({ serviceId: Uuid }, { additionalProperties: false });

/** The ticket's public status link (the phone goes on to /billet/<token>) and its number. */
const RemoteTicket = Type.Object({ ...TicketStatusLink.properties, displayNumber: Type.String() });

export const listRemoteTicketOptions = defineOperation({
  operationId: 'listRemoteTicketOptions',
  method: 'GET',
  path: '/api/public/remote-ticket-options',
  tags: ['public-booking'],
  summary: 'Locations where a number can be taken on the phone, with their errands and whether they are open now (public)',
  access: access.public,
  responses: { 200: RemoteTicketOptions },
  errors: [],
});

export const takeRemoteTicket = defineOperation({
  operationId: 'takeRemoteTicket',
  method: 'POST',
  path: '/api/public/locations/:locationId/tickets',
  tags: ['public-booking'],
  summary:
    "Take a walk-in number on the phone at a location that allows it, in its opening hours; answers the ticket's public status link (public, rate-limited)",
  access: access.public,
  params: Type.Object({ locationId: Uuid }, { additionalProperties: false }),
  body: TakeRemoteTicketBody,
  responses: { 201: RemoteTicket },
  errors: ['remote-tickets-off', 'location-closed', 'service-closed'],
});
