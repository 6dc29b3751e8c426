import type { Problem } from '@skranke/contracts';

export type ProblemLanguage = 'da' | 'en';

/**
 * A problem as a reader of `language` should see it. The API writes `detail` in Danish and, where it has one, the
 * English beside it as `detailEn` (the problem's and each field error's). In English, a field error without its own
 * English takes the problem's when it is the only one (a rule problem about one field says the same thing twice).
 */
export function localizeProblem(problem: Problem, language: ProblemLanguage): Problem {
  if (language === 'da') return problem;
  const errors = problem.errors;
  const onlyOne = errors?.length === 1 ? problem.detailEn : undefined;
  return {
    ...problem,
    detail: problem.detailEn ?? problem.detail,
    ...(errors && { errors: errors.map((e) => ({ ...e, detail: e.detailEn ?? onlyOne ?? e.detail })) }),
  };
}

/** The UI's language, kept current by I18nProvider, so that every reader of `ApiError.problem` gets the same. */
let problemLanguage: ProblemLanguage = 'da';
export function setProblemLanguage(language: ProblemLanguage) {
  problemLanguage = language;
}

/** A non-2xx answer from the API, with its RFC 9457 problem details when the body had them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The problem exactly as the API sent it. */
    readonly body: Problem | null,
  ) {
    super();
    this.name = 'ApiError';
    // Screens that show `error.message` get the problem's words in the UI's language, as `problem` gives them.
    Object.defineProperty(this, 'message', {
      get: () => this.problem?.detail ?? this.problem?.title ?? `HTTP ${status}`,
      enumerable: false,
      configurable: true,
    });
  }

  /**
   * The problem in the UI's current language (`detail` and each field error's `detail` are the English ones when the
   * UI is in English). Read at render time, so a message already shown follows a change of language.
   */
  get problem(): Problem | null {
    return this.body && localizeProblem(this.body, problemLanguage);
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
