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
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, {
    status: 500,
    code: 'internal-error',
    title: 'Internal Server Error',
    detail: 'Something went wrong on our side. The error has been logged.',
  });
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
