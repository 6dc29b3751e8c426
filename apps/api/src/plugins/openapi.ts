import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { Type } from '@sinclair/typebox';
import {
  AddressProtection,
  Appointment,
  Case,
  CaseEvent,
  CitizenProtections,
  ConfigLocation,
  Contact,
  CounterSchedule,
  CounterSession,
  Device,
  DigitalPostExemption,
  DoctorView,
  FeeTable,
  FollowUpTask,
  HealthInsuranceView,
  RuleValues,
  StaffUser,
  IssuedTicket,
  Problem,
  PublicAppointment,
  Representation,
  RobinsonStatus,
  Service,
  Ticket,
} from '@skranke/contracts';
import type { FastifyInstance, FastifySchema } from 'fastify';
import fp from 'fastify-plugin';
import { publicOperation, responses } from '../http.ts';

/**
 * Bodies many operations answer with, listed once in the document (`#/components/schemas/<name>`) instead of inline in
 * each, wherever they occur in an answer (the whole body, an item of a list, a property). Only the document refers to
 * them by name: the routes still validate and serialise with the schema itself.
 */
const documentedComponents = {
  Case,
  Ticket,
  IssuedTicket,
  Service,
  CounterSession,
  Appointment,
  CounterSchedule,
  PublicAppointment,
  Representation,
  Contact,
  FollowUpTask,
  AddressProtection,
  RobinsonStatus,
  CitizenProtections,
  DigitalPostExemption,
  CaseEvent,
  HealthInsuranceView,
  DoctorView,
  StaffUser,
  ConfigLocation,
  FeeTable,
  RuleValues,
  Device,
} as const;

/** A schema's JSON with sorted keys (TypeBox's symbol keys do not show): two equal schemas spell it the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

const propertyKeys = (schema: unknown) =>
  schema && typeof schema === 'object' && 'properties' in schema && schema.properties && typeof schema.properties === 'object'
    ? Object.keys(schema.properties).sort().join(',')
    : null;

/** Component names by property names, then by the whole schema (a cheap first look, then the exact one). */
const componentsByKeys = new Map<string, Array<{ name: string; json: string }>>();
for (const [name, schema] of Object.entries(documentedComponents)) {
  const keys = propertyKeys(schema)!;
  componentsByKeys.set(keys, [...(componentsByKeys.get(keys) ?? []), { name, json: canonical(schema) }]);
}

/** `node` with every sub-schema equal to a named component replaced by a reference to it. */
function referDeep(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(referDeep);
  if (!node || typeof node !== 'object') return node;
  const keys = propertyKeys(node);
  const candidates = keys === null ? undefined : componentsByKeys.get(keys);
  if (candidates) {
    const json = canonical(node);
    const found = candidates.find((c) => c.json === json);
    if (found) return { $ref: found.name };
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, referDeep(v)]));
}

/** A route's schema as the document shows it: the named components in its answers become references. */
function referToComponents(schema: FastifySchema): FastifySchema {
  // Routes without a schema (the static files, the docs reader's assets) come through as undefined.
  const response = schema?.response as Record<string, unknown> | undefined;
  if (!response) return schema;
  return { ...schema, response: Object.fromEntries(Object.entries(response).map(([code, body]) => [code, referDeep(body)])) };
}

const PROBLEM_RESPONSE_REF = '#/components/responses/Problem';

/**
 * Every operation's 4XX and 5XX answer is the same problem+json: the document says it once, as the response
 * component `Problem`, and each operation refers to it (twice per operation, some 330 operations: 248.8 → 224.6 kB
 * against spelling the response out each time). Routes declare it with `responses()` (http.ts); anything else is kept.
 */
function withSharedProblemResponse<D extends { paths?: unknown; components?: unknown }>(doc: D): D {
  const problemSchema = { $ref: '#/components/schemas/Problem' }; // (the document's spelling of http.ts's ProblemRef)
  const problem = JSON.stringify(problemSchema);
  const isProblem = (response: unknown): boolean => {
    const content = (response as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
    return (
      !!content &&
      Object.keys(content).join() === 'application/problem+json' &&
      JSON.stringify(content['application/problem+json']?.schema) === problem
    );
  };
  const paths = Object.fromEntries(
    Object.entries((doc.paths ?? {}) as Record<string, Record<string, { responses?: Record<string, unknown> }>>).map(([url, item]) => [
      url,
      Object.fromEntries(
        Object.entries(item).map(([method, op]) => {
          if (!op?.responses) return [method, op];
          const answers = Object.entries(op.responses).map(([code, r]) => [
            code,
            /^[45]XX$/i.test(code) && isProblem(r) ? { $ref: PROBLEM_RESPONSE_REF } : r,
          ]);
          return [method, { ...op, responses: Object.fromEntries(answers) }];
        }),
      ),
    ]),
  );
  const components = (doc.components ?? {}) as Record<string, unknown>;
  return {
    ...doc,
    paths,
    components: {
      ...components,
      responses: {
        ...(components.responses as object | undefined),
        Problem: {
          description: 'Problem details (RFC 9457): what went wrong, in Danish, with a stable code',
          content: { 'application/problem+json': { schema: problemSchema } },
        },
      },
    },
  };
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
    // A component refers to the others it holds (an issued ticket's ticket), as an answer does.
    for (const [name, schema] of Object.entries(documentedComponents)) {
      const inside = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, referDeep(v)]));
      app.addSchema({ ...schema, ...inside, $id: name });
    }
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
      transformObject: (document) =>
        'openapiObject' in document ? withSharedProblemResponse(document.openapiObject) : document.swaggerObject,
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
