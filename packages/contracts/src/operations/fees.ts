import { FeeTable, FeeTableList, FeeTableParams, FeeTableQuery, NextYearFeeStatus, PutFeeTableBody } from '../fees.ts';
import { access, defineOperation } from './define.ts';

const tags = ['fees'];

export const listFeeTables = defineOperation({
  operationId: 'listFeeTables',
  method: 'GET',
  path: '/api/admin/fee-tables',
  tags,
  summary: "The national fee tables and the municipality's own, by product and year",
  access: access.admin,
  query: FeeTableQuery,
  responses: { 200: FeeTableList },
  errors: [],
});

export const putFeeTable = defineOperation({
  operationId: 'putFeeTable',
  method: 'PUT',
  path: '/api/admin/fee-tables/:product/:year',
  tags,
  summary:
    "Create or replace the municipality's own fee table for a product and year (audited with before and after); 403 for a national table (set by law), 422 when the bands do not cover every age exactly once",
  access: access.admin,
  params: FeeTableParams,
  body: PutFeeTableBody,
  responses: { 200: FeeTable },
  errors: ['national-fee-table-read-only', 'invalid-fee-table'],
});

export const getNextYearFeeStatus = defineOperation({
  operationId: 'getNextYearFeeStatus',
  method: 'GET',
  path: '/api/fee-tables/next-year-status',
  tags,
  summary:
    'Which products have no fee table for next year (from 1 December; leads and administrators): orders of them fail from 1 January until the platform operator loads the table',
  access: access.lead,
  responses: { 200: NextYearFeeStatus },
  errors: [],
});
