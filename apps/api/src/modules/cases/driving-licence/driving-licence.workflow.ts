import { DRIVING_LICENCE_STEP_SCHEMAS, type DrivingLicenceOutcome } from '@skranke/contracts';
import type { Tx } from '@skranke/db';
import {
  DRIVING_LICENCE_KIND_TEXT,
  DRIVING_LICENCE_STEP_TEXT,
  DRIVING_LICENCE_STEPS,
  licenceFee,
  licenceIdentificationProblems,
  licencePaymentProblems,
  licenceRequestProblems,
  missingSteps,
  oldLicenceLost,
  parseCpr,
  renewableFrom,
  serviceDay,
  underStep,
  type DrivingLicenceIdentificationData,
  type DrivingLicencePaymentData,
  type DrivingLicenceRequestData,
  type RuleProblem,
} from '@skranke/domain';
import { AppError, conflict } from '../../../errors.ts';
import { renderReceipt } from '../../../floor/documents/receipt-pdf.ts';
import type { IdentityDocument, IdentityDocumentRegister } from '../../../floor/registers/identity-documents.ts';
import type { PersonRecord } from '../../../floor/registers/person-register.ts';
import { feeFor } from '../../fees/fees.service.ts';
import type { CasesRepository } from '../cases.repository.ts';
import { defineWorkflow, receiptParty, refuseStep, ruleProblem, stepOutOfOrder } from '../workflow-kit.ts';
import type { CaseContext, CaseWorkflow } from '../workflow.ts';
import { drivingLicenceReceipt } from './driving-licence-receipt.ts';
import type { DrivingLicenceRepository } from './driving-licence.repository.ts';

export const DRIVING_LICENCE_TYPE = 'driving_licence';

/** A licence in these states can be renewed or replaced; a handed-in or revoked one cannot. */
const USABLE = new Set(['valid', 'expired', 'lost']);

const noLicence = () =>
  conflict(
    'no-driving-licence',
    'Borgeren har intet kørekort registreret, der kan fornys eller erstattes. Et første kørekort kræver køreprøve.',
    {
      detailEn: 'The citizen has no driving licence on record that can be renewed or replaced.',
    },
  );

export interface FeeView {
  amountOre: number;
  year: number;
  approximate: boolean;
  waiver: 'health_limited' | null;
  label: string;
}

/**
 * Kørekort renewal or duplicate (domain.md §4): the request (checked against the licence on record and the renewal
 * window; a renewal may declare the old licence lost), photo, ID, the old licence and, to renew a health-limited
 * licence, a lægeattest, and the fee from the fee table; completing orders it and records the old licence as handed
 * in (or lost).
 */
