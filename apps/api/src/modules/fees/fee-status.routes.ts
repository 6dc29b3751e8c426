import { NextYearFeeStatus } from '@skranke/contracts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { bearer, responses } from '../../http.ts';
import { staffOf } from '../../plugins/auth.ts';
import { nextYearFeeStatusFor } from './fee-status.service.ts';

/**
 * Whether next year's fee tables are in place, for the warning leads and administrators see in the app shell from
 * 1 December. `now` is the clock (tests move it to 30 November, 1 December …).
 */
export const feeStatusRoutes: FastifyPluginAsyncTypebox<{ now?: () => Date }> = async (app, options) => {
  const now = options.now ?? (() => new Date());
  app.get(
    '/next-year-status',
    {
      onRequest: app.requireUser('lead'),
      schema: {
        operationId: 'getNextYearFeeStatus',
        tags: ['fees'],
        security: bearer,
        summary: "Which products have no fee table for next year (from 1 December; leads and administrators): orders of them fail from 1 January until the platform operator loads the table",
        response: responses({ 200: NextYearFeeStatus }),
      },
    },
    async (request) => nextYearFeeStatusFor(app.db, staffOf(request).municipalityId, now()),
  );
};
