import { Paper, Stepper } from '@mantine/core';
import type { Case } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { completeCase, saveCaseStep } from '../../../../features/cases/actions.ts';
import { caseKeys } from '../../../../features/cases/queries.ts';
import { problemMessages } from '../../../../features/cases/problem-fields.ts';
import { citizenKeys } from '../../../../features/citizens/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApiError } from '../../../../lib/http.ts';
import { ApplicantStep, type ApplicantData } from './ApplicantStep.tsx';
import { DraftClosingActions } from './DraftClosingActions.tsx';
import { DeclarationStep, type DeclarationData } from './DeclarationStep.tsx';
import { IdentificationStep, type IdentificationData } from './IdentificationStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { activeStepHeading, useFocusOnChange } from '../../../../lib/focus.ts';

/** Where a (re)opened draft continues: the first step not saved yet, or the review once all are. */
const resumeAt = (kase: Case) => (kase.currentStep ? Math.max(0, kase.steps.indexOf(kase.currentStep)) : kase.steps.length);

/** The Digital Post exemption, one Stepper step per workflow step; each step is saved (and validated) on the server. */
export function CaseWizard({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t } = useI18n();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const [active, setActive] = useState(() => resumeAt(kase));
  // After a step is saved (or another chosen), the keyboard starts at the new step's heading, not <body>.
  useFocusOnChange(active, activeStepHeading);
  const reachable = resumeAt(kase);

  const onFailure = (error: unknown) => {
    if (error instanceof ApiError && error.problem?.code === 'stale-version') {
      // Someone else saved meanwhile: show their version and say so, rather than overwrite it.
      void queryClient.invalidateQueries({ queryKey: caseKeys.case(kase.id) });
    }
    if (problemMessages(error).length === 0 || (error instanceof ApiError && error.status === 409)) notice.showError(error);
  };

  const save = useMutation({
    mutationFn: ({ step, data }: { step: string; data: Record<string, unknown> }) => saveCaseStep(auth, kase, step, data),
    onMutate: () => notice.clear(),
    onSuccess: (saved) => {
      queryClient.setQueryData(caseKeys.case(saved.id), saved);
      setActive((index) => Math.min(index + 1, saved.steps.length));
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
  });
  const stepData = kase.stepData as { applicant?: ApplicantData; identification?: IdentificationData; declaration?: DeclarationData };
  const goTo = (index: number) => {
    if (index > reachable) return;
    save.reset();
    setActive(index);
  };

  return (
    <Paper withBorder radius="md" p="xl">
      <Notice notice={notice.notice} onClose={notice.clear} />
      <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="sm" mt={notice.notice ? 'md' : 0}>
        <Stepper.Step label={t('wizard.step.applicant')} description={t('wizard.step.applicantHint')}>
          <ApplicantStep
            key={`applicant-${kase.version}`}
            initial={stepData.applicant}
            {...stepProps('applicant')}
            onSave={(data) => save.mutate({ step: 'applicant', data })}
          />
        </Stepper.Step>
        <Stepper.Step label={t('wizard.step.identification')} description={t('wizard.step.identificationHint')}>
          <IdentificationStep
            key={`identification-${kase.version}`}
            applicantType={stepData.applicant?.applicantType}
            initial={stepData.identification}
            {...stepProps('identification')}
            onSave={(data) => save.mutate({ step: 'identification', data })}
          />
        </Stepper.Step>
        <Stepper.Step label={t('wizard.step.declaration')} description={t('wizard.step.declarationHint')}>
          <DeclarationStep
            key={`declaration-${kase.version}`}
            initial={stepData.declaration}
            {...stepProps('declaration')}
            onSave={(data) => save.mutate({ step: 'declaration', data })}
          />
        </Stepper.Step>
        <Stepper.Step label={t('wizard.step.review')} description={t('wizard.step.reviewHint')}>
          <ReviewStep
            kase={kase}
            pending={complete.isPending}
            error={complete.error}
            onBack={() => setActive(kase.steps.length - 1)}
            onComplete={() => complete.mutate()}
          />
        </Stepper.Step>
      </Stepper>
      <DraftClosingActions kase={kase} auth={auth} refusable />
    </Paper>
  );
}
