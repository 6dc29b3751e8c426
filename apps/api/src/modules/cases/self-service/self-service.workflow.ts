import { DigitalPostApplicantStep, SelfServiceDecisionStep, SelfServiceGroundStep, SelfServiceScopeStep, type SelfServiceDecision } from '@skranke/contracts';
import type { Tx } from '@skranke/db';
import {
  appealDeadline,
  appealInTime,
  applicantProblems,
  decisionProblems,
  isGranted,
  isResponsibleMunicipality,
  maskCpr,
  scopeProblems,
  SELF_SERVICE_STEP_TEXT,
  SELF_SERVICE_STEPS,
  serviceDay,
  type ApplicantData,
  type DecisionData,
  type GroundData,
  type RuleProblem,
  type ScopeData,
  type SelfServiceStep,
} from '@skranke/domain';
import type { TSchema } from '@sinclair/typebox';
import { AppError, badRequest, conflict } from '../../../errors.ts';
import { schemaFieldErrors } from '../../../validation-messages.ts';
import type { PersonRecord } from '../../citizens/person-register.ts';
import type { CasesRepository } from '../cases.repository.ts';
import { ruleProblem } from '../digital-post/digital-post.rules.ts';
import { renderReceipt } from '../receipt-pdf.ts';
import type { CaseContext, CaseWorkflow } from '../workflow.ts';
import { grantReceipt, refusalLetter } from './letters.ts';
import type { DecisionRow, SelfServiceRepository } from './self-service.repository.ts';

export const SELF_SERVICE_TYPE = 'self_service_exemption';

const STEP_SCHEMAS: Record<SelfServiceStep, TSchema> = {
  applicant: DigitalPostApplicantStep,
  scope: SelfServiceScopeStep,
  ground: SelfServiceGroundStep,
  decision: SelfServiceDecisionStep,
};
const isStep = (step: string): step is SelfServiceStep => (SELF_SERVICE_STEPS as readonly string[]).includes(step);

function shapeErrors(step: SelfServiceStep, data: unknown) {
  const errors = schemaFieldErrors(STEP_SCHEMAS[step], data);
  if (errors.length === 0) return;
  throw new AppError(400, 'validation-error', 'Bad Request', `Data til trinnet "${SELF_SERVICE_STEP_TEXT[step]}" har ikke den rette form.`, { errors });
}

/** The kommunalbestyrelse where the citizen lives decides (lov om Udbetaling Danmark § 13, stk. 3). */
export async function assertResponsible(repo: CasesRepository, tx: Tx, staffMunicipalityId: string, person: PersonRecord) {
  const own = await repo.municipality(staffMunicipalityId, tx);
  if (!isResponsibleMunicipality(person.municipality.code, own.code)) {
    throw conflict(
      'not-responsible-municipality',
      `Fritagelse fra obligatorisk digital selvbetjening afgøres af borgerens bopælskommune, ${person.municipality.name}. Henvis borgeren dertil.`,
      { detailEn: `Decided by the citizen's municipality of residence, ${person.municipality.name}.` },
    );
  }
}

/** The decision as the API shows it. */
export async function decisionView(selfService: SelfServiceRepository, tx: Tx, decision: DecisionRow): Promise<SelfServiceDecision> {
  const areas = await selfService.areasOf([decision.id], tx);
  return {
    id: decision.id,
    scope: decision.scope,
    applicationDescription: decision.applicationDescription,
    lawAreas: areas.map(({ code, nameDa, udbetalingDanmark }) => ({ code, nameDa, udbetalingDanmark })),
    grounds: decision.grounds,
    outcome: decision.outcome,
    granted: isGranted(decision),
    legalBasis: decision.legalBasis,
    considerations: decision.considerations,
    decidedAt: decision.decidedAt.toISOString(),
    appealDeadline: decision.appealDeadline,
    appeal:
      decision.appealStatus && decision.appealReceivedOn
        ? {
            status: decision.appealStatus,
            receivedOn: decision.appealReceivedOn,
            receivedInTime: appealInTime(decision.appealReceivedOn, decision.appealDeadline!),
            note: decision.appealNote,
            resolvedAt: decision.appealResolvedAt?.toISOString() ?? null,
          }
        : null,
    udkNotificationRequired: decision.udkNotificationRequired,
    udkNotifiedAt: decision.udkNotifiedAt?.toISOString() ?? null,
  };
}

