import { ApiError } from '../../lib/http.ts';

/**
 * Per field, the server's messages for one step: `/body/data/<field>` (a step's shape or rules),
 * `/stepData/<step>/<field>` (completion) and `/body/<field>` (an action's own body, e.g. the passport number when a
 * passport is marked ready) all name the field the message belongs beside. The messages are sentences in the UI's
 * language (ApiError.problem), never the schema's wording.
 */
export function fieldErrors(error: unknown, step: string): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!(error instanceof ApiError)) return fields;
  for (const { pointer, detail } of error.problem?.errors ?? []) {
    const field = pointer.startsWith('/body/data/')
      ? pointer.slice('/body/data/'.length).split('/')[0]
      : pointer.startsWith(`/stepData/${step}/`)
        ? pointer.slice(`/stepData/${step}/`.length).split('/')[0]
        : pointer.startsWith('/body/') && pointer !== '/body/data'
          ? pointer.slice('/body/'.length).split('/')[0]
          : undefined;
    if (field && !fields[field]) fields[field] = detail;
  }
  return fields;
}

/** Every message of a problem, for the summary above a form: the per-field ones, or the detail when there are none. */
export function problemMessages(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const errors = error.problem?.errors ?? [];
  if (errors.length > 0) return [...new Set(errors.map((e) => e.detail))];
  return error.problem?.detail ? [error.problem.detail] : [];
}
