import {
  ConfigCounter,
  ConfigCounterList,
  ConfigLawArea,
  ConfigLawAreaList,
  ConfigLocation,
  ConfigLocationList,
  ConfigPriorityClass,
  ConfigPriorityClassList,
  CreateCounterBody,
  CreateLawAreaBody,
  CreateLocationBody,
  CreatePriorityClassBody,
  CreateServiceBody,
  IdParams,
  RuleValues,
  Service,
  ServiceList,
  SetOpeningHoursBody,
  UpdateCounterBody,
  UpdateLawAreaBody,
  UpdateLocationBody,
  UpdatePriorityClassBody,
  UpdateRuleValuesBody,
  UpdateServiceConfigBody,
} from '@skranke/contracts';
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { staffOf } from '../../plugins/auth.ts';
import { bearer, responses, type RouteResponses } from '../../http.ts';
import { createServiceAdmin } from '../queue/services.service.ts';
import { createCatalogConfig } from './config-catalog.service.ts';
import { createLocationConfig } from './config-locations.service.ts';
import { createRulesConfig } from './config-rules.service.ts';

/**
 * The municipality's configuration, for admins only (leads and counter staff get 403; another municipality's rows
 * are 404). Every change is audited in its own transaction with what changed from what to what.
 */
export const adminConfigRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const locations = createLocationConfig(app.db);
  const catalog = createCatalogConfig(app.db);
  const services = createServiceAdmin(app.db);
  const rules = createRulesConfig(app.db);
  const tags = ['admin-config'];
  app.addHook('onRequest', app.requireUser('admin'));

  // Keeps each schema's literal type, so the TypeBox provider still types the handler's params and body.
  const route = <S extends { operationId: string; summary: string; response: RouteResponses; params?: TSchema; body?: TSchema }>(
    schema: S,
  ) => ({ schema: { tags, security: bearer, ...schema } });

  // Locations and their hours
  app.get('/locations', route({ operationId: 'listConfigLocations', summary: 'Locations with their weekly hours or timetable', response: responses({ 200: ConfigLocationList }) }), async (request) =>
    locations.listLocations(staffOf(request)),
  );
  app.post('/locations', route({ operationId: 'createConfigLocation', summary: 'Add an office or a mobile stop', response: responses({ 201: ConfigLocation }), body: CreateLocationBody }), async (request, reply) =>
    reply.status(201).send(await locations.createLocation(staffOf(request), request.body)),
  );
  app.patch(
    '/locations/:id',
    route({ operationId: 'updateConfigLocation', summary: "Change a location's name, kind or address", response: responses({ 200: ConfigLocation }), params: IdParams, body: UpdateLocationBody }),
    async (request) => locations.updateLocation(staffOf(request), request.params.id, request.body),
  );
  app.put(
    '/locations/:id/opening-hours',
    route({ operationId: 'setConfigOpeningHours', summary: 'Replace the weekly hours (a mobile stop: its timetable with places); no overlaps', response: responses({ 200: ConfigLocation }), params: IdParams, body: SetOpeningHoursBody }),
    async (request) => locations.setOpeningHours(staffOf(request), request.params.id, request.body),
  );

  // Counters
  app.get('/counters', route({ operationId: 'listConfigCounters', summary: 'Every counter of the municipality, inactive ones too', response: responses({ 200: ConfigCounterList }) }), async (request) =>
    locations.listCounters(staffOf(request)),
  );
  app.post('/counters', route({ operationId: 'createConfigCounter', summary: 'Add a counter at a location', response: responses({ 201: ConfigCounter }), body: CreateCounterBody }), async (request, reply) =>
    reply.status(201).send(await locations.createCounter(staffOf(request), request.body)),
  );
  app.patch(
    '/counters/:id',
    route({ operationId: 'updateConfigCounter', summary: 'Rename or (de)activate a counter', response: responses({ 200: ConfigCounter }), params: IdParams, body: UpdateCounterBody }),
    async (request) => locations.updateCounter(staffOf(request), request.params.id, request.body),
  );
  app.delete(
    '/counters/:id',
    route({ operationId: 'deleteConfigCounter', summary: 'Delete a counter no ticket refers to (otherwise 409: deactivate it)', response: responses({ 204: Type.Null() }), params: IdParams }),
    async (request, reply) => {
      await locations.deleteCounter(staffOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // Services
  app.get('/services', route({ operationId: 'listConfigServices', summary: 'Every service, closed ones too, in kiosk order', response: responses({ 200: ServiceList }) }), async (request) =>
    services.list(staffOf(request)),
  );
  app.post('/services', route({ operationId: 'createConfigService', summary: 'Add a service (prefix letter unique in the municipality)', response: responses({ 201: Service }), body: CreateServiceBody }), async (request, reply) =>
    reply.status(201).send(await services.create(staffOf(request), request.body)),
  );
  app.patch(
    '/services/:id',
    route({ operationId: 'updateConfigService', summary: 'Change a service, its prefix letter included', response: responses({ 200: Service }), params: IdParams, body: UpdateServiceConfigBody }),
    async (request) => services.update(staffOf(request), request.params.id, request.body),
  );

  // Priority classes
  app.get('/priority-classes', route({ operationId: 'listConfigPriorityClasses', summary: 'Every priority class, inactive ones too', response: responses({ 200: ConfigPriorityClassList }) }), async (request) =>
    catalog.listPriorityClasses(staffOf(request)),
  );
  app.post(
    '/priority-classes',
    route({ operationId: 'createConfigPriorityClass', summary: 'Add a priority class (head start at most the fairness bound)', response: responses({ 201: ConfigPriorityClass }), body: CreatePriorityClassBody }),
    async (request, reply) => reply.status(201).send(await catalog.createPriorityClass(staffOf(request), request.body)),
  );
  app.patch(
    '/priority-classes/:id',
    route({ operationId: 'updateConfigPriorityClass', summary: 'Change a priority class', response: responses({ 200: ConfigPriorityClass }), params: IdParams, body: UpdatePriorityClassBody }),
    async (request) => catalog.updatePriorityClass(staffOf(request), request.params.id, request.body),
  );

  // Law areas for self-service exemptions
  app.get('/law-areas', route({ operationId: 'listConfigLawAreas', summary: 'Every law area, inactive ones too', response: responses({ 200: ConfigLawAreaList }) }), async (request) =>
    catalog.listLawAreas(staffOf(request)),
  );
  app.post('/law-areas', route({ operationId: 'createConfigLawArea', summary: 'Add a law area', response: responses({ 201: ConfigLawArea }), body: CreateLawAreaBody }), async (request, reply) =>
    reply.status(201).send(await catalog.createLawArea(staffOf(request), request.body)),
  );
  app.patch(
    '/law-areas/:id',
    route({ operationId: 'updateConfigLawArea', summary: 'Change a law area (names, UDK flag, appeal body, active)', response: responses({ 200: ConfigLawArea }), params: IdParams, body: UpdateLawAreaBody }),
    async (request) => catalog.updateLawArea(staffOf(request), request.params.id, request.body),
  );

  // Rule values
  app.get('/rules', route({ operationId: 'getRuleValues', summary: 'The configurable rule values ("Regelværdier")', response: responses({ 200: RuleValues }) }), async (request) => rules.get(staffOf(request)));
  app.patch('/rules', route({ operationId: 'updateRuleValues', summary: 'Change some rule values (one audit record)', response: responses({ 200: RuleValues }), body: UpdateRuleValuesBody }), async (request) =>
    rules.update(staffOf(request), request.body),
  );
};
