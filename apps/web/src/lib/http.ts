import type { Problem } from '@skranke/contracts';

/** A non-2xx answer from the API, with its RFC 9457 problem details when the body had them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const type = response.headers.get('content-type') ?? '';
    let problem: Problem | null = null;
    if (type.includes('json')) {
      try {
        problem = (await response.json()) as Problem;
      } catch {
        // A broken body must not hide the status, which is what callers branch on.
      }
    }
    return new ApiError(response.status, problem);
  }
}

/** The session could not be renewed; the app sends the user to the sign-in page. */
export class SessionExpiredError extends Error {
  constructor() {
    super('The session has expired');
    this.name = 'SessionExpiredError';
  }
}

/** A page the user's role does not reach. */
export class AccessDeniedError extends Error {
  constructor() {
    super('Access denied');
    this.name = 'AccessDeniedError';
  }
}
