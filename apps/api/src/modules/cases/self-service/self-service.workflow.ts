import {
  DigitalPostApplicantStep,
  SelfServiceDecisionStep,
  SelfServiceGroundStep,
  SelfServiceScopeStep,
  type SelfServiceDecision,
} from '@skranke/contracts';
import type { Tx } from '@skranke/db';
import {
  appealDeadline,
  appealInTime,
  applicantProblems,
  decisionProblems,
  isGranted,
  isResponsibleMunicipality,
  missingSteps,
  scopeProblems,
  SELF_SERVICE_STEP_TEXT,
  SELF_SERVICE_STEPS,
  serviceDay,
  underStep,
  type ApplicantData,
  type DecisionData,
  type GroundData,
  type RuleProblem,
  type ScopeData,
  type SelfServiceStep,
} from '@skranke/domain';
import type { TSchema } from '@sinclair/typebox';
import { conflict } from '../../../errors.ts';
import { renderReceipt } from '../../../floor/documents/receipt-pdf.ts';
import type { PersonRecord } from '../../../floor/registers/person-register.ts';
import type { CasesRepository } from '../cases.repository.ts';
import { defineWorkflow, receiptParty, refuseIncomplete, refuseStep } from '../workflow-kit.ts';
import type { CaseContext, CaseWorkflow } from '../workflow.ts';
import { applicantWithRepresentative } from '../representative.ts';
import { grantReceipt, refusalLetter } from './letters.ts';
import type { DecisionRow, SelfServiceRepository } from './self-service.repository.ts';

export const SELF_SERVICE_TYPE = 'self_service_exemption';

const STEP_SCHEMAS: Record<SelfServiceStep, TSchema> = {
  applicant: DigitalPostApplicantStep,
  scope: SelfServiceScopeStep,
  ground: SelfServiceGroundStep,
  decision: SelfServiceDecisionStep,
};

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
    const problems = missingSteps(SELF_SERVICE_STEPS, SELF_SERVICE_STEP_TEXT, data);
    if (data.applicant) problems.push(...applicantProblems(data.applicant as ApplicantData).map(underStep('applicant')));
    if (data.scope)
      problems.push(
        ...scopeProblems(data.scope as ScopeData, await activeCodes(ctx.tx, ctx.caseRow.municipalityId)).map(underStep('scope')),
      );
    if (data.decision) problems.push(...decisionProblems(data.decision as DecisionData).map(underStep('decision')));
    return problems;
  }

  async function document(ctx: CaseContext) {
    const decision = await selfService.byCase(ctx.caseRow.id, ctx.tx);
    if (!decision) throw new Error(`decided case ${ctx.caseRow.id} has no decision`);
    const areas = await selfService.areasOf([decision.id], ctx.tx);
    const party = await receiptParty(repo, ctx, decision.decidedBy);
    const representative = (ctx.caseRow.stepData.applicant as ApplicantData | undefined)?.representativeName;
    if (isGranted(decision)) return renderReceipt(grantReceipt(party, decision, areas, representative));
    return renderReceipt(refusalLetter(party, decision, areas, representative));
  }

  return defineWorkflow({
    type: SELF_SERVICE_TYPE,
    steps: SELF_SERVICE_STEPS,
    schemas: STEP_SCHEMAS,
    stepText: SELF_SERVICE_STEP_TEXT,

    checkStart: ({ tx, staff, person }) => assertResponsible(repo, tx, staff.municipalityId, person),

    async validateStep(step, data, ctx) {
      const { tx, staff } = ctx;
      if (step === 'applicant') {
        // A fuldmagt or værge is checked against the recorded representations, not typed as a name.
        const applicant = await applicantWithRepresentative(data as ApplicantData, ctx, 'self_service', SELF_SERVICE_TYPE);
        refuseStep(applicantProblems(applicant));
        return applicant;
      }
      if (step === 'scope') refuseStep(scopeProblems(data as ScopeData, await activeCodes(tx, staff.municipalityId)));
      if (step === 'decision') refuseStep(decisionProblems(data as DecisionData));
      return data as Record<string, unknown>;
    },

    completionAction: (row) => ((row.stepData.decision as DecisionData | undefined)?.outcome === 'refuse' ? 'refuse' : 'complete'),

    async complete(ctx) {
      const { tx, staff, person, caseRow } = ctx;
      await assertResponsible(repo, tx, staff.municipalityId, person);
      refuseIncomplete(await problemsOf(ctx));
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
  });
}
