/** Search params of /login: why the user is there, and where to go after signing in. */
export interface LoginSearch {
  reason?: 'expired' | 'signed-out';
  redirect?: string;
}

/** Only same-origin paths: an open redirect would let a crafted link send staff to a look-alike site. */
export function isSafeRedirect(value: unknown): value is string {
  return (
    typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') && !value.startsWith('/login')
  );
}

/**
 * Both keys are always returned, undefined when invalid: the router merges a route's search over its parents' raw
 * search, so a key left out here would reach the page unvalidated.
 */
export function parseLoginSearch(search: Record<string, unknown>): LoginSearch {
  return {
    reason: search.reason === 'expired' || search.reason === 'signed-out' ? search.reason : undefined,
    redirect: isSafeRedirect(search.redirect) ? search.redirect : undefined,
  };
}
