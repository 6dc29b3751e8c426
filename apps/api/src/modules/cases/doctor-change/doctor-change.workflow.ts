import { DOCTOR_CHANGE_STEP_SCHEMAS, type DoctorChangeOutcome } from '@skranke/contracts';
import type { Tx } from '@skranke/db';
import {
  DOCTOR_CHANGE_STEP_TEXT,
  DOCTOR_CHANGE_STEPS,
  doctorChangeIsFree,
  doctorReachProblems,
  doctorStepProblems,
  groupChangeProblems,
  groupStepProblems,
  haversineKm,
  missingSteps,
  serviceDay,
  underStep,
  type DoctorChangeDoctorData,
  type DoctorChangePaymentData,
  type DoctorChangeReason,
  type DoctorChangeReasonData,
  type DoctorChangeGroupData,
  type InsuranceGroup,
  type RuleProblem,
} from '@skranke/domain';
import { renderReceipt } from '../../../floor/documents/receipt-pdf.ts';
import type { DoctorRegister, HealthInsurance, OpenDoctorRegister } from '../../../floor/registers/doctor-register.ts';
import type { PersonRecord } from '../../../floor/registers/person-register.ts';
import type { CasesRepository } from '../cases.repository.ts';
import {
  DOCTOR_CHANGE_TYPE,
  doctorView,
  feeOrProblem,
  healthCardFeeView,
  homeOf,
  insuranceView,
  noHome,
  type FeeView,
  type Home,
} from '../health-shared.ts';
import { defineWorkflow, receiptParty, refuseStep, ruleProblem } from '../workflow-kit.ts';
import type { CaseContext, CaseWorkflow } from '../workflow.ts';
import { doctorChangeReceipt } from './doctor-change-receipt.ts';
import type { DoctorChangeRepository } from './doctor-change.repository.ts';

const MOVING_FREE = { reason: 'moving', label: 'Gratis: lægeskift ved flytning' };

const UNKNOWN_DOCTOR: RuleProblem = {
  field: '/doctorId',
  code: 'doctor-not-found',
  da: 'Lægen findes ikke i lægeregisteret.',
  en: 'The doctor is not in the doctor register.',
};

/**
 * Lægeskift (domain.md §5): why, the group (12-month rule), the doctor (group 1: open to new patients and within
 * 15 km, 5 km in the Copenhagen area, of home), and the fee (free when moving, else a new health card's fee from
 * the fee table). Completing records the choice in the doctor register and the new card's date.
 */
