import type { NextYearFeeStatus } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest, type TokenSource } from '../../lib/api.ts';

export const feeStatusKeys = {
  all: ['fee-tables'] as const,
  nextYear: () => [...feeStatusKeys.all, 'next-year-status'] as const,
};

/** Whether next year's fee tables exist (operationId getNextYearFeeStatus; leads and administrators). */
export function nextYearFeeStatusQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: feeStatusKeys.nextYear(),
    queryFn: () => apiRequest<NextYearFeeStatus>(tokens, '/api/fee-tables/next-year-status'),
    // The answer changes once a day at most (or when the operator loads a table): no need to ask often.
    staleTime: 10 * 60_000,
  });
}
