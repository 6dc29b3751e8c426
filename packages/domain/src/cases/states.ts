/**
 * The life of a case (sag), shared by every guided workflow: a draft is saved step by step and resumed, then ends
 * completed (granted and registered), refused (afslag) or cancelled; a completed grant can later be revoked, and a
 * refusal overturned on appeal becomes a grant.
 */
export type CaseStatus = 'draft' | 'completed' | 'refused' | 'cancelled' | 'revoked';
export type CaseAction = 'save_step' | 'complete' | 'refuse' | 'cancel' | 'revoke' | 'overturn';

export const CASE_STATUSES: readonly CaseStatus[] = ['draft', 'completed', 'refused', 'cancelled', 'revoked'];
export const CASE_ACTIONS: readonly CaseAction[] = ['save_step', 'complete', 'refuse', 'cancel', 'revoke', 'overturn'];

const TRANSITIONS: Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>> = {
  draft: { save_step: 'draft', complete: 'completed', refuse: 'refused', cancel: 'cancelled' },
  completed: { revoke: 'revoked' },
  refused: { overturn: 'completed' },
  cancelled: {},
  revoked: {},
};

/** The status after `action`, or null when the action is not allowed in `from`. */
export function nextCaseStatus(from: CaseStatus, action: CaseAction): CaseStatus | null {
  return TRANSITIONS[from][action] ?? null;
}

/** A draft is the only status in which steps can still change. */
export const isOpenCase = (status: CaseStatus) => status === 'draft';

export interface StepState {
  /** Steps in the order the workflow walks them. */
  steps: readonly string[];
  /** Steps saved so far. */
  saved: readonly string[];
}

/** The first step not yet saved, or null when every step is saved (the case can be completed). */
export function currentStep({ steps, saved }: StepState): string | null {
  return steps.find((s) => !saved.includes(s)) ?? null;
}
