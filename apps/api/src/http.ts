import { Problem } from '@skranke/contracts';
import type { Readable } from 'node:stream';
import { Type, type Static, type TSchema } from '@sinclair/typebox';

/**
 * The one Problem schema, by reference: the openapi plugin registers `Problem` on the app (`app.addSchema`), the
 * serializer resolves the reference, and the OpenAPI document lists it once as `#/components/schemas/Problem`.
 */
const ProblemRef = Type.Unsafe<Static<typeof Problem>>(Type.Ref(Problem.$id!));

/** A response declared with its media type (a body that is not `application/json`, or an error). */
export interface MediaResponse {
  description: string;
  content: Record<string, { schema: TSchema }>;
}

/** What `responses()` returns, for helpers that build a route's schema. */
export type RouteResponses = Record<string, TSchema | MediaResponse>;

/**
 * Every 4xx and 5xx: RFC 9457 problem details, `application/problem+json` (what the problem plugin sends). The
 * description is one word: it is repeated twice per operation, and the Problem component and the document's own
 * description say the rest (a longer one cost the OpenAPI document about 10 kB of its 250 kB budget).
 */
export const problemResponse = {
  description: 'Problem',
  content: { 'application/problem+json': { schema: ProblemRef } },
} satisfies MediaResponse;

/** Response schemas for a route: its success bodies plus problem+json for every 4xx and 5xx. */
export function responses<T extends Record<number, TSchema | MediaResponse>>(success: T) {
  return { ...success, '4xx': problemResponse, '5xx': problemResponse } as T & {
    '4xx': typeof problemResponse;
    '5xx': typeof problemResponse;
  };
}

/** A success body in a media type of its own (CSV, PDF, an event stream), so the document names the real type. */
export function media<S extends TSchema>(mediaType: string, description: string, schema: S) {
  return { description, content: { [mediaType]: { schema } } } as { description: string; content: Record<string, { schema: S }> };
}

/** A binary body (PDF): OpenAPI 3.1 names its type by `contentMediaType`. */
export const Binary = (mediaType: string) => Type.Unsafe<Buffer>({ type: 'string', contentMediaType: mediaType });

/** A text body (CSV) the route may stream. */
export const StreamedText = Type.Unsafe<Readable | string>({ type: 'string' });

export const bearer = [{ bearerAuth: [] }];

/** The refresh cookie (`skranke_refresh`) is the credential: exchanging it for a new access token. */
export const refreshCookie = [{ refreshCookie: [] }];

/** Signing out: the session is named by the refresh cookie or the bearer token, whichever the client has. */
export const refreshCookieOrBearer: Record<string, string[]>[] = [{ refreshCookie: [] }, { bearerAuth: [] }];

/** Operations anyone may call: no credential (sign-in, health, readiness, this document). */
export const publicOperation: [] = [];
