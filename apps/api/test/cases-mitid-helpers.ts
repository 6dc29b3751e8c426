import { schema } from '@skranke/db';
import { ageOn, parseCpr } from '@skranke/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { complete, expectOk, saveStep, startCase, type CaseBody } from './cases-helpers.ts';
import type { As } from './queue-helpers.ts';

export interface MitIdCase extends CaseBody {
  stepData: Record<string, unknown>;
  mitid: {
    assessment: { outcome: string; reasons: string[]; documentProblems: Array<{ code: string }> };
    issued: { authenticator: string; issuedOn: string; holderSince: string; replacedEarlier: boolean } | null;
    refusal: { reasons: string[]; appealBody: string; appealDeadline: string; note: string | null } | null;
  } | null;
}

export const DANISH_PASSPORT = { documents: [{ kind: 'dk_passport', showsCpr: true, temporary: false }] };
export const IN_PERSON = { applicantType: 'in_person', canUseMitIdAlone: true };
export const CONTROL_QUESTIONS_PASSED = { method: 'control_questions', controlQuestionsPassed: true };

export const startMitId = async (as: As, citizenId: string) => expectOk<MitIdCase>(await startCase(as, citizenId, { type: 'mitid' }), 201);

/** Saves the given steps in order (each must succeed); answers the case after the last. */
export async function saveSteps(as: As, kase: MitIdCase, steps: Array<[string, Record<string, unknown>]>): Promise<MitIdCase> {
  let c = kase;
  for (const [step, data] of steps) c = expectOk<MitIdCase>(await saveStep(as, c.id, step, c.version, data), 200);
  return c;
}

/** Walks an identity check to the end; answers the completed (or refused) case. */
export async function runMitId(as: As, citizenId: string, steps: Array<[string, Record<string, unknown>]>): Promise<MitIdCase> {
  const c = await saveSteps(as, await startMitId(as, citizenId), steps);
  return expectOk<MitIdCase>(await complete(as, c.id, c.version), 200);
}

/** Residents of a municipality with their age today and whether they hold a MitID. */
export async function residents(app: FastifyInstance, municipalityId: string) {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const rows = await app.db
    .select({ id: schema.persons.id, cpr: schema.persons.cpr, status: schema.persons.status, mitid: schema.mitidIdentities.holderSince })
    .from(schema.persons)
    .leftJoin(
      schema.mitidIdentities,
      and(eq(schema.mitidIdentities.personId, schema.persons.id), isNull(schema.mitidIdentities.replacedAt)),
    )
    .where(eq(schema.persons.municipalityId, municipalityId));
  return rows.map((r) => {
    const parsed = parseCpr(r.cpr);
    if (!parsed.ok) throw new Error('bad demo CPR');
    return { ...r, age: ageOn(parsed.cpr.birthDate, today), birthDate: parsed.cpr.birthDate };
  });
}

export const mitidRows = (app: FastifyInstance, personId: string) =>
  app.db.select().from(schema.mitidIdentities).where(eq(schema.mitidIdentities.personId, personId));
