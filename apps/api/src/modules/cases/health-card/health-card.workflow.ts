import { HEALTH_CARD_STEP_SCHEMAS, type HealthCardOutcome } from '@skranke/contracts';
import type { Tx } from '@skranke/db';
import {
  HEALTH_CARD_FREE_TEXT,
  HEALTH_CARD_STEP_TEXT,
  HEALTH_CARD_STEPS,
  healthCardFee,
  healthCardPaymentProblems,
  healthCardRequestProblems,
  missingSteps,
  serviceDay,
  temporaryCertificateValidUntil,
  underStep,
  type HealthCardKind,
  type HealthCardPaymentData,
  type HealthCardReason,
  type HealthCardRequestData,
  type RuleProblem,
} from '@skranke/domain';
import { renderReceipt } from '../../../floor/documents/receipt-pdf.ts';
import type { HealthInsurance, OpenDoctorRegister } from '../../../floor/registers/doctor-register.ts';
import type { PersonRecord } from '../../../floor/registers/person-register.ts';
import type { CasesRepository } from '../cases.repository.ts';
import { defineWorkflow, receiptParty, refuseStep, ruleProblem } from '../workflow-kit.ts';
import type { CaseContext, CaseWorkflow } from '../workflow.ts';
import { healthCardReceipt } from './health-card-receipt.ts';
import type { HealthCardRepository } from './health-card.repository.ts';
import { feeOrProblem, HEALTH_CARD_TYPE, healthCardFeeView, insuranceView, type FeeView } from '../health-shared.ts';

/**
 * Sundhedskort (domain.md §5): the request (new card, replacement, temporary certificate, and why) checked against
 * the card on record, then the fee (from the fee table, or free and why). Completing orders the card (the register
 * records the new card's date) or prints the temporary certificate; the receipt is the kvittering or the certificate.
 */
export function healthCardWorkflow(deps: {
  repo: CasesRepository;
  orders: HealthCardRepository;
  openDoctors: OpenDoctorRegister;
}): CaseWorkflow {
  const { repo, orders, openDoctors } = deps;

  function quote(tx: Tx, municipalityId: string, person: PersonRecord, request: HealthCardRequestData, ins: HealthInsurance) {
    const rule = healthCardFee(request, { issuedOn: ins.cardIssuedOn }, serviceDay(new Date()));
    const free = 'free' in rule ? { reason: rule.free, label: HEALTH_CARD_FREE_TEXT[rule.free].da } : null;
    return healthCardFeeView(tx, municipalityId, person, free);
  }

  async function problemsOf(ctx: CaseContext, ins: HealthInsurance): Promise<{ problems: RuleProblem[]; fee: FeeView | null }> {
    const data = ctx.caseRow.stepData;
    const problems = missingSteps(HEALTH_CARD_STEPS, HEALTH_CARD_STEP_TEXT, data);
    const request = data.request as HealthCardRequestData | undefined;
    if (!request) return { problems, fee: null };
    problems.push(...healthCardRequestProblems(request, { issuedOn: ins.cardIssuedOn }).map(underStep('request')));
    const fee = await quote(ctx.tx, ctx.caseRow.municipalityId, ctx.person, request, ins);
    if (data.payment)
      problems.push(...healthCardPaymentProblems(data.payment as HealthCardPaymentData, fee.amountOre).map(underStep('payment')));
    return { problems, fee };
  }

  return defineWorkflow({
    type: HEALTH_CARD_TYPE,
    steps: HEALTH_CARD_STEPS,
    schemas: HEALTH_CARD_STEP_SCHEMAS,
    stepText: HEALTH_CARD_STEP_TEXT,
    needs: {
      payment: {
        step: 'request',
        because: 'gebyret afhænger af kortet og årsagen',
        becauseEn: 'the fee depends on the card and the reason',
      },
    },

    async checkStart() {},

    async validateStep(step, data, { tx, staff, person, stepData }) {
      const ins = await openDoctors(tx).insuranceOf(person.id);
      if (step === 'request') refuseStep(healthCardRequestProblems(data as HealthCardRequestData, { issuedOn: ins.cardIssuedOn }));
      if (step === 'payment') {
        const fee = await quote(tx, staff.municipalityId, person, stepData.request as HealthCardRequestData, ins);
        refuseStep(healthCardPaymentProblems(data as HealthCardPaymentData, fee.amountOre));
      }
      return { ...(data as Record<string, unknown>) };
    },

    async complete(ctx) {
      const { tx, staff, person, caseRow } = ctx;
      const register = openDoctors(tx);
      const ins = await register.insuranceOf(person.id);
      const { problems, fee } = await problemsOf(ctx, ins);
      if (problems.length > 0 || !fee) throw ruleProblem(409, 'case-incomplete', problems, '/stepData');
      const request = caseRow.stepData.request as HealthCardRequestData;
      const today = serviceDay(new Date());
      await orders.insertOrder(
        {
          caseId: caseRow.id,
          municipalityId: caseRow.municipalityId,
          personId: person.id,
          kind: request.kind,
          reason: request.reason,
          feeOre: fee.amountOre,
          feeYear: fee.year,
          freeBecause: fee.freeBecause,
          temporaryValidUntil: request.kind === 'temporary' ? temporaryCertificateValidUntil(today) : null,
          orderedBy: staff.id,
        },
        tx,
      );
      // The new card's date starts its 4 years; a temporary certificate is no card.
      if (request.kind !== 'temporary') await register.recordCardIssued(person.id, today);
    },

    async outcome(ctx): Promise<{ healthCard: HealthCardOutcome }> {
      const ins = await openDoctors(ctx.tx).insuranceOf(ctx.person.id);
      const order = await orders.orderByCase(ctx.caseRow.id, ctx.tx);
      const request = ctx.caseRow.stepData.request as HealthCardRequestData | undefined;
      let priced: Awaited<ReturnType<typeof feeOrProblem>> = { fee: null };
      if (order) {
        priced = {
          fee: {
            amountOre: order.feeOre,
            year: order.feeYear,
            approximate: false,
            freeBecause: order.freeBecause,
            label: order.freeBecause ? HEALTH_CARD_FREE_TEXT[order.freeBecause as keyof typeof HEALTH_CARD_FREE_TEXT].da : 'Sundhedskort',
          },
        };
      } else if (request && ctx.caseRow.status === 'draft') {
        priced = await feeOrProblem(() => quote(ctx.tx, ctx.caseRow.municipalityId, ctx.person, request, ins));
      }
      return {
        healthCard: {
          insurance: insuranceView(ins),
          ...priced,
          order: order && {
            kind: order.kind as HealthCardKind,
            reason: order.reason as HealthCardReason,
            orderedAt: order.orderedAt.toISOString(),
            temporaryValidUntil: order.temporaryValidUntil,
          },
        },
      };
    },

    async document(ctx) {
      const order = await orders.orderByCase(ctx.caseRow.id, ctx.tx);
      if (!order) throw new Error(`completed health card case ${ctx.caseRow.id} has no order`);
      const ins = await openDoctors(ctx.tx).insuranceOf(ctx.person.id);
      const party = await receiptParty(repo, ctx, order.orderedBy);
      const doctor =
        ins.doctor && `${ins.doctor.clinicName}, ${ins.doctor.address.street}, ${ins.doctor.address.postcode} ${ins.doctor.address.city}`;
      return renderReceipt(healthCardReceipt(party, order, doctor, ins.group));
    },
  });
}
