import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { responses } from '../http.ts';

/** The OpenAPI 3.1 document of every route, at /api/openapi.json, and a reader for people at /api/docs. */
export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Skranke API',
          version: '0.1.0',
          description:
            'Back-office API for municipal Borgerservice front desks. Errors are RFC 9457 application/problem+json.',
        },
        components: {
          securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
      },
    });
    await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    app.get(
      '/api/openapi.json',
      {
        schema: {
          operationId: 'getOpenApiDocument',
          tags: ['system'],
          summary: 'This OpenAPI document',
          response: responses({ 200: Type.Object({}, { additionalProperties: true }) }),
        },
      },
      async () => app.swagger(),
    );
  },
  { name: 'openapi' },
);
