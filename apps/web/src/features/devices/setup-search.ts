/** Search params of a screen's setup page: why it is shown. */
export interface SetupSearch {
  reason?: 'revoked' | undefined;
}

export function parseSetupSearch(search: Record<string, unknown>): SetupSearch {
  return { reason: search.reason === 'revoked' ? 'revoked' : undefined };
}
