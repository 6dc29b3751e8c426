import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

export const feeStatusKeys = {
  all: ['fee-tables'] as const,
  nextYear: () => [...feeStatusKeys.all, 'next-year-status'] as const,
};

/** Whether next year's fee tables exist (operationId getNextYearFeeStatus; leads and administrators). */
export function nextYearFeeStatusQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: feeStatusKeys.nextYear(),
    queryFn: () => call(tokens, 'getNextYearFeeStatus'),
    // The answer changes once a day at most (or when the operator loads a table): no need to ask often.
    staleTime: 10 * 60_000,
  });
}
