import { adminOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf, userOf } from '../../plugins/auth.ts';
import { createServiceAdmin } from '../queue/services.service.ts';
import { createCatalogConfig } from './config-catalog.service.ts';
import { createLocationConfig } from './config-locations.service.ts';
import { createRulesConfig } from './config-rules.service.ts';

/**
 * The municipality's configuration, for admins only (leads and counter staff get 403; another municipality's rows
 * are 404). Every change is audited in its own transaction with what changed from what to what.
 */
export async function adminConfigRoutes(app: FastifyInstance) {
  const locations = createLocationConfig(app.db);
  const catalog = createCatalogConfig(app.db);
  const services = createServiceAdmin(app.db);
  const rules = createRulesConfig(app.db);

  // Locations and their hours
  route(app, ops.listConfigLocations, (request) => locations.listLocations(staffOf(request)));
  route(app, ops.createConfigLocation, async (request, reply) =>
    reply.status(201).send(await locations.createLocation(staffOf(request), request.body)),
  );
  route(app, ops.updateConfigLocation, (request) => locations.updateLocation(staffOf(request), request.params.id, request.body));
  route(app, ops.setConfigOpeningHours, (request) => locations.setOpeningHours(staffOf(request), request.params.id, request.body));

  // Counters
  route(app, ops.listConfigCounters, (request) => locations.listCounters(staffOf(request)));
  route(app, ops.createConfigCounter, async (request, reply) =>
    reply.status(201).send(await locations.createCounter(staffOf(request), request.body)),
  );
  route(app, ops.updateConfigCounter, (request) => locations.updateCounter(staffOf(request), request.params.id, request.body));
  route(app, ops.deleteConfigCounter, async (request, reply) => {
    await locations.deleteCounter(staffOf(request), request.params.id);
    return reply.status(204).send(null);
  });

  // Services
  route(app, ops.listConfigServices, (request) => services.list(userOf(request)));
  route(app, ops.createConfigService, async (request, reply) =>
    reply.status(201).send(await services.create(userOf(request), request.body)),
  );
  route(app, ops.updateConfigService, (request) => services.update(userOf(request), request.params.id, request.body));

  // Priority classes
  route(app, ops.listConfigPriorityClasses, (request) => catalog.listPriorityClasses(staffOf(request)));
  route(app, ops.createConfigPriorityClass, async (request, reply) =>
    reply.status(201).send(await catalog.createPriorityClass(staffOf(request), request.body)),
  );
  route(app, ops.updateConfigPriorityClass, (request) => catalog.updatePriorityClass(staffOf(request), request.params.id, request.body));

  // Law areas for self-service exemptions
  route(app, ops.listConfigLawAreas, (request) => catalog.listLawAreas(staffOf(request)));
  route(app, ops.createConfigLawArea, async (request, reply) =>
    reply.status(201).send(await catalog.createLawArea(staffOf(request), request.body)),
  );
  route(app, ops.updateConfigLawArea, (request) => catalog.updateLawArea(staffOf(request), request.params.id, request.body));

  // Rule values
  route(app, ops.getRuleValues, (request) => rules.get(staffOf(request)));
  route(app, ops.updateRuleValues, (request) => rules.update(staffOf(request), request.body));
}