export function doctorChangeWorkflow(deps: {
  repo: CasesRepository;
  changes: DoctorChangeRepository;
  openDoctors: OpenDoctorRegister;
}): CaseWorkflow {
  const { repo, changes, openDoctors } = deps;

  const quote = (tx: Tx, municipalityId: string, person: PersonRecord, reason: DoctorChangeReason) =>
    healthCardFeeView(tx, municipalityId, person, doctorChangeIsFree(reason) ? MOVING_FREE : null);

  function placed(person: PersonRecord): Home {
    const home = homeOf(person);
    if (!home) throw noHome();
    return home;
  }

  /** The doctor step's rules: the group's need for a doctor, then the doctor's reach and openness. */
  async function doctorProblems(
    register: DoctorRegister,
    home: Home,
    group: InsuranceGroup,
    data: DoctorChangeDoctorData,
    ins: HealthInsurance,
  ) {
    const problems = doctorStepProblems(group, data, { group: ins.group, doctorId: ins.doctor?.id ?? null });
    if (problems.length > 0 || !data.doctorId) return problems;
    const doctor = await register.findById(data.doctorId);
    if (!doctor) return [UNKNOWN_DOCTOR];
    return doctorReachProblems(doctor, home.point, home.municipalityCode);
  }

  async function problemsOf(ctx: CaseContext, register: DoctorRegister, ins: HealthInsurance, home: Home) {
    const data = ctx.caseRow.stepData;
    const problems: RuleProblem[] = missingSteps(DOCTOR_CHANGE_STEPS, DOCTOR_CHANGE_STEP_TEXT, data);
    const reason = (data.reason as DoctorChangeReasonData | undefined)?.reason;
    const group = (data.group as DoctorChangeGroupData | undefined)?.group;
    if (!reason || !group) return { problems, fee: null };
    const today = serviceDay(new Date());
    problems.push(...groupStepProblems(reason, ins.group, group).map(underStep('group')));
    problems.push(...groupChangeProblems(ins.group, group, ins.groupChangedOn, today).map(underStep('group')));
    if (data.doctor)
      problems.push(...(await doctorProblems(register, home, group, data.doctor as DoctorChangeDoctorData, ins)).map(underStep('doctor')));
    const fee = await quote(ctx.tx, ctx.caseRow.municipalityId, ctx.person, reason);
    if (data.payment && fee.amountOre > 0 && !(data.payment as DoctorChangePaymentData).paid)
      problems.push({ field: '/payment/paid', code: 'payment-required', da: 'Gebyret skal være betalt.', en: 'The fee must be paid.' });
    return { problems, fee };
  }

  return defineWorkflow({
    type: DOCTOR_CHANGE_TYPE,
    steps: DOCTOR_CHANGE_STEPS,
    schemas: DOCTOR_CHANGE_STEP_SCHEMAS,
    stepText: DOCTOR_CHANGE_STEP_TEXT,
    needs: {
      group: { step: 'reason' },
      doctor: { step: 'group', because: 'i gruppe 2 vælges ingen læge', becauseEn: 'group 2 has no doctor' },
      payment: { step: 'reason', because: 'gebyret afhænger af årsagen', becauseEn: 'the fee depends on the reason' },
    },

    async checkStart({ person }) {
      placed(person);
    },

    async validateStep(step, data, { tx, staff, person, stepData }) {
      const register = openDoctors(tx);
      const ins = await register.insuranceOf(person.id);
      const reason = (step === 'reason' ? (data as DoctorChangeReasonData) : (stepData.reason as DoctorChangeReasonData)).reason;
      const today = serviceDay(new Date());
      if (step === 'group') {
        const { group } = data as DoctorChangeGroupData;
        refuseStep([...groupStepProblems(reason, ins.group, group), ...groupChangeProblems(ins.group, group, ins.groupChangedOn, today)]);
      }
      if (step === 'doctor') {
        const { group } = stepData.group as DoctorChangeGroupData;
        refuseStep(await doctorProblems(register, placed(person), group, data as DoctorChangeDoctorData, ins));
      }
      if (step === 'payment') {
        const fee = await quote(tx, staff.municipalityId, person, reason);
        if (fee.amountOre > 0 && !(data as DoctorChangePaymentData).paid)
          refuseStep([
            {
              field: '/paid',
              code: 'payment-required',
              da: 'Gebyret skal være betalt, før lægeskiftet registreres.',
              en: 'The fee must be paid before the change is registered.',
            },
          ]);
      }
      return { ...(data as Record<string, unknown>) };
    },

    async complete(ctx) {
      const { tx, staff, person, caseRow } = ctx;
      const register = openDoctors(tx);
      const ins = await register.insuranceOf(person.id);
      const home = placed(person);
      const { problems, fee } = await problemsOf(ctx, register, ins, home);
      if (problems.length > 0 || !fee) throw ruleProblem(409, 'case-incomplete', problems, '/stepData');
      const reason = (caseRow.stepData.reason as DoctorChangeReasonData).reason;
      const group = (caseRow.stepData.group as DoctorChangeGroupData).group;
      const doctorId = group === 1 ? ((caseRow.stepData.doctor as DoctorChangeDoctorData).doctorId ?? null) : null;
      const doctor = doctorId ? await register.findById(doctorId) : null;
      const today = serviceDay(new Date());
      await changes.insert(
        {
          caseId: caseRow.id,
          municipalityId: caseRow.municipalityId,
          personId: person.id,
          reason,
          fromDoctorId: ins.doctor?.id ?? null,
          toDoctorId: doctorId,
          groupFrom: ins.group,
          groupTo: group,
          distanceM: doctor ? Math.round(haversineKm(home.point, doctor.location) * 1000) : null,
          feeOre: fee.amountOre,
          feeYear: fee.year,
          changedBy: staff.id,
        },
        tx,
      );
      await register.recordChoice({ personId: person.id, group, doctorId, on: today, groupChanged: group !== ins.group });
      // A change of doctor or group comes with a new card (its 4 years start today).
      await register.recordCardIssued(person.id, today);
    },

    async outcome(ctx): Promise<{ doctorChange: DoctorChangeOutcome }> {
      const register = openDoctors(ctx.tx);
      const ins = await register.insuranceOf(ctx.person.id);
      const change = await changes.byCase(ctx.caseRow.id, ctx.tx);
      const reason = (ctx.caseRow.stepData.reason as DoctorChangeReasonData | undefined)?.reason;
      let priced: Awaited<ReturnType<typeof feeOrProblem>> = { fee: null };
      if (change) {
        const free = doctorChangeIsFree(change.reason as DoctorChangeReason);
        const fee: FeeView = {
          amountOre: change.feeOre,
          year: change.feeYear,
          approximate: false,
          freeBecause: free ? MOVING_FREE.reason : null,
          label: free ? MOVING_FREE.label : 'Nyt sundhedskort',
        };
        priced = { fee };
      } else if (reason && ctx.caseRow.status === 'draft') {
        priced = await feeOrProblem(() => quote(ctx.tx, ctx.caseRow.municipalityId, ctx.person, reason));
      }
      const from = change?.fromDoctorId ? await register.findById(change.fromDoctorId) : null;
      const to = change?.toDoctorId ? await register.findById(change.toDoctorId) : null;
      return {
        doctorChange: {
          insurance: insuranceView(ins),
          ...priced,
          change: change && {
            reason: change.reason as DoctorChangeReason,
            groupFrom: change.groupFrom as InsuranceGroup,
            groupTo: change.groupTo as InsuranceGroup,
            from: from && doctorView(from),
            to: to && doctorView(to, change.distanceM === null ? null : change.distanceM / 1000),
            changedAt: change.changedAt.toISOString(),
          },
        },
      };
    },

    async document(ctx) {
      const change = await changes.byCase(ctx.caseRow.id, ctx.tx);
      if (!change) throw new Error(`completed doctor change case ${ctx.caseRow.id} has no change`);
      const register = openDoctors(ctx.tx);
      const from = change.fromDoctorId ? await register.findById(change.fromDoctorId) : null;
      const to = change.toDoctorId ? await register.findById(change.toDoctorId) : null;
      const party = await receiptParty(repo, ctx, change.changedBy);
      const free = doctorChangeIsFree(change.reason as DoctorChangeReason) ? MOVING_FREE.label : null;
      return renderReceipt(doctorChangeReceipt(party, change, from, to, free));
    },
  });
}
