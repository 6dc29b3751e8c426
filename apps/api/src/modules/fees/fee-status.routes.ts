import { feeOperations as ops } from '@skranke/contracts/operations';
import type { FastifyInstance } from 'fastify';
import { route } from '../../operation.ts';
import { staffOf } from '../../plugins/auth.ts';
import { nextYearFeeStatusFor } from './fee-status.service.ts';

/**
 * Whether next year's fee tables are in place, for the warning leads and administrators see in the app shell from
 * 1 December. `now` is the clock (tests move it to 30 November, 1 December …).
 */
export async function feeStatusRoutes(app: FastifyInstance, options: { now?: () => Date }) {
  const now = options.now ?? (() => new Date());
  route(app, ops.getNextYearFeeStatus, (request) => nextYearFeeStatusFor(app.db, staffOf(request).municipalityId, now()));
}
