/**
 * Errors Fastify or Node's HTTP parser answer before any route or hook runs: a URL too long for the router (414), a
 * malformed URL (400), headers too large (431), a request that did not arrive in time (408), a request the parser
 * could not read (400). By default they go out as plain JSON without the security headers and echo the path. Here
 * they are RFC 9457 problem+json with the same security headers as every other answer, and echo nothing.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The headers @fastify/helmet sets on every answer with our policy; a test checks that they equal what helmet sends
 * on an ordinary 404, so the two cannot drift apart.
 */
export function securityHeaders(policy: Record<string, string[]>): Record<string, string> {
  return {
    'content-security-policy': Object.entries(policy)
      .map(([name, values]) => `${kebab(name)} ${values.join(' ')}`)
      .join(';'),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
  };
}

function problemBody(status: number, code: string, detail: string, detailEn: string): string {
  return JSON.stringify({
    type: `urn:skranke:problem:${code}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code,
    detail,
    detailEn,
  });
}

const FRAMEWORK: Record<string, { status: number; code: string; da: string; en: string }> = {
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri-too-long', da: 'Adressen er for lang.', en: 'The URL is too long.' },
  FST_ERR_BAD_URL: { status: 400, code: 'bad-url', da: 'Adressen er ugyldig.', en: 'The URL is not valid.' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 500, code: 'internal-error', da: 'Noget gik galt hos os.', en: 'Something went wrong on our side.' },
};

/** Fastify's `frameworkErrors` option: router-level errors as problem+json with the security headers. */
export function frameworkErrorHandler(headers: Record<string, string>) {
  return (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
    const known = FRAMEWORK[error.code] ?? {
      status: 400,
      code: 'bad-request',
      da: 'Forespørgslen er ugyldig.',
      en: 'The request is not valid.',
    };
    return reply
      .status(known.status)
      .headers(headers)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(problemBody(known.status, known.code, known.da, known.en));
  };
}

const CLIENT_ERRORS: Record<string, { status: number; code: string; da: string; en: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers-too-large',
    da: 'Forespørgslens headere er for store.',
    en: 'The request headers are too large.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request-timeout',
    da: 'Forespørgslen kom ikke frem i tide.',
    en: 'The request did not arrive in time.',
  },
  HPE_URI_TOO_LONG: { status: 414, code: 'uri-too-long', da: 'Adressen er for lang.', en: 'The URL is too long.' },
};

/** Node's `clientError`: the parser could not read the request, so the answer is written straight to the socket. */
export function clientErrorHandler(headers: Record<string, string>) {
  return (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const known = (error.code && CLIENT_ERRORS[error.code]) || {
      status: 400,
      code: 'bad-request',
      da: 'Forespørgslen kunne ikke læses.',
      en: 'The request could not be read.',
    };
    const body = problemBody(known.status, known.code, known.da, known.en);
    const lines = [
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}`,
      `content-type: ${PROBLEM_CONTENT_TYPE}`,
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    if (socket.writable) socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
    socket.destroy(error);
  };
}
