import { locationOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createLocationsService } from './locations.service.ts';

export async function locationRoutes(app: FastifyInstance) {
  const service = createLocationsService(app.db);
  route(app, ops.listLocations, (request) => service.list(staffOf(request)));
  route(app, ops.getOpeningHours, (request) => service.openingHours(request.principal!, request.params.locationId));
}
