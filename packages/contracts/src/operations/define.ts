import { Type, type Static, type TObject, type TSchema } from '@sinclair/typebox';
import type { Role } from '../common.ts';

/**
 * One operation of the API, written once: the API registers its route from it (apps/api/src/operation.ts) and the SPA
 * calls it by operationId through one typed client (apps/web/src/lib/client.ts). The OpenAPI document is built from
 * the routes, so it shows what is declared here.
 */

/** Who may call an operation. */
export type Access =
  /** Anyone, with no credential (sign-in, health, readiness). */
  | { readonly kind: 'public' }
  /** A signed-in staff member with at least this role (counter < lead < admin). */
  | { readonly kind: 'user'; readonly role: Role }
  /** A kiosk or call display of these kinds, or, when `staff` is set, a staff member with at least that role. */
  | { readonly kind: 'device'; readonly devices: ReadonlyArray<'kiosk' | 'display'>; readonly staff?: Role }
  /** The refresh cookie is the credential (renewing a session). */
  | { readonly kind: 'refresh-cookie' }
  /** Signing out: the refresh cookie or the bearer token, whichever the client has. */
  | { readonly kind: 'refresh-cookie-or-bearer' };

export const access = {
  public: { kind: 'public' },
  counter: { kind: 'user', role: 'counter' },
  lead: { kind: 'user', role: 'lead' },
  admin: { kind: 'user', role: 'admin' },
  device: (devices: ReadonlyArray<'kiosk' | 'display'>, staff?: Role): Access => ({ kind: 'device', devices, ...(staff ? { staff } : {}) }),
} as const satisfies Record<string, Access | ((...args: never[]) => Access)>;

/** A success body in a media type of its own (CSV, PDF, an event stream), so the document names the real type. */
export interface MediaResponse<S extends TSchema = TSchema> {
  readonly description: string;
  readonly content: Readonly<Record<string, { readonly schema: S }>>;
}

export function media<S extends TSchema>(mediaType: string, description: string, schema: S): MediaResponse<S> {
  return { description, content: { [mediaType]: { schema } } };
}

/** A binary body (PDF): OpenAPI 3.1 names its type by `contentMediaType`. */
export const Binary = (mediaType: string) => Type.Unsafe<Uint8Array>({ type: 'string', contentMediaType: mediaType });

/** A text body (CSV) the API may stream; the SPA reads it as a Blob. */
export const StreamedText = Type.Unsafe<unknown>({ type: 'string' });

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Operation {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The full path, with Fastify-style parameters: `/api/tickets/:id/call`. */
  readonly path: `/api/${string}`;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly access: Access;
  readonly params?: TSchema;
  readonly query?: TSchema;
  readonly body?: TSchema;
  readonly headers?: TSchema;
  /** Success responses by status; every 4xx and 5xx is problem+json and is added by the API. */
  readonly responses: Readonly<Record<number, TSchema | MediaResponse>>;
  /**
   * The problem `code`s the operation answers with besides the common ones (`commonProblemCodes`, which any operation
   * may answer), traced from its handler and the services it calls. Every operation declares it, `[]` when it answers
   * only the common ones (a test fails otherwise), so a reader can tell "none" from "not looked at".
   */
  readonly errors?: readonly string[];
}

/**
 * Problem codes any operation may answer with, so no operation lists them: the request's shape (400
 * `validation-error`, `invalid-text`, `malformed-json`, `invalid-value`), no or a spent credential (401), a role or a
 * location the caller may not work at (403), a rate limit (429), the database out of reach (503) and our own failure
 * (500); readiness, whose answer a 503 is, still names it. The router's own answers (`bad-url`, `uri-too-long`,
 * `headers-too-large`, …) come before any operation.
 */
export const commonProblemCodes = [
  'validation-error',
  'invalid-text',
  'malformed-json',
  'invalid-value',
  'unauthorized',
  'forbidden',
  'too-many-requests',
  'database-unavailable',
  'internal-error',
] as const;

/** Declares an operation, keeping its literal types (operationId, path, schemas) for both sides. */
export function defineOperation<const O extends Operation>(operation: O): O {
  return operation;
}

type StaticOr<S, Otherwise> = S extends TSchema ? Static<S> : Otherwise;
type BodyOfResponse<R> = R extends MediaResponse<infer S> ? Static<S> : R extends TSchema ? Static<R> : never;

export type ParamsOf<O extends Operation> = StaticOr<O['params'], undefined>;
export type QueryOf<O extends Operation> = StaticOr<O['query'], undefined>;
export type BodyOf<O extends Operation> = StaticOr<O['body'], undefined>;
export type HeadersOf<O extends Operation> = StaticOr<O['headers'], undefined>;
/** The body of any success response (the union when an operation answers 200 or 201). */
export type ResultOf<O extends Operation> = { [K in keyof O['responses']]: BodyOfResponse<O['responses'][K]> }[keyof O['responses']];

/** The properties of an object schema that the API fills in from their `default` (declared with `WithDefault`). */
type DefaultedKeys<S> =
  S extends TObject<infer P> ? { [K in keyof P]: P[K] extends { readonly default: unknown } ? K : never }[keyof P] : never;

/** What a caller sends for a schema: its static type, except that a property with a server default may be left out. */
export type InputStatic<S extends TSchema> = [DefaultedKeys<S>] extends [never]
  ? Static<S>
  : Omit<Static<S>, DefaultedKeys<S>> & Partial<Pick<Static<S>, DefaultedKeys<S> & keyof Static<S>>>;

/** What a caller passes: only the parts the operation has; a query of only optional properties may be left out. */
export type InputOf<O extends Operation> = (O['params'] extends TSchema ? { params: Static<O['params']> } : { params?: undefined }) &
  (O['query'] extends TSchema
    ? Partial<InputStatic<O['query']>> extends InputStatic<O['query']>
      ? { query?: InputStatic<O['query']> }
      : { query: InputStatic<O['query']> }
    : { query?: undefined }) &
  (O['body'] extends TSchema ? { body: InputStatic<O['body']> } : { body?: undefined }) &
  (O['headers'] extends TSchema ? { headers?: Partial<Static<O['headers']>> } : { headers?: undefined });

/** The parts of an operation a client needs at run time, generated into routes.gen.ts for the SPA (no schemas). */
export interface OperationRoute {
  readonly method: HttpMethod;
  readonly path: string;
}
