import type { InputOf, Operations, ResultOf } from '@skranke/contracts/operations';
import { ROUTES } from '@skranke/contracts/routes';
import { apiBlob, apiRequest, type TokenSource } from './api.ts';

/**
 * The one typed client of the API. Features call operations by operationId; the path, method and types come from
 * the contract (packages/contracts/src/operations), so an API change breaks the SPA at compile time. Only method
 * and path ship in the bundle (routes.gen.ts), never the schemas.
 */
export type OperationId = keyof typeof ROUTES & keyof Operations;
export type Input<K extends OperationId> = InputOf<Operations[K]>;
export type Result<K extends OperationId> = ResultOf<Operations[K]>;

/** The input may be left out when the operation needs none. */
type Args<K extends OperationId> = Partial<Input<K>> extends Input<K> ? [input?: Input<K>] : [input: Input<K>];

type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>;

/** The URL of an operation: path parameters filled in (encoded), the query in a stable order, absent values left out. */
export function urlOf<K extends OperationId>(id: K, input: Input<K> | undefined): string {
  const { path } = ROUTES[id];
  const params = (input?.params ?? {}) as Record<string, string | number>;
  const filled = path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`${id}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries((input?.query ?? {}) as Record<string, QueryValue>)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) query.append(key, String(item));
    else query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${filled}?${search}` : filled;
}

function init<K extends OperationId>(id: K, input: Input<K> | undefined): RequestInit {
  const { method } = ROUTES[id];
  const headers = Object.fromEntries(
    Object.entries((input?.headers ?? {}) as Record<string, string | undefined>).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return {
    ...(method === 'GET' ? {} : { method }),
    ...(input?.body === undefined ? {} : { body: JSON.stringify(input.body) }),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  };
}

/** Calls an operation as the signed-in user or device; a problem answer throws ApiError (see api.ts). */
export function call<K extends OperationId>(auth: TokenSource, id: K, ...[input]: Args<K>): Promise<Result<K>> {
  return apiRequest<Result<K>>(auth, urlOf(id, input), init(id, input));
}

/** Calls an operation whose answer is a file (a PDF, a CSV), as a Blob. */
export function callBlob<K extends OperationId>(auth: TokenSource, id: K, ...[input]: Args<K>): Promise<Blob> {
  const { method } = ROUTES[id];
  if (method !== 'GET') throw new Error(`${id}: files are fetched with GET`);
  return apiBlob(auth, urlOf(id, input));
}
