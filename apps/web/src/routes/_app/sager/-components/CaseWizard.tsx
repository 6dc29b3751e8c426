import { Paper, Stepper } from '@mantine/core';
import type { Case } from '@skranke/contracts';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice } from '../../../../components/Notice/Notice.tsx';
import { useCaseSteps } from '../../../../features/cases/use-case-steps.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApplicantStep, type ApplicantData } from './ApplicantStep.tsx';
import { DraftClosingActions } from './DraftClosingActions.tsx';
import { DeclarationStep, type DeclarationData } from './DeclarationStep.tsx';
import { IdentificationStep, type IdentificationData } from './IdentificationStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';

/** The Digital Post exemption, one Stepper step per workflow step; each step is saved (and validated) on the server. */
export function CaseWizard({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t } = useI18n();
  const { notice, active, goTo, stepProps, completeProps } = useCaseSteps(kase, auth);
  const stepData = kase.stepData as { applicant?: ApplicantData; identification?: IdentificationData; declaration?: DeclarationData };

  return (
    <Paper withBorder radius="md" p="xl">
      <Notice notice={notice.notice} onClose={notice.clear} />
      <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="sm" mt={notice.notice ? 'md' : 0}>
        <Stepper.Step label={t('wizard.step.applicant')} description={t('wizard.step.applicantHint')}>
          <ApplicantStep
            key={`applicant-${kase.version}`}
            initial={stepData.applicant}
            representations={{ citizenId: kase.citizen.id, auth, purpose: 'digital-post' }}
            {...stepProps('applicant')}
          />
        </Stepper.Step>
        <Stepper.Step label={t('wizard.step.identification')} description={t('wizard.step.identificationHint')}>
          <IdentificationStep
            key={`identification-${kase.version}`}
            applicantType={stepData.applicant?.applicantType}
            initial={stepData.identification}
            {...stepProps('identification')}
          />
        </Stepper.Step>
        <Stepper.Step label={t('wizard.step.declaration')} description={t('wizard.step.declarationHint')}>
          <DeclarationStep key={`declaration-${kase.version}`} initial={stepData.declaration} {...stepProps('declaration')} />
        </Stepper.Step>
        <Stepper.Step label={t('wizard.step.review')} description={t('wizard.step.reviewHint')}>
          <ReviewStep kase={kase} {...completeProps} />
        </Stepper.Step>
      </Stepper>
      <DraftClosingActions kase={kase} auth={auth} refusable />
    </Paper>
  );
}