/** Undtagelse fra obligatorisk digital selvbetjening (domain.md §2): a discretionary afgørelse, grant or refusal. */
export function selfServiceExemptionWorkflow(repo: CasesRepository, selfService: SelfServiceRepository): CaseWorkflow {
  const activeCodes = async (tx: Tx, municipalityId: string) => (await selfService.lawAreas(municipalityId, tx)).map((a) => a.code);

  async function problemsOf(ctx: CaseContext): Promise<RuleProblem[]> {
    const data = ctx.caseRow.stepData;
    const under = (step: SelfServiceStep) => (p: RuleProblem) => ({ ...p, field: `/${step}${p.field}` });
    const problems: RuleProblem[] = SELF_SERVICE_STEPS.filter((s) => !data[s]).map((s) => ({
      field: `/${s}`,
      code: 'step-missing',
      da: `Trinnet "${SELF_SERVICE_STEP_TEXT[s]}" er ikke udfyldt.`,
      en: `The step '${s}' has not been filled in.`,
    }));
    if (data.applicant) problems.push(...applicantProblems(data.applicant as ApplicantData).map(under('applicant')));
    if (data.scope) problems.push(...scopeProblems(data.scope as ScopeData, await activeCodes(ctx.tx, ctx.caseRow.municipalityId)).map(under('scope')));
    if (data.decision) problems.push(...decisionProblems(data.decision as DecisionData).map(under('decision')));
    return problems;
  }

  async function document(ctx: CaseContext) {
    const decision = await selfService.byCase(ctx.caseRow.id, ctx.tx);
    if (!decision) throw new Error(`decided case ${ctx.caseRow.id} has no decision`);
    const areas = await selfService.areasOf([decision.id], ctx.tx);
    const party = {
      municipalityName: (await repo.municipality(ctx.caseRow.municipalityId, ctx.tx)).name,
      citizenName: `${ctx.person.givenNames} ${ctx.person.surname}`,
      cprMasked: maskCpr(ctx.person.cpr),
      caseNumber: ctx.caseRow.number,
      staffName: await repo.staffName(decision.decidedBy, ctx.tx),
    };
    const representative = (ctx.caseRow.stepData.applicant as ApplicantData | undefined)?.representativeName;
    if (isGranted(decision)) return renderReceipt(grantReceipt(party, decision, areas, representative));
    return renderReceipt(refusalLetter(party, decision, areas, representative));
  }

  return {
    type: SELF_SERVICE_TYPE,
    steps: SELF_SERVICE_STEPS,

    checkStart: ({ tx, staff, person }) => assertResponsible(repo, tx, staff.municipalityId, person),

    async validateStep(step, data, { tx, staff }) {
      if (!isStep(step)) throw badRequest('unknown-step', `Sagen har ikke et trin, der hedder "${step}".`);
      shapeErrors(step, data);
      let problems: RuleProblem[] = [];
      if (step === 'applicant') problems = applicantProblems(data as ApplicantData);
      if (step === 'scope') problems = scopeProblems(data as ScopeData, await activeCodes(tx, staff.municipalityId));
      if (step === 'decision') problems = decisionProblems(data as DecisionData);
      if (problems.length > 0) throw ruleProblem(400, 'step-invalid', problems, '/body/data');
      return data as Record<string, unknown>;
    },

    completionAction: (row) => ((row.stepData.decision as DecisionData | undefined)?.outcome === 'refuse' ? 'refuse' : 'complete'),

    async complete(ctx) {
      const { tx, staff, person, caseRow } = ctx;
      await assertResponsible(repo, tx, staff.municipalityId, person);
      const problems = await problemsOf(ctx);
      if (problems.length > 0) throw ruleProblem(409, 'case-incomplete', problems, '/stepData');
      const scope = caseRow.stepData.scope as ScopeData;
      const decision = caseRow.stepData.decision as DecisionData;
      const areas = (await selfService.lawAreas(caseRow.municipalityId, tx)).filter((a) => scope.lawAreas.includes(a.code));
      const refused = decision.outcome === 'refuse';
      const period = await selfService.appealPeriod(caseRow.municipalityId, tx);
      await selfService.insertDecision(
        {
          caseId: caseRow.id,
          municipalityId: caseRow.municipalityId,
          personId: person.id,
          scope: scope.scope,
          applicationDescription: scope.scope === 'single_application' ? scope.applicationDescription!.trim() : null,
          grounds: (caseRow.stepData.ground as GroundData).grounds,
          outcome: decision.outcome,
          legalBasis: refused ? decision.legalBasis!.trim() : null,
          considerations: refused ? decision.considerations!.trim() : null,
          decidedBy: staff.id,
          appealDeadline: refused ? appealDeadline(serviceDay(new Date()), period) : null,
          appealPeriod: refused ? period : null,
          udkNotificationRequired: !refused && areas.some((a) => a.udbetalingDanmark),
          lawAreas: areas,
        },
        tx,
      );
    },

    async outcome(ctx) {
      const decision = await selfService.byCase(ctx.caseRow.id, ctx.tx);
      return { selfServiceDecision: decision && (await decisionView(selfService, ctx.tx, decision)) };
    },

    document,
  };
}
