import {
  CreateDeviceBody,
  CreatedDevice,
  CreateUserBody,
  Device,
  DeviceList,
  IdParams,
  StaffUser,
  StaffUserList,
  UpdateUserBody,
} from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { staffOf } from '../../plugins/auth.ts';
import { bearer, responses } from '../../http.ts';
import { createAdminService } from './admin.service.ts';

export const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createAdminService(app.db);
  const tags = ['admin'];
  app.addHook('onRequest', app.requireUser('admin'));

  app.get(
    '/users',
    { schema: { operationId: 'listUsers', tags, security: bearer, summary: 'Staff users of the municipality', response: responses({ 200: StaffUserList }) } },
    async (request) => service.listUsers(staffOf(request)),
  );

  app.get(
    '/users/:id',
    { schema: { operationId: 'getUser', tags, security: bearer, summary: 'One staff user', params: IdParams, response: responses({ 200: StaffUser }) } },
    async (request) => service.getUser(staffOf(request), request.params.id),
  );

  app.post(
    '/users',
    {
      schema: {
        operationId: 'createUser',
        tags,
        security: bearer,
        summary: 'Create a staff user with an initial password (at least 12 characters)',
        body: CreateUserBody,
        response: responses({ 201: StaffUser }),
      },
    },
    async (request, reply) => reply.status(201).send(await service.createUser(staffOf(request), request.body)),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        tags,
        security: bearer,
        summary: 'Change name, role, locations or disable a user (disabling ends their sessions)',
        params: IdParams,
        body: UpdateUserBody,
        response: responses({ 200: StaffUser }),
      },
    },
    async (request) => service.updateUser(staffOf(request), request.params.id, request.body),
  );

  app.get(
    '/devices',
    { schema: { operationId: 'listDevices', tags, security: bearer, summary: 'Kiosks and call displays of the municipality', response: responses({ 200: DeviceList }) } },
    async (request) => service.listDevices(staffOf(request)),
  );

  app.post(
    '/devices',
    {
      schema: {
        operationId: 'createDevice',
        tags,
        security: bearer,
        summary: 'Register a kiosk or call display; the key is shown only in this answer',
        body: CreateDeviceBody,
        response: responses({ 201: CreatedDevice }),
      },
    },
    async (request, reply) => reply.status(201).send(await service.createDevice(staffOf(request), request.body)),
  );

  app.post(
    '/devices/:id/revoke',
    {
      schema: {
        operationId: 'revokeDevice',
        tags,
        security: bearer,
        summary: 'Revoke a device: its key and its tokens stop working at once',
        params: IdParams,
        response: responses({ 200: Device }),
      },
    },
    async (request) => service.revokeDevice(staffOf(request), request.params.id),
  );
};
