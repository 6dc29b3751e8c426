import { schema } from '@skranke/db';
import type { FastifyInstance } from 'fastify';
import { and, asc, gt, like, or } from 'drizzle-orm';
import { complete, expectOk, saveStep, startCase, type CaseBody } from './cases-helpers.ts';
import type { As } from './queue-helpers.ts';

export interface SelfServiceCase extends CaseBody {
  selfServiceDecision: {
    outcome: string;
    granted: boolean;
    appealDeadline: string | null;
    appeal: { status: string; receivedOn: string; receivedInTime: boolean } | null;
    udkNotificationRequired: boolean;
    udkNotifiedAt: string | null;
    lawAreas: Array<{ code: string }>;
  } | null;
}

export const REASONS = {
  legalBasis: 'CPR-loven § 12, stk. 3, og lov om Udbetaling Danmark § 13, stk. 3',
  considerations: 'Du bruger MitID og har selv anmeldt flytning digitalt i 2025.',
};

/** Starts a self-service exemption case and saves every step (without completing). */
export async function walkSelfService(
  as: As,
  citizenId: string,
  steps: { applicant?: object; scope?: object; ground?: object; decision?: object } = {},
): Promise<SelfServiceCase> {
  let c = expectOk<SelfServiceCase>(await startCase(as, citizenId, { type: 'self_service_exemption' }), 201);
  c = expectOk(await saveStep(as, c.id, 'applicant', c.version, { applicantType: 'in_person', ...steps.applicant }), 200);
  c = expectOk(await saveStep(as, c.id, 'scope', c.version, { scope: 'general', lawAreas: ['boligstoette'], ...steps.scope }), 200);
  c = expectOk(await saveStep(as, c.id, 'ground', c.version, { grounds: ['lacks_digital_skills'], ...steps.ground }), 200);
  return expectOk(await saveStep(as, c.id, 'decision', c.version, { outcome: 'grant', ...steps.decision }), 200);
}

/** Walks every step and completes: answers the decided case. */
export async function decideSelfService(as: As, citizenId: string, steps: Parameters<typeof walkSelfService>[2] = {}) {
  const c = await walkSelfService(as, citizenId, steps);
  return expectOk<SelfServiceCase>(await complete(as, c.id, c.version), 200);
}

export interface AreaStatusBody {
  entitledToNonDigitalAlternative: boolean;
  lawAreas: Array<{
    code: string;
    status: string;
    udbetalingDanmark: boolean;
    singleApplications: Array<{ caseId: string; description: string }>;
  }>;
}

export async function statusOf(as: As, citizenId: string) {
  const body = expectOk<AreaStatusBody>(await as({ method: 'GET', url: `/api/citizens/${citizenId}/self-service-status` }), 200);
  return { ...body, byArea: Object.fromEntries(body.lawAreas.map((a) => [a.code, a.status])) };
}

export const post = (as: As, url: string, payload: object) => as({ method: 'POST', url, payload });

/** Case and self-service audit records written after `mark`, oldest first. */
export const selfServiceAuditSince = (app: FastifyInstance, mark: number) =>
  app.db
    .select()
    .from(schema.auditEvents)
    .where(
      and(
        gt(schema.auditEvents.id, mark),
        or(like(schema.auditEvents.action, 'case.%'), like(schema.auditEvents.action, 'self-service.%')),
      ),
    )
    .orderBy(asc(schema.auditEvents.id));
