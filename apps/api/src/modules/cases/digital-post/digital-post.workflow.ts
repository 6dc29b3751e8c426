import { DIGITAL_POST_STEP_SCHEMAS } from '@skranke/contracts';
import {
  applicantProblems,
  decideExemption,
  declarationProblems,
  DIGITAL_POST_STEPS,
  exemptionState,
  identificationProblems,
  maskCpr,
  STEP_TEXT,
  type ApplicantData,
  type DeclarationData,
  type DigitalPostApplication,
  type DigitalPostStep,
  type IdentificationData,
  type RuleProblem,
} from '@skranke/domain';
import { AppError, badRequest, conflict } from '../../../errors.ts';
import { schemaFieldErrors } from '../../../validation-messages.ts';
import type { CasesRepository } from '../cases.repository.ts';
import { renderReceipt } from '../receipt-pdf.ts';
import type { CaseContext, CaseWorkflow } from '../workflow.ts';
import type { OpenDigitalPostRegistry } from './digital-post-registry.ts';
import { alreadyExempt, assertResponsible, lockPerson, ruleProblem, toExemptionView } from './digital-post.rules.ts';
import { exemptionReceipt, refusalLetter, revocationReceipt, type ReceiptParty } from './receipts.ts';

const isStep = (step: string): step is DigitalPostStep => (DIGITAL_POST_STEPS as readonly string[]).includes(step);

function shapeErrors(step: DigitalPostStep, data: unknown) {
  const errors = schemaFieldErrors(DIGITAL_POST_STEP_SCHEMAS[step], data);
  if (errors.length === 0) return;
  throw new AppError(400, 'validation-error', 'Bad Request', `Data til trinnet "${STEP_TEXT[step]}" har ikke den rette form.`, { errors });
}

async function party(repo: CasesRepository, ctx: CaseContext): Promise<ReceiptParty> {
  const { tx, person, caseRow } = ctx;
  return {
    municipalityName: (await repo.municipality(caseRow.municipalityId, tx)).name,
    citizenName: `${person.givenNames} ${person.surname}`,
    cprMasked: maskCpr(person.cpr),
    caseNumber: caseRow.number,
    staffName: await repo.staffName(caseRow.createdBy, tx),
  };
}

/** Fritagelse fra Digital Post (FD 001A in person, FD 001F by fuldmagt; a værge with værgebeskikkelse). */
export function digitalPostExemptionWorkflow(repo: CasesRepository, openRegistry: OpenDigitalPostRegistry): CaseWorkflow {
  const application = (ctx: CaseContext): DigitalPostApplication => {
    const data = ctx.caseRow.stepData;
    return {
      personStatus: ctx.person.status,
      applicant: data.applicant as ApplicantData | undefined,
      identification: data.identification as IdentificationData | undefined,
      declaration: data.declaration as DeclarationData | undefined,
    };
  };

  return {
    type: 'digital_post_exemption',
    steps: DIGITAL_POST_STEPS,

    async checkStart({ tx, staff, person }) {
      await assertResponsible(repo, tx, staff.municipalityId, person);
      const current = await openRegistry(tx).current(person.id);
      if (current && exemptionState({ revoked: false, lapsesOnReturn: current.lapsesOnReturn }, person.status) === 'active') {
        throw alreadyExempt(current);
      }
    },

    validateStep(step, data, { person, stepData }) {
      if (!isStep(step)) throw badRequest('unknown-step', `Sagen har ikke et trin, der hedder "${step}".`);
      shapeErrors(step, data);
      let problems: RuleProblem[];
      if (step === 'applicant') {
        problems = applicantProblems(data as ApplicantData);
      } else if (step === 'identification') {
        const applicant = stepData.applicant as ApplicantData | undefined;
        if (!applicant) throw conflict('step-out-of-order', 'Udfyld først trinnet "Ansøger": kravene til legitimation afhænger af, hvem der møder op.');
        problems = identificationProblems(applicant.applicantType, data as IdentificationData);
      } else {
        problems = declarationProblems(data as DeclarationData, person.status);
      }
      if (problems.length > 0) throw ruleProblem(400, 'step-invalid', problems, '/body/data');
      return data as Record<string, unknown>;
    },

    async complete(ctx) {
      const { tx, staff, person, caseRow } = ctx;
      await lockPerson(tx, person.id);
      await assertResponsible(repo, tx, staff.municipalityId, person);
      const decision = decideExemption(application(ctx));
      if (!decision.ok) throw ruleProblem(409, 'case-incomplete', decision.problems, '/stepData');
      const registry = openRegistry(tx);
      const current = await registry.current(person.id);
      if (current) {
        const state = exemptionState({ revoked: false, lapsesOnReturn: current.lapsesOnReturn }, person.status);
        if (state === 'active') throw alreadyExempt(current);
        await registry.markLapsed(current.id);
      }
      await registry.register({ personId: person.id, municipalityId: staff.municipalityId, caseId: caseRow.id, registeredBy: staff.id, grant: decision.grant });
    },

    async outcome(ctx) {
      const exemption = await openRegistry(ctx.tx).byCase(ctx.caseRow.id);
      return { digitalPostExemption: exemption && toExemptionView(exemption, ctx.person) };
    },

    async document(ctx) {
      const applicant = ctx.caseRow.stepData.applicant as ApplicantData | undefined;
      if (ctx.caseRow.status === 'refused') {
        const refusal = ctx.caseRow.stepData.refusal as { reason: string } | undefined;
        if (!refusal) throw new Error(`refused case ${ctx.caseRow.id} has no reason`);
        return renderReceipt(refusalLetter(await party(repo, ctx), refusal.reason, ctx.caseRow.updatedAt, applicant?.representativeName));
      }
      const exemption = await openRegistry(ctx.tx).byCase(ctx.caseRow.id);
      if (!exemption) throw new Error(`completed case ${ctx.caseRow.id} has no exemption`);
      const registeredBy = { staffName: exemption.registeredBy.name };
      return renderReceipt(exemptionReceipt({ ...(await party(repo, ctx)), ...registeredBy }, exemption, applicant?.representativeName));
    },
  };
}

/** Ophævelse (FD 011): no steps; `revokeDigitalPostExemption` creates it completed, with the revocation done. */
export function digitalPostRevocationWorkflow(repo: CasesRepository, openRegistry: OpenDigitalPostRegistry): CaseWorkflow {
  const notStepwise = () => conflict('not-stepwise', 'En ophævelse registreres med revokeDigitalPostExemption, ikke trin for trin.');
  return {
    type: 'digital_post_revocation',
    steps: [],
    checkStart: async () => {
      throw notStepwise();
    },
    validateStep: () => {
      throw notStepwise();
    },
    complete: async () => {
      throw notStepwise();
    },
    async outcome(ctx) {
      const exemption = await openRegistry(ctx.tx).byCase(ctx.caseRow.id);
      return { digitalPostExemption: exemption && toExemptionView(exemption, ctx.person) };
    },
    async document(ctx) {
      const exemption = await openRegistry(ctx.tx).byCase(ctx.caseRow.id);
      if (!exemption) throw new Error(`revocation case ${ctx.caseRow.id} has no exemption`);
      const reason = (ctx.caseRow.stepData.revocation as { reason?: string } | undefined)?.reason;
      return renderReceipt(revocationReceipt(await party(repo, ctx), exemption, reason));
    },
  };
}
