import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problem.ts';

/**
 * Text PostgreSQL cannot store (a NUL byte) or that is not valid UTF-16 (a lone surrogate, which has no UTF-8
 * encoding). Either would reach the database and fail there as a 500, so it is refused at the door.
 */
// eslint-disable-next-line no-control-regex -- the NUL byte is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface UnstorableText {
  /** JSON pointer of the field, e.g. `/body/username`. */
  pointer: string;
  reason: 'nul' | 'lone-surrogate';
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every string in a parsed body, query or params object that PostgreSQL could not store, with its pointer. */
export function findUnstorableText(value: unknown, pointer: string, found: UnstorableText[] = [], depth = 0): UnstorableText[] {
  if (depth > 32 || found.length >= 20) return found;
  if (typeof value === 'string') {
    const match = UNSTORABLE.exec(value);
    if (match) found.push({ pointer, reason: match[0] === '\u0000' ? 'nul' : 'lone-surrogate' });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findUnstorableText(item, `${pointer}/${index}`, found, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A key is text too (an unknown property is refused later, but only after it was looked at).
      const bad = UNSTORABLE.exec(key);
      if (bad) {
        const shown = escapePointer(key.replace(UNSTORABLE, '\uFFFD'));
        found.push({ pointer: `${pointer}/${shown}`, reason: bad[0] === '\u0000' ? 'nul' : 'lone-surrogate' });
      } else findUnstorableText(item, `${pointer}/${escapePointer(key)}`, found, depth + 1);
    }
  }
  return found;
}

const DETAIL = {
  nul: 'Feltet indeholder et nul-tegn (U+0000), som ikke kan gemmes.',
  'lone-surrogate': 'Feltet indeholder et ugyldigt Unicode-tegn (en enlig surrogat), som ikke kan gemmes.',
} as const;

async function refuseUnstorableText(request: FastifyRequest, reply: FastifyReply) {
  const found = [
    ...findUnstorableText(request.params, '/params'),
    ...findUnstorableText(request.query, '/querystring'),
    ...findUnstorableText(request.body, '/body'),
  ];
  if (found.length === 0) return;
  return sendProblem(reply, {
    status: 400,
    code: 'invalid-text',
    title: 'Bad Request',
    detail: `Teksten i ${found.map((f) => f.pointer).join(', ')} kan ikke gemmes.`,
    detailEn: `The text in ${found.map((f) => f.pointer).join(', ')} cannot be stored (a NUL byte or an unpaired surrogate).`,
    errors: found.map((f) => ({ pointer: f.pointer, detail: DETAIL[f.reason] })),
  });
}

/** Refuses unstorable text in any route's input before validation, so no handler or query ever sees it. */
export const hostileInputPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('preValidation', refuseUnstorableText);
  },
  { name: 'hostile-input' },
);
