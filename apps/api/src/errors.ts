/** Domain errors thrown by services; the problem plugin turns each into RFC 9457 problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

export const unauthorized = (detail = 'Log ind for at fortsætte.') => new AppError(401, 'unauthorized', 'Unauthorized', detail);

export const forbidden = (detail = 'Din rolle giver ikke adgang til dette.') => new AppError(403, 'forbidden', 'Forbidden', detail);

/** Also used for other municipalities' data, so that its existence does not leak. */
export const notFound = (what = 'Ressourcen') => new AppError(404, 'not-found', 'Not Found', `${what} findes ikke.`);

export const conflict = (code: string, detail: string, extra: Record<string, unknown> = {}) =>
  new AppError(409, code, 'Conflict', detail, extra);

export const badRequest = (code: string, detail: string) => new AppError(400, code, 'Bad Request', detail);
