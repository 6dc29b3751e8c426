import { LocationList, LocationParams, OpeningHours } from '@skranke/contracts';
import { schema } from '@skranke/db';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { asc, eq } from 'drizzle-orm';
import { staffOf } from '../../plugins/auth.ts';
import { bearer, responses } from '../../http.ts';
import { assertLocationAccess } from '../queue/access.ts';
import { openingHoursOf } from './opening-hours.ts';

export const locationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      onRequest: app.requireUser('counter'),
      schema: {
        operationId: 'listLocations',
        tags: ['locations'],
        summary: "The locations of the signed-in staff member's municipality",
        security: bearer,
        response: responses({ 200: LocationList }),
      },
    },
    async (request) => {
      const { municipalityId } = staffOf(request);
      const l = schema.locations;
      return app.db
        .select({ id: l.id, name: l.name, kind: l.kind, address: l.address })
        .from(l)
        .where(eq(l.municipalityId, municipalityId))
        .orderBy(asc(l.name));
    },
  );

  app.get(
    '/:locationId/opening-hours',
    {
      onRequest: app.requireDevice(['kiosk', 'display'], 'counter'),
      schema: {
        operationId: 'getOpeningHours',
        tags: ['locations'],
        summary: 'Weekly opening hours (a mobile stop: its timetable and places) and whether it is open now',
        security: bearer,
        params: LocationParams,
        response: responses({ 200: OpeningHours }),
      },
    },
    async (request) => {
      await assertLocationAccess(app.db, request.principal!, request.params.locationId);
      return openingHoursOf(app.db, request.params.locationId);
    },
  );
};
