import type { RuleProblem } from '../digital-post/rules.ts';
import type { DoctorChangeReason, InsuranceGroup } from './rules.ts';

/**
 * Lægeskift at the counter: why (moving, a wish, a change of group), the group (1 or 2, the 12-month rule), the doctor
 * (group 1: open to new patients, within reach; group 2 has none), and the fee (free when moving, else a new card's).
 */
export const DOCTOR_CHANGE_STEPS = ['reason', 'group', 'doctor', 'payment'] as const;
export type DoctorChangeStep = (typeof DOCTOR_CHANGE_STEPS)[number];

export const DOCTOR_CHANGE_STEP_TEXT: Record<DoctorChangeStep, string> = {
  reason: 'Årsag',
  group: 'Sygesikringsgruppe',
  doctor: 'Valg af læge',
  payment: 'Gebyr',
};

export interface DoctorChangeReasonData {
  reason: DoctorChangeReason;
}
export interface DoctorChangeGroupData {
  group: InsuranceGroup;
}
export interface DoctorChangeDoctorData {
  /** Required for group 1; absent for group 2. */
  doctorId?: string;
}
export interface DoctorChangePaymentData {
  paid: boolean;
}

const problem = (field: string, code: string, da: string, en: string): RuleProblem => ({ field, code, da, en });

/** A change of group must change the group; other reasons may keep it. */
export function groupStepProblems(reason: DoctorChangeReason, current: InsuranceGroup, wanted: InsuranceGroup): RuleProblem[] {
  if (reason === 'group_change' && current === wanted)
    return [
      problem(
        '/group',
        'group-unchanged',
        `Borgeren er allerede i gruppe ${current}. Vælg den anden gruppe, eller vælg en anden årsag.`,
        `The citizen is already in group ${current}.`,
      ),
    ];
  return [];
}

/** Group 1 chooses a doctor (not the one already chosen, unless the group changes); group 2 chooses none. */
export function doctorStepProblems(
  group: InsuranceGroup,
  data: DoctorChangeDoctorData,
  current: { group: InsuranceGroup; doctorId: string | null },
): RuleProblem[] {
  if (group === 2)
    return data.doctorId
      ? [problem('/doctorId', 'no-doctor-in-group-2', 'I gruppe 2 vælges ingen fast læge.', 'Group 2 has no doctor of its own.')]
      : [];
  if (!data.doctorId) return [problem('/doctorId', 'doctor-required', 'Vælg en læge.', 'Choose a doctor.')];
  if (current.group === 1 && data.doctorId === current.doctorId)
    return [
      problem('/doctorId', 'same-doctor', 'Borgeren har allerede denne læge. Vælg en anden.', 'The citizen already has this doctor.'),
    ];
  return [];
}
