import { Problem } from '@skranke/contracts';
import type { TSchema } from '@sinclair/typebox';

/** Response schemas for a route: its success bodies plus problem+json for every 4xx and 5xx. */
export function responses<T extends Record<number, TSchema>>(success: T) {
  return { ...success, '4xx': Problem, '5xx': Problem } as T & { '4xx': typeof Problem; '5xx': typeof Problem };
}

export const bearer = [{ bearerAuth: [] }];
