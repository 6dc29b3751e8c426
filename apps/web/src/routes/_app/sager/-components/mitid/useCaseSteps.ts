import type { Case } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../../auth/session.ts';
import { useNotice } from '../../../../../components/Notice/Notice.tsx';
import { completeCase, saveCaseStep } from '../../../../../features/cases/actions.ts';
import { caseKeys } from '../../../../../features/cases/queries.ts';
import { problemMessages } from '../../../../../features/cases/problem-fields.ts';
import { citizenKeys } from '../../../../../features/citizens/queries.ts';
import { ApiError } from '../../../../../lib/http.ts';
import { activeStepHeading, useFocusOnChange } from '../../../../../lib/focus.ts';

/**
 * Saving steps and completing for the MitID and driving-licence wizards (the Digital Post wizard's pattern): each
 * step is saved and validated on the server, a stale version reloads the case, and `finishEarly` says when the saved
 * steps already decide the case (a MitID refusal), so the wizard jumps to its last step.
 */
export function useCaseSteps(kase: Case, auth: AuthSession, finishEarly: (saved: Case) => boolean = () => false) {
  const notice = useNotice();
  const queryClient = useQueryClient();
  const resumeAt = (c: Case) => (finishEarly(c) || !c.currentStep ? c.steps.length : Math.max(0, c.steps.indexOf(c.currentStep)));
  const [active, setActive] = useState(() => resumeAt(kase));
  // After a step is saved (or another chosen), the keyboard starts at the new step's heading, not <body>.
  useFocusOnChange(active, activeStepHeading);
  const reachable = resumeAt(kase);

  const onFailure = (error: unknown) => {
    if (error instanceof ApiError && error.problem?.code === 'stale-version') {
      void queryClient.invalidateQueries({ queryKey: caseKeys.case(kase.id) });
    }
    if (problemMessages(error).length === 0 || (error instanceof ApiError && error.status === 409)) notice.showError(error);
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

  const stepProps = (step: string) => ({
    pending: save.isPending,
    error: save.variables?.step === step ? save.error : null,
    onBack: active > 0 ? () => setActive(active - 1) : undefined,
    onSave: (data: object) => save.mutate({ step, data: data as Record<string, unknown> }),
  });
  const goTo = (index: number) => {
    if (index > Math.max(reachable, active)) return;
    save.reset();
    setActive(index);
  };

  return { notice, active, setActive, goTo, stepProps, complete };
}
