import { feeOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { createFeesService } from './fees.service.ts';

/**
 * Fee tables (gebyrtabeller) for administrators: one table per product and year, national or the municipality's own.
 * Workflows read them through `feeFor` (fees.service.ts), never through these routes.
 */
export async function feeRoutes(app: FastifyInstance) {
  const service = createFeesService(app.db);
  route(app, ops.listFeeTables, (request) => service.list(staffOf(request), request.query));
  route(app, ops.putFeeTable, (request) => service.put(staffOf(request), request.params.product, request.params.year, request.body));
}
