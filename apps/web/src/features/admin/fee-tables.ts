import type { FeeProduct, PutFeeTableBody } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

export const feeTableKeys = {
  all: ['admin', 'fee-tables'] as const,
  list: () => [...feeTableKeys.all, 'list'] as const,
};

/** The national fee tables and the municipality's own, every product and year. */
export function feeTablesQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: feeTableKeys.list(),
    queryFn: async () => (await call(tokens, 'listFeeTables')).tables,
    staleTime: 30_000,
  });
}

// One function per API operation (named after its operationId).

export const putFeeTable = (tokens: TokenSource, product: FeeProduct, year: number, body: PutFeeTableBody) =>
  call(tokens, 'putFeeTable', { params: { product, year }, body });

/** "1.786,50" or "1786.5" → 178650 øre; null when it is not an amount in kroner with at most two decimals. */
export function parseKroner(text: string): number | null {
  const cleaned = text.trim().replace(/\s|kr\.?$/gi, '');
  const danish = /^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(cleaned);
  const plain = /^\d+(\.\d{1,2})?$/.test(cleaned);
  if (!danish && !plain) return null;
  const normalised = danish ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned;
  return Math.round(Number(normalised) * 100);
}

/** Øre as a Dane types it in a form: "1786,50". */
export const kronerInput = (ore: number) => `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, '0')}`;
