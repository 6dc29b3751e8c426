import { ApiError } from '../../lib/http.ts';

/** The problem's stable code, when the error is an API problem. */
export const problemCode = (error: unknown) => (error instanceof ApiError ? error.problem?.code : undefined);

/** A 409 slot-taken names the next free time in `nextFree` (an extension member of the problem). */
export function nextFreeOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.problem?.code !== 'slot-taken') return null;
  const nextFree = (error.problem as { nextFree?: unknown }).nextFree;
  return typeof nextFree === 'string' ? nextFree : null;
}

/** A refused form's per-field messages, by the body's field name (`/body/phone` → `phone`). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields: Record<string, string> = {};
  for (const { pointer, detail } of error.problem?.errors ?? []) {
    const field = /^\/body\/(\w+)/.exec(pointer)?.[1];
    if (field && !fields[field]) fields[field] = detail;
  }
  return fields;
}
