import { MITID_STEP_SCHEMAS, type MitIdOutcome, type MitIdVerificationStep } from '@skranke/contracts';
import { advisoryXactLock, type Database, type Tx } from '@skranke/db';
import {
  appealDeadline,
  assessDocuments,
  assessMitId,
  CPR_PROBLEM_TEXT,
  formatDanishDate,
  maskCpr,
  MITID_STEP_TEXT,
  MITID_STEPS,
  mitidApplicantProblems,
  mitidTooYoungUntil,
  parseCpr,
  redactCprShaped,
  serviceDay,
  witnessActsInWindow,
  witnessProblems,
  witnessWindowStart,
  type MitIdApplicantData,
  type MitIdApplication,
  type MitIdDocumentsData,
  type MitIdVerificationData,
  type RuleProblem,
} from '@skranke/domain';
import { AppError, conflict } from '../../../errors.ts';
import { auditCitizen } from '../../../floor/audit/citizen-audit.ts';
import { renderReceipt } from '../../../floor/documents/receipt-pdf.ts';
import type { OpenMitIdRegistry } from '../../../floor/registers/mitid-registry.ts';
import type { OpenPersonRegister, PersonRecord } from '../../../floor/registers/person-register.ts';
import type { Staff } from '../../../floor/staff.ts';
import type { CasesRepository } from '../cases.repository.ts';
import { defineWorkflow, receiptParty, refuseStep, ruleProblem } from '../workflow-kit.ts';
import type { CaseWorkflow } from '../workflow.ts';
import { issueReceipt, mitidRefusalLetter } from './mitid-letters.ts';
import type { MitIdRepository, MitIdSettings } from './mitid.repository.ts';

export const MITID_TYPE = 'mitid';

const application = (stepData: Record<string, unknown>): MitIdApplication => ({
  applicant: stepData.applicant as MitIdApplicantData | undefined,
  documents: stepData.documents as MitIdDocumentsData | undefined,
  verification: stepData.verification as MitIdVerificationData | undefined,
  authenticator: stepData.authenticator as MitIdApplication['authenticator'],
});

export interface MitIdWorkflowDeps {
  db: Database;
  repo: CasesRepository;
  mitid: MitIdRepository;
  openRegister: OpenPersonRegister;
  openRegistry: OpenMitIdRegistry;
}

/**
 * MitID identity check and issue (domain.md §3): who came, the documents, control questions or a witness, the
 * authenticator; then the MitID is issued in the (local) registry, or refused with a reasoned decision letter.
 */
