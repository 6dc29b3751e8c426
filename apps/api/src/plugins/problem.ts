import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { STATUS_CODES } from 'node:http';
import { AppError } from '../errors.ts';
import { ajvFieldErrors } from '../validation-messages.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const TYPE_BASE = 'urn:skranke:problem:';

interface ProblemInput {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  detailEn?: string;
  errors?: Array<{ pointer: string; detail: string; detailEn?: string }>;
  [key: string]: unknown;
}

export function sendProblem(reply: FastifyReply, problem: ProblemInput) {
  // RFC 9110 §11.6.1: a 401 names the scheme that would be accepted.
  if (problem.status === 401) reply.header('www-authenticate', 'Bearer realm="skranke"');
  const body = {
    ...problem,
    type: problem.type ?? (problem.code ? TYPE_BASE + problem.code : 'about:blank'),
    instance: reply.request.url.split('?')[0],
  };
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (typeof error.extra.retryAfter === 'number') reply.header('retry-after', String(error.extra.retryAfter));
    return sendProblem(reply, { status: error.status, code: error.code, title: error.title, detail: error.detail, ...error.extra });
  }
  if (error.validation) {
    return sendProblem(reply, {
      status: 400,
      code: 'validation-error',
      title: 'Bad Request',
      detail: 'Nogle felter er ikke udfyldt rigtigt. Ret dem og prøv igen.',
      detailEn: 'Some fields are not filled in correctly. Correct them and try again.',
      // In the reader's words, per field (never ajv's "must match pattern …"): see validation-messages.ts.
      errors: ajvFieldErrors(error.validation, error.validationContext),
    });
  }
  const status = error.statusCode ?? 500;
  if (status === 400 && error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return sendProblem(reply, { status, code: 'malformed-json', title: 'Bad Request', detail: 'The body is not valid JSON.' });
  }
  if (error.code?.startsWith('FST_JWT_') || error.code === 'FAST_JWT_INVALID_SIGNATURE') {
    return sendProblem(reply, { status: 401, code: 'unauthorized', title: 'Unauthorized', detail: 'Log ind for at fortsætte.' });
  }
  if (status >= 400 && status < 500) {
    return sendProblem(reply, {
      status,
      code: status === 429 ? 'too-many-requests' : undefined,
      title: STATUS_CODES[status] ?? 'Error',
      detail: error.message,
    });
  }
  if (databaseUnavailable(error)) {
    request.log.warn({ err: loggableError(error) }, 'database unavailable');
    reply.header('retry-after', String(DATABASE_RETRY_AFTER_S));
    return sendProblem(reply, {
      status: 503,
      code: 'database-unavailable',
      title: 'Service Unavailable',
      detail: 'Databasen kan ikke nås lige nu. Prøv igen om lidt.',
      detailEn: 'The database cannot be reached right now. Try again shortly.',
    });
  }
  const dataError = postgresDataError(error);
  if (dataError) {
    return sendProblem(reply, { status: 400, code: 'invalid-value', title: 'Bad Request', detail: dataError.da, detailEn: dataError.en });
  }
  request.log.error({ err: loggableError(error) }, 'unhandled error');
  return sendProblem(reply, {
    status: 500,
    code: 'internal-error',
    title: 'Internal Server Error',
    detail: 'Something went wrong on our side. The error has been logged.',
  });
}

/** The PostgreSQL error behind a query error: drizzle wraps it (with the query and its parameters) as `cause`. */
function postgresCause(error: unknown): { code?: string; message?: string } | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && 'severity' in e)
      return e as unknown as { code: string; message?: string };
  }
  return undefined;
}

/** Seconds a client is asked to wait (`Retry-After`) while the database cannot be reached. */
export const DATABASE_RETRY_AFTER_S = 5;

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
/** SQLSTATEs of a database that is down, starting, shutting down, full, or gave up on a statement (a frozen server). */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-4]|53300|57014)$/;
/** node-postgres reports a lost or never-made connection by message only. */
const UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|not queryable|connection error/i;

/** Whether an error means the database cannot be reached now (503 and try again), not that the request was wrong. */
export function databaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    if (e instanceof AggregateError && e.errors.some((inner) => databaseUnavailable(inner))) return true;
  }
  return false;
}

/**
 * PostgreSQL's class 22 (data exception: a number out of range, a date past its range, invalid text) means the input
 * was wrong, not the server: 400. Input validation should have caught it first; this keeps a gap from becoming a 500.
 */
export function postgresDataError(error: unknown): { da: string; en: string } | undefined {
  const code = postgresCause(error)?.code;
  if (!code?.startsWith('22')) return undefined;
  return {
    da: 'En af værdierne i forespørgslen ligger uden for det tilladte (et tal, en dato eller en tekst).',
    en: 'A value in the request is out of the allowed range (a number, a date or a text).',
  };
}

/**
 * What an unhandled error may put in the log: its type, code and message, never the SQL parameters (drizzle's query
 * errors carry them, and PostgreSQL's `detail` repeats key values). Citizens' data must not reach the logs.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const cause = postgresCause(error);
  const queryError = 'query' in error || 'params' in error;
  return {
    type: error.constructor?.name ?? 'Error',
    message: queryError ? 'Database query failed' : error.message,
    ...(cause && { pgCode: cause.code, pgMessage: cause.message }),
    ...(!queryError && error.stack && { stack: error.stack.split('\n').slice(1, 8).join('\n') }),
  };
}

/** Every error, 404 included, leaves the API as RFC 9457 application/problem+json. */
export const problemPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler(handleError);
  },
  { name: 'problem' },
);

export function apiNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, {
    status: 404,
    code: 'not-found',
    title: 'Not Found',
    detail: `No route ${request.method} ${request.url.split('?')[0]}.`,
  });
}
