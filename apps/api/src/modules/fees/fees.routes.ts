import { FeeTable, FeeTableList, FeeTableParams, FeeTableQuery, PutFeeTableBody } from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bearer, responses } from '../../http.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createFeesService } from './fees.service.ts';

/**
 * Fee tables (gebyrtabeller) for administrators: one table per product and year, national or the municipality's own.
 * Workflows read them through `feeFor` (fees.service.ts), never through these routes.
 */
export const feeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = createFeesService(app.db);
  const tags = ['fees'];
  app.addHook('onRequest', app.requireUser('admin'));

  app.get(
    '/',
    {
      schema: {
        operationId: 'listFeeTables',
        tags,
        security: bearer,
        summary: "The national fee tables and the municipality's own, by product and year",
        querystring: FeeTableQuery,
        response: responses({ 200: FeeTableList }),
      },
    },
    async (request) => service.list(staffOf(request), request.query),
  );

  app.put(
    '/:product/:year',
    {
      schema: {
        operationId: 'putFeeTable',
        tags,
        security: bearer,
        summary: "Create or replace the municipality's own fee table for a product and year (audited with before and after); 403 for a national table (set by law), 422 when the bands do not cover every age exactly once",
        params: FeeTableParams,
        body: PutFeeTableBody,
        response: responses({ 200: FeeTable }),
      },
    },
    async (request) => service.put(staffOf(request), request.params.product, request.params.year, request.body),
  );
};