export function mitidWorkflow({ db, repo, mitid, openRegister, openRegistry }: MitIdWorkflowDeps): CaseWorkflow {
  /** The witness's facts as the rules need them, read under the witness's lock. */
  async function witnessCheck(
    tx: Tx,
    staff: Staff,
    applicant: PersonRecord,
    witness: PersonRecord,
    flags: { photoIdShown: boolean; mitidConfirmed: boolean },
    settings: MitIdSettings,
  ) {
    await advisoryXactLock(tx, `mitid-witness:${witness.id}`);
    const today = serviceDay(new Date());
    const parsed = parseCpr(witness.cpr);
    if (!parsed.ok) throw new Error(`register holds an invalid CPR number for ${witness.id}`);
    const current = await openRegistry(tx).current(witness.id);
    const acts = await mitid.witnessActDates(witness.id, staff.municipalityId, witnessWindowStart(today, settings.witnessWindowDays), tx);
    return witnessProblems(
      {
        birthDate: parsed.cpr.birthDate,
        isApplicant: witness.id === applicant.id,
        mitidHolderSince: current?.holderSince ?? null,
        photoIdShown: flags.photoIdShown,
        mitidConfirmed: flags.mitidConfirmed,
        actsInWindow: witnessActsInWindow(acts, today, settings.witnessWindowDays),
      },
      today,
      settings,
    );
  }

  const witnessRefused = (problems: RuleProblem[], pointerBase: string) =>
    problems.some((p) => p.code === 'witness-limit-reached')
      ? ruleProblem(409, 'witness-limit-reached', problems, pointerBase)
      : ruleProblem(400, 'step-invalid', problems, pointerBase);

  /** Looks the witness up by CPR number (given in the body), audits the look-up, and checks them. */
  async function verifyWitness(
    tx: Tx,
    staff: Staff,
    applicant: PersonRecord,
    data: Extract<MitIdVerificationStep, { method: 'witness' }>,
    caseId: string,
  ) {
    const parsed = parseCpr(data.witnessCpr);
    if (!parsed.ok) {
      throw new AppError(400, 'step-invalid', 'Bad Request', CPR_PROBLEM_TEXT[parsed.problem].da, {
        errors: [
          { pointer: '/body/data/witnessCpr', detail: CPR_PROBLEM_TEXT[parsed.problem].da, detailEn: CPR_PROBLEM_TEXT[parsed.problem].en },
        ],
      });
    }
    const witness = await openRegister(tx).findByCpr(parsed.cpr.digits);
    if (!witness) {
      throw new AppError(400, 'step-invalid', 'Bad Request', 'Vidnet findes ikke i personregistret.', {
        errors: [{ pointer: '/body/data/witnessCpr', detail: 'Vidnet findes ikke i personregistret.' }],
      });
    }
    const settings = await mitid.settings(staff.municipalityId, tx);
    const problems = await witnessCheck(
      tx,
      staff,
      applicant,
      witness,
      { photoIdShown: data.witnessPhotoIdShown, mitidConfirmed: data.witnessMitIdConfirmed },
      settings,
    );
    const lookup = { action: 'mitid.witness-lookup', subjectId: witness.id, purpose: MITID_TYPE, details: { caseId } };
    if (problems.length > 0) {
      // The refusal tells staff something about the witness, so the look-up is audited even though the step fails.
      await db.transaction((own) => auditCitizen(own, staff, lookup));
      throw witnessRefused(problems, '/body/data');
    }
    await auditCitizen(tx, staff, lookup);
    return {
      method: 'witness',
      witnessPersonId: witness.id,
      witnessName: `${witness.givenNames} ${witness.surname}`,
      witnessCprMasked: maskCpr(witness.cpr),
      witnessPhotoIdShown: data.witnessPhotoIdShown,
      witnessMitIdConfirmed: data.witnessMitIdConfirmed,
    };
  }

  return defineWorkflow({
    type: MITID_TYPE,
    steps: MITID_STEPS,
    schemas: MITID_STEP_SCHEMAS,
    stepText: MITID_STEP_TEXT,

    async checkStart({ person }) {
      const parsed = parseCpr(person.cpr);
      const until = parsed.ok ? mitidTooYoungUntil(parsed.cpr.birthDate, serviceDay(new Date())) : null;
      if (until) {
        throw conflict('mitid-too-young', `MitID kan først udstedes fra 13 år. Borgeren fylder 13 den ${formatDanishDate(until)}.`, {
          detailEn: `MitID can be issued from the age of 13; the citizen turns 13 on ${until}.`,
          eligibleFrom: until,
        });
      }
    },

    async validateStep(step, data, { tx, staff, person, caseId }) {
      if (step === 'applicant') {
        const applicant = data as MitIdApplicantData;
        refuseStep(mitidApplicantProblems(applicant));
        return applicant.representativeName
          ? { ...applicant, representativeName: redactCprShaped(applicant.representativeName.trim()) }
          : { ...applicant };
      }
      if (step === 'documents') {
        const documents = data as MitIdDocumentsData;
        const doubt = documents.identityDoubt?.trim();
        return { documents: documents.documents, ...(doubt ? { identityDoubt: redactCprShaped(doubt) } : {}) };
      }
      if (step === 'verification') {
        const verification = data as MitIdVerificationStep;
        if (verification.method === 'control_questions') return { ...verification };
        return verifyWitness(tx, staff, person, verification, caseId ?? '');
      }
      return { ...(data as Record<string, unknown>) };
    },

    completionAction: (row) => (assessMitId(application(row.stepData)).outcome === 'refuse' ? 'refuse' : 'complete'),

    async complete(ctx) {
      const { tx, staff, person, caseRow } = ctx;
      await advisoryXactLock(tx, `mitid:${person.id}`);
      const assessment = assessMitId(application(caseRow.stepData));
      if (assessment.outcome === 'incomplete') throw ruleProblem(409, 'case-incomplete', assessment.problems, '/stepData');
      const today = serviceDay(new Date());
      const settings = await mitid.settings(caseRow.municipalityId, tx);
      if (assessment.outcome === 'refuse') {
        const documents = caseRow.stepData.documents as MitIdDocumentsData | undefined;
        await mitid.insertRefusal(
          {
            caseId: caseRow.id,
            municipalityId: caseRow.municipalityId,
            personId: person.id,
            reasons: assessment.reasons,
            note: documents?.identityDoubt ?? null,
            appealBody: settings.appealBody,
            appealDeadline: appealDeadline(today, { unit: 'weeks', count: settings.appealPeriodWeeks }),
            decidedBy: staff.id,
          },
          tx,
        );
        return;
      }
      const verification = caseRow.stepData.verification as MitIdVerificationData;
      if (verification.method === 'witness') {
        // Checked again: the witness may have witnessed elsewhere in the municipality since the step was saved.
        const witness = await openRegister(tx).findById(verification.witnessPersonId);
        if (!witness)
          throw conflict('witness-not-found', 'Vidnet findes ikke længere i personregistret. Gem trinnet igen med et andet vidne.');
        const problems = await witnessCheck(
          tx,
          staff,
          person,
          witness,
          { photoIdShown: verification.witnessPhotoIdShown, mitidConfirmed: verification.witnessMitIdConfirmed },
          settings,
        );
        if (problems.length > 0) throw witnessRefused(problems, '/stepData/verification');
        await mitid.addWitnessAct(
          { municipalityId: caseRow.municipalityId, witnessPersonId: witness.id, caseId: caseRow.id, actedOn: today },
          tx,
        );
        await auditCitizen(tx, staff, {
          action: 'mitid.witness-act',
          subjectId: witness.id,
          purpose: MITID_TYPE,
          details: { caseId: caseRow.id },
        });
      }
      await openRegistry(tx).issue({
        personId: person.id,
        municipalityId: caseRow.municipalityId,
        caseId: caseRow.id,
        issuedBy: staff.id,
        authenticator: assessment.authenticator,
        issuedOn: today,
      });
    },

    async outcome(ctx): Promise<{ mitid: MitIdOutcome }> {
      const app = application(ctx.caseRow.stepData);
      const assessment = assessMitId(app);
      const issued = await openRegistry(ctx.tx).byCase(ctx.caseRow.id);
      const refusal = await mitid.refusalByCase(ctx.caseRow.id, ctx.tx);
      return {
        mitid: {
          assessment: {
            outcome: assessment.outcome,
            reasons: assessment.outcome === 'refuse' ? assessment.reasons : [],
            documentProblems: app.documents ? assessDocuments(app.documents.documents).problems : [],
          },
          issued: issued && {
            id: issued.id,
            authenticator: issued.authenticator,
            issuedOn: issued.issuedOn,
            holderSince: issued.holderSince,
            replacedEarlier: issued.replacedEarlier,
          },
          refusal: refusal && {
            reasons: refusal.reasons as MitIdOutcome['assessment']['reasons'],
            note: refusal.note,
            appealBody: refusal.appealBody,
            appealDeadline: refusal.appealDeadline,
            decidedAt: refusal.decidedAt.toISOString(),
          },
        },
      };
    },

    async document(ctx) {
      const refusal = await mitid.refusalByCase(ctx.caseRow.id, ctx.tx);
      const representative = (ctx.caseRow.stepData.applicant as MitIdApplicantData | undefined)?.representativeName;
      if (refusal) return renderReceipt(mitidRefusalLetter(await receiptParty(repo, ctx, refusal.decidedBy), refusal, representative));
      const issued = await openRegistry(ctx.tx).byCase(ctx.caseRow.id);
      if (!issued) throw new Error(`completed MitID case ${ctx.caseRow.id} has no MitID`);
      const app = application(ctx.caseRow.stepData);
      const assessment = assessMitId(app);
      if (assessment.outcome !== 'issue') throw new Error(`issued MitID case ${ctx.caseRow.id} no longer assesses as issue`);
      return renderReceipt(
        issueReceipt(await receiptParty(repo, ctx, ctx.caseRow.updatedBy), issued, {
          combination: assessment.combination,
          verification: assessment.method,
          replaced: issued.replacedEarlier,
        }),
      );
    },
  });
}
