import type { Case } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../auth/session.ts';
import { useNotice } from '../../components/Notice/Notice.tsx';
import { ApiError } from '../../lib/http.ts';
import { activeStepHeading, useFocusOnChange } from '../../lib/focus.ts';
import { citizenKeys } from '../citizens/queries.ts';
import { completeCase, saveCaseStep } from './actions.ts';
import { problemMessages } from './problem-fields.ts';
import { caseKeys } from './queries.ts';

export interface CaseStepsOptions {
  /** The saved steps already decide the case (a MitID refusal): the wizard goes to its last step. */
  finishEarly?: (saved: Case) => boolean;
  /** Conflicts (409) the last step shows itself, beside what blocks it, rather than in the notice. */
  conflictsShownInStep?: readonly string[];
}

const never = () => false;

/**
 * Saving steps and completing for every guided case wizard: each step is saved and validated on the server (its
 * field errors shown in the step, anything else in the notice), a stale version reloads the case, and a (re)opened
 * draft resumes at the first step not saved yet, or at the last step once all are.
 */
export function useCaseSteps(kase: Case, auth: AuthSession, { finishEarly = never, conflictsShownInStep = [] }: CaseStepsOptions = {}) {
  const notice = useNotice();
  const queryClient = useQueryClient();
  const resumeAt = (c: Case) => (finishEarly(c) || !c.currentStep ? c.steps.length : Math.max(0, c.steps.indexOf(c.currentStep)));
  const [active, setActive] = useState(() => resumeAt(kase));
  // After a step is saved (or another chosen), the keyboard starts at the new step's heading, not <body>.
  useFocusOnChange(active, activeStepHeading);
  const reachable = resumeAt(kase);

  const onFailure = (error: unknown) => {
    if (error instanceof ApiError && error.problem?.code === 'stale-version') {
      // Someone else saved meanwhile: show their version and say so, rather than overwrite it.
      void queryClient.invalidateQueries({ queryKey: caseKeys.case(kase.id) });
    }
    const conflict = error instanceof ApiError && error.status === 409 && !conflictsShownInStep.includes(error.problem?.code ?? '');
    if (problemMessages(error).length === 0 || conflict) notice.showError(error);
  };

  const save = useMutation({
    mutationFn: ({ step, data }: { step: string; data: Record<string, unknown> }) => saveCaseStep(auth, kase, step, data),
    onMutate: () => notice.clear(),
    onSuccess: (saved) => {
      queryClient.setQueryData(caseKeys.case(saved.id), saved);
      setActive((index) => (finishEarly(saved) ? saved.steps.length : Math.min(index + 1, saved.steps.length)));
    },
    onError: onFailure,
  });
  const complete = useMutation({
    mutationFn: () => completeCase(auth, kase),
    onMutate: () => notice.clear(),
    onSuccess: (completed) => {
      queryClient.setQueryData(caseKeys.case(completed.id), completed);
      void queryClient.invalidateQueries({ queryKey: citizenKeys.citizen(completed.citizen.id) });
    },
    onError: onFailure,
  });

  /** What each step's form needs: saving, its error, and the way back. */
  const stepProps = (step: string) => ({
    pending: save.isPending,
    error: save.variables?.step === step ? save.error : null,
    onBack: active > 0 ? () => setActive(active - 1) : undefined,
    onSave: (data: object) => save.mutate({ step, data: data as Record<string, unknown> }),
  });
  /** What the last step (read back, then complete) needs: completing, its error, and the way back to the last step. */
  const completeProps = {
    pending: complete.isPending,
    error: complete.error,
    onBack: () => setActive(kase.steps.length - 1),
    onComplete: () => complete.mutate(),
  };
  const goTo = (index: number) => {
    if (index > Math.max(reachable, active)) return;
    save.reset();
    setActive(index);
  };

  return { notice, active, setActive, goTo, stepProps, completeProps };
}
