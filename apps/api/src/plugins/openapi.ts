import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { Type } from '@sinclair/typebox';
import { Case, CounterSession, Problem, Ticket } from '@skranke/contracts';
import type { FastifyInstance, FastifySchema } from 'fastify';
import fp from 'fastify-plugin';
import { publicOperation, responses } from '../http.ts';

/**
 * Bodies many operations answer with, listed once in the document (`#/components/schemas/<name>`) instead of inline in
 * each. Only the document refers to them by name: the routes still validate and serialise with the schema itself.
 */
const documentedComponents = { Case, Ticket, CounterSession } as const;
const componentNames = new Map<unknown, string>(Object.entries(documentedComponents).map(([name, schema]) => [schema, name]));

/** A route's schema as the document shows it: a response that is one of the named components becomes a reference. */
function referToComponents(schema: FastifySchema): FastifySchema {
  // Routes without a schema (the static files, the docs reader's assets) come through as undefined.
  const response = schema?.response as Record<string, unknown> | undefined;
  if (!response) return schema;
  const named = Object.entries(response).map(([code, body]) => {
    const name = componentNames.get(body);
    return [code, name ? { $ref: name } : body] as const;
  });
  return { ...schema, response: Object.fromEntries(named) };
}

/**
 * The OpenAPI 3.1 document of every route, at /api/openapi.json, and a reader for people at /api/docs.
 * Errors are declared once: `Problem` is a shared schema (`#/components/schemas/Problem`) every route's 4XX and 5XX
 * refer to as `application/problem+json`. Every operation needs the bearer token unless it says `security: []`.
 */
export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    // Before any route: their responses refer to it by $id.
    app.addSchema(Problem);
    for (const [name, schema] of Object.entries(documentedComponents)) app.addSchema({ ...schema, $id: name });
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Skranke API',
          version: '0.1.0',
          description: 'Back-office API for municipal Borgerservice front desks. Errors are RFC 9457 application/problem+json.',
          // No licence is granted: the project is not open source (see README).
          license: { name: 'Proprietary – Skranke' },
        },
        // Relative: the API answers on the host that served the document (the SPA and the API share one origin).
        servers: [{ url: '/', description: 'The Skranke server that served this document' }],
        security: [{ bearerAuth: [] }],
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
            refreshCookie: {
              type: 'apiKey',
              in: 'cookie',
              name: 'skranke_refresh',
              description: 'httpOnly, SameSite=Strict, path /api/auth; set by login and rotated by every refresh',
            },
          },
        },
      },
      // Shared schemas keep their $id as their component name (`Problem`), not `def-0`.
      refResolver: {
        buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
      },
      transform: ({ schema, url }) => ({
        schema: referToComponents(schema),
        // A router's root route ('/' under a prefix) is served and documented without the trailing slash.
        url: url.length > 1 ? url.replace(/\/$/, '') : url,
      }),
    });
    await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    app.get(
      '/api/openapi.json',
      {
        schema: {
          operationId: 'getOpenApiDocument',
          tags: ['system'],
          summary: 'This OpenAPI document',
          security: publicOperation,
          response: responses({ 200: Type.Object({}, { additionalProperties: true }) }),
        },
      },
      async () => app.swagger(),
    );
  },
  { name: 'openapi' },
);