export function drivingLicenceWorkflow(deps: {
  repo: CasesRepository;
  orders: DrivingLicenceRepository;
  documents: IdentityDocumentRegister;
}): CaseWorkflow {
  const { repo, orders, documents } = deps;

  async function currentLicence(tx: Tx, personId: string): Promise<IdentityDocument | null> {
    const licences = (await documents.listForPerson(tx, personId)).filter((d) => d.kind === 'driving_licence');
    const newest = licences[0];
    return newest && USABLE.has(newest.status) ? newest : null;
  }

  async function quote(
    tx: Tx,
    municipalityId: string,
    person: PersonRecord,
    request: DrivingLicenceRequestData,
    licence: IdentityDocument,
  ): Promise<FeeView> {
    const today = serviceDay(new Date());
    const fee = licenceFee(request.kind, licence.healthLimited);
    if ('waiver' in fee)
      return { amountOre: 0, year: Number(today.slice(0, 4)), approximate: false, waiver: fee.waiver, label: FREE_RENEWAL };
    const parsed = parseCpr(person.cpr);
    if (!parsed.ok) throw new Error(`register holds an invalid CPR number for ${person.id}`);
    const found = await feeFor(tx, {
      municipalityId,
      product: 'driving_licence',
      birthDate: parsed.cpr.birthDate,
      on: today,
      code: fee.code,
    });
    return { amountOre: found.rate.amountOre, year: found.year, approximate: found.approximate, waiver: null, label: found.rate.labelDa };
  }

  /** Every rule over the saved steps, as they stand today. */
  async function problemsOf(ctx: CaseContext, licence: IdentityDocument): Promise<{ problems: RuleProblem[]; fee: FeeView | null }> {
    const data = ctx.caseRow.stepData;
    const problems = missingSteps(DRIVING_LICENCE_STEPS, DRIVING_LICENCE_STEP_TEXT, data);
    const request = data.request as DrivingLicenceRequestData | undefined;
    if (!request) return { problems, fee: null };
    const today = serviceDay(new Date());
    problems.push(...licenceRequestProblems(request, licence, today).map(underStep('request')));
    if (data.identification)
      problems.push(
        ...licenceIdentificationProblems(data.identification as DrivingLicenceIdentificationData, request, licence).map(
          underStep('identification'),
        ),
      );
    const fee = await quote(ctx.tx, ctx.caseRow.municipalityId, ctx.person, request, licence);
    if (data.payment)
      problems.push(...licencePaymentProblems(data.payment as DrivingLicencePaymentData, fee.amountOre).map(underStep('payment')));
    return { problems, fee };
  }

  const FREE_RENEWAL = 'Gratis fornyelse (helbredsbetinget tidsbegrænsning)';

  return defineWorkflow({
    type: DRIVING_LICENCE_TYPE,
    steps: DRIVING_LICENCE_STEPS,
    schemas: DRIVING_LICENCE_STEP_SCHEMAS,
    stepText: DRIVING_LICENCE_STEP_TEXT,

    async checkStart({ tx, person }) {
      if (await currentLicence(tx, person.id)) return;
      // The newest licence was handed in or reported lost for one ordered here: the new one is on its way.
      const newest = (await documents.listForPerson(tx, person.id)).find((d) => d.kind === 'driving_licence');
      if (newest && (await orders.orderByLicence(newest.id, tx))) {
        throw conflict(
          'driving-licence-already-ordered',
          'Der er allerede bestilt et nyt kørekort til borgeren. Det sendes til borgeren, når det er lavet.',
          {
            detailEn: 'A new driving licence has already been ordered for the citizen; it is sent to them when made.',
          },
        );
      }
      throw noLicence();
    },

    async validateStep(step, data, { tx, staff, person, stepData }) {
      const licence = await currentLicence(tx, person.id);
      if (!licence) throw noLicence();
      // The guard is here, not in `needs`: a citizen with no licence left hears that first.
      const request = (step === 'request' ? data : stepData.request) as DrivingLicenceRequestData | undefined;
      if (!request) throw stepOutOfOrder(DRIVING_LICENCE_STEP_TEXT, { step: 'request' });
      if (step === 'request') refuseStep(licenceRequestProblems(request, licence, serviceDay(new Date())));
      if (step === 'identification') refuseStep(licenceIdentificationProblems(data as DrivingLicenceIdentificationData, request, licence));
      if (step === 'payment')
        refuseStep(
          licencePaymentProblems(
            data as DrivingLicencePaymentData,
            (await quote(tx, staff.municipalityId, person, request, licence)).amountOre,
          ),
        );
      return { ...(data as Record<string, unknown>) };
    },

    async complete(ctx) {
      const { tx, staff, person, caseRow } = ctx;
      const licence = await currentLicence(tx, person.id);
      if (!licence) throw noLicence();
      const { problems, fee } = await problemsOf(ctx, licence);
      if (problems.length > 0 || !fee) throw ruleProblem(409, 'case-incomplete', problems, '/stepData');
      const request = caseRow.stepData.request as DrivingLicenceRequestData;
      await orders.insertOrder(
        {
          caseId: caseRow.id,
          municipalityId: caseRow.municipalityId,
          personId: person.id,
          kind: request.kind,
          duplicateReason: request.kind === 'duplicate' ? request.duplicateReason! : null,
          currentLicenceId: licence.id,
          currentExpiresOn: licence.expiresOn,
          healthLimited: licence.healthLimited,
          feeOre: fee.amountOre,
          feeYear: fee.year,
          feeWaiver: fee.waiver,
          orderedBy: staff.id,
        },
        tx,
      );
      await documents.setStatus(tx, licence.id, oldLicenceLost(request) ? 'lost' : 'handed_in', staff.id);
    },

    async outcome(ctx): Promise<{ drivingLicence: DrivingLicenceOutcome }> {
      const order = await orders.orderByCase(ctx.caseRow.id, ctx.tx);
      const licence = order ? await documents.findById(ctx.tx, order.currentLicenceId) : await currentLicence(ctx.tx, ctx.person.id);
      let fee: FeeView | null = null;
      let feeProblem: { code: string; da: string; en: string } | undefined;
      if (order) {
        const waived = order.feeWaiver === 'health_limited';
        const label = waived ? FREE_RENEWAL : DRIVING_LICENCE_KIND_TEXT[order.kind].da;
        fee = { amountOre: order.feeOre, year: order.feeYear, approximate: false, waiver: waived ? 'health_limited' : null, label };
      } else if (licence && ctx.caseRow.status === 'draft' && ctx.caseRow.stepData.request) {
        // A missing fee table must not hide the case: the fee is then unknown, and the counter is told why and what to do.
        fee = await quote(
          ctx.tx,
          ctx.caseRow.municipalityId,
          ctx.person,
          ctx.caseRow.stepData.request as DrivingLicenceRequestData,
          licence,
        ).catch((error: unknown) => {
          if (!(error instanceof AppError) || error.status !== 409) throw error;
          feeProblem = {
            code: error.code,
            da: error.detail ?? error.title,
            en: String(error.extra.detailEn ?? error.detail ?? error.title),
          };
          return null;
        });
      }
      return {
        drivingLicence: {
          licence: licence && {
            id: licence.id,
            documentNumber: licence.documentNumber,
            expiresOn: licence.expiresOn,
            healthLimited: licence.healthLimited,
            categories: licence.categories ?? [],
            renewableFrom: renewableFrom(licence.expiresOn),
          },
          fee,
          ...(feeProblem && { feeProblem }),
          order: order && {
            kind: order.kind,
            duplicateReason: (order.duplicateReason as 'lost' | 'damaged' | null) ?? null,
            lossDeclared:
              order.kind === 'renewal' && (ctx.caseRow.stepData.request as DrivingLicenceRequestData | undefined)?.lossDeclared === true,
            orderedAt: order.orderedAt.toISOString(),
          },
        },
      };
    },

    async document(ctx) {
      const order = await orders.orderByCase(ctx.caseRow.id, ctx.tx);
      if (!order) throw new Error(`completed driving licence case ${ctx.caseRow.id} has no order`);
      const licence = await documents.findById(ctx.tx, order.currentLicenceId);
      const party = await receiptParty(repo, ctx, order.orderedBy);
      const lossDeclared = (ctx.caseRow.stepData.request as DrivingLicenceRequestData | undefined)?.lossDeclared === true;
      return renderReceipt(drivingLicenceReceipt(party, order, licence?.documentNumber ?? '–', lossDeclared));
    },
  });
}
