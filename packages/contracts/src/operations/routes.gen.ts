// Generated from packages/contracts/src/operations by `pnpm contracts:routes`; do not edit.
import type { OperationRoute } from './define.ts';

export const ROUTES = {
  getNextYearFeeStatus: { method: 'GET', path: '/api/fee-tables/next-year-status' },
  listFeeTables: { method: 'GET', path: '/api/admin/fee-tables' },
  putFeeTable: { method: 'PUT', path: '/api/admin/fee-tables/:product/:year' },
} as const satisfies Record<string, OperationRoute>;
