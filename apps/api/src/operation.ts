import type { Access, BodyOf, HeadersOf, Operation, ParamsOf, QueryOf, ResultOf } from '@skranke/contracts/operations';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, RouteShorthandOptions } from 'fastify';
import { bearer, publicOperation, refreshCookie, refreshCookieOrBearer, responses } from './http.ts';

/** The request a handler of operation O receives: params, query, body and headers typed from the contract. */
export type OperationRequest<O extends Operation> = FastifyRequest<{
  Params: ParamsOf<O>;
  Querystring: QueryOf<O>;
  Body: BodyOf<O>;
  Headers: HeadersOf<O> extends undefined ? Record<string, string | string[] | undefined> : HeadersOf<O>;
}>;

/**
 * A handler: check access to the data it names, call a service, return its result (or send it through `reply` for a
 * status other than the first success, a stream or a file).
 */
export type OperationHandler<O extends Operation> = (
  request: OperationRequest<O>,
  reply: FastifyReply,
) => Promise<ResultOf<O> | FastifyReply> | ResultOf<O> | FastifyReply;

/** Route options beyond the contract: rate limits, body limits, extra hooks. */
export type OperationOptions = Omit<RouteShorthandOptions, 'schema'>;

function securityOf(access: Access) {
  switch (access.kind) {
    case 'public':
      return publicOperation;
    case 'refresh-cookie':
      return refreshCookie;
    case 'refresh-cookie-or-bearer':
      return refreshCookieOrBearer;
    default:
      return bearer;
  }
}

function guardOf(app: FastifyInstance, access: Access): onRequestHookHandler | undefined {
  switch (access.kind) {
    case 'user':
      return app.requireUser(access.role);
    case 'device':
      return app.requireDevice([...access.devices], access.staff);
    default:
      return undefined; // public, or the handler reads the refresh cookie itself
  }
}

/**
 * Registers the route of one operation from its contract (packages/contracts/src/operations): method, full path,
 * role guard, schemas for input and every response (problem+json for 4xx/5xx), operationId, tags and security.
 * Register the calling plugin without a prefix: the contract holds the whole path.
 */
export function route<O extends Operation>(
  app: FastifyInstance,
  operation: O,
  handler: OperationHandler<O>,
  options: OperationOptions = {},
) {
  const guard = guardOf(app, operation.access);
  const extra = options.onRequest === undefined ? [] : Array.isArray(options.onRequest) ? options.onRequest : [options.onRequest];
  const onRequest = guard ? [guard, ...extra] : extra;
  app.route({
    ...options,
    method: operation.method,
    url: operation.path,
    ...(onRequest.length > 0 ? { onRequest } : {}),
    schema: {
      operationId: operation.operationId,
      tags: [...operation.tags],
      summary: operation.summary,
      security: securityOf(operation.access),
      ...(operation.params ? { params: operation.params } : {}),
      ...(operation.query ? { querystring: operation.query } : {}),
      ...(operation.body ? { body: operation.body } : {}),
      ...(operation.headers ? { headers: operation.headers } : {}),
      response: responses(operation.responses),
    },
    handler: handler as never,
  });
}
