import { DIGITAL_POST_STEP_SCHEMAS } from '@skranke/contracts';
import {
  applicantProblems,
  decideExemption,
  declarationProblems,
  DIGITAL_POST_STEPS,
  exemptionState,
  identificationProblems,
  STEP_TEXT,
  type ApplicantData,
  type DeclarationData,
  type DigitalPostApplication,
  type IdentificationData,
} from '@skranke/domain';
import { conflict } from '../../../errors.ts';
import { renderReceipt } from '../../../floor/documents/receipt-pdf.ts';
import type { OpenDigitalPostRegistry } from '../../../floor/registers/digital-post-registry.ts';
import type { CasesRepository } from '../cases.repository.ts';
import { defineWorkflow, receiptParty, refuseStep, ruleProblem } from '../workflow-kit.ts';
import type { CaseContext, CaseWorkflow } from '../workflow.ts';
import { alreadyExempt, assertResponsible, lockPerson, toExemptionView } from './digital-post.rules.ts';
import { applicantWithRepresentative } from '../representative.ts';
import { exemptionReceipt, refusalLetter, revocationReceipt } from './receipts.ts';

const party = (repo: CasesRepository, ctx: CaseContext) => receiptParty(repo, ctx, ctx.caseRow.createdBy);

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

  return defineWorkflow({
    type: 'digital_post_exemption',
    steps: DIGITAL_POST_STEPS,
    schemas: DIGITAL_POST_STEP_SCHEMAS,
    stepText: STEP_TEXT,
    needs: { identification: { step: 'applicant', because: 'kravene til legitimation afhænger af, hvem der møder op' } },

    async checkStart({ tx, staff, person }) {
      await assertResponsible(repo, tx, staff.municipalityId, person);
      const current = await openRegistry(tx).current(person.id);
      if (current && exemptionState({ revoked: false, lapsesOnReturn: current.lapsesOnReturn }, person.status) === 'active') {
        throw alreadyExempt(current);
      }
    },

    async validateStep(step, data, ctx) {
      const { person, stepData } = ctx;
      if (step === 'applicant') {
        // A fuldmagt or værge is checked against the recorded representations, not typed as a name.
        const applicant = await applicantWithRepresentative(data as ApplicantData, ctx, 'digital_post', 'digital_post_exemption');
        refuseStep(applicantProblems(applicant));
        return applicant;
      }
      if (step === 'identification')
        refuseStep(identificationProblems((stepData.applicant as ApplicantData).applicantType, data as IdentificationData));
      if (step === 'declaration') refuseStep(declarationProblems(data as DeclarationData, person.status));
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
      await registry.register({
        personId: person.id,
        municipalityId: staff.municipalityId,
        caseId: caseRow.id,
        registeredBy: staff.id,
        grant: decision.grant,
      });
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
  });
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
