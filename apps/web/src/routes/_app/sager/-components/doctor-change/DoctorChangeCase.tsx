import { List, Paper, Stack, Stepper, Text } from '@mantine/core';
import type { Case } from '@skranke/contracts';
import { DOCTOR_CHANGE_REASON_TEXT, type DoctorChangeReason } from '@skranke/domain';
import { IconCheck, IconCircleCheck } from '@tabler/icons-react';
import type { AuthSession } from '../../../../../auth/session.ts';
import { CaseDoneFooter } from '../../../../../components/CaseDoneFooter/CaseDoneFooter.tsx';
import { Notice } from '../../../../../components/Notice/Notice.tsx';
import { useCaseSteps } from '../../../../../features/cases/use-case-steps.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CaseDocumentSection } from '../CaseDocumentSection.tsx';
import { CaseDone } from '../CaseDone.tsx';
import { CaseReview } from '../CaseReview.tsx';
import { DoneAlert } from '../DoneAlert.tsx';
import { DraftClosingActions } from '../DraftClosingActions.tsx';
import { FeeText, HealthFeeStep } from '../health-card/HealthCardSteps.tsx';
import { InsuranceLine } from '../health-card/HealthCardCase.tsx';
import { DoctorStep, GroupStep, ReasonStep } from './DoctorChangeSteps.tsx';

interface DoctorChangeStepData {
  reason?: { reason: DoctorChangeReason };
  group?: { group: 1 | 2 };
  doctor?: { doctorId?: string };
  payment?: { paid: boolean };
}

/** Lægeskift: the citizen's group and doctor, the wizard while a draft, then the change and its receipt. */
export function DoctorChangeCase({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const insurance = kase.doctorChange?.insurance;
  return (
    <Stack gap="md">
      {insurance && <InsuranceLine insurance={insurance} />}
      {kase.status === 'draft' ? (
        <>
          <DoctorChangeWizard kase={kase} auth={auth} />
          <DraftClosingActions kase={kase} auth={auth} />
        </>
      ) : kase.status === 'cancelled' ? (
        <CaseDone kase={kase} auth={auth} />
      ) : (
        <DoctorChangeDone kase={kase} auth={auth} />
      )}
    </Stack>
  );
}

function DoctorChangeWizard({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, language } = useI18n();
  const { notice, active, goTo, stepProps, completeProps } = useCaseSteps(kase, auth);
  const data = kase.stepData as DoctorChangeStepData;
  const key = (step: string) => `${step}-${kase.version}`;
  const outcome = kase.doctorChange;
  const fee = outcome?.fee ?? null;

  return (
    <Paper withBorder radius="md" p="xl">
      <Notice notice={notice.notice} onClose={notice.clear} />
      <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="sm" mt={notice.notice ? 'md' : 0}>
        <Stepper.Step label={t('doctorChange.step.reason')} description={t('doctorChange.step.reasonHint')}>
          <ReasonStep key={key('reason')} initial={data.reason} {...stepProps('reason')} />
        </Stepper.Step>
        <Stepper.Step label={t('doctorChange.step.group')} description={t('doctorChange.step.groupHint')}>
          <GroupStep key={key('group')} initial={data.group} insurance={outcome?.insurance} {...stepProps('group')} />
        </Stepper.Step>
        <Stepper.Step label={t('doctorChange.step.doctor')} description={t('doctorChange.step.doctorHint')}>
          <DoctorStep
            key={key('doctor')}
            initial={data.doctor}
            group={data.group?.group}
            citizenId={kase.citizen.id}
            auth={auth}
            {...stepProps('doctor')}
          />
        </Stepper.Step>
        <Stepper.Step label={t('doctorChange.step.payment')} description={t('doctorChange.step.paymentHint')}>
          <HealthFeeStep
            key={key('payment')}
            id="doctor-change-payment"
            fee={fee}
            feeProblem={outcome?.feeProblem}
            initial={data.payment}
            {...stepProps('payment')}
          />
        </Stepper.Step>
        <Stepper.Step label={t('doctorChange.step.review')} description={t('doctorChange.step.reviewHint')}>
          <CaseReview
            heading={t('doctorChange.review.heading')}
            completeLabel={t('doctorChange.review.register')}
            completeIcon={<IconCheck size={18} aria-hidden />}
            {...completeProps}
          >
            <List spacing="xs">
              {data.reason && (
                <List.Item>
                  {t('doctorChange.review.reason', { reason: DOCTOR_CHANGE_REASON_TEXT[data.reason.reason][language] })}
                </List.Item>
              )}
              {data.group && <List.Item>{t('doctorChange.review.group', { group: String(data.group.group) })}</List.Item>}
              {fee && (
                <List.Item>
                  <FeeText fee={fee} />
                </List.Item>
              )}
            </List>
          </CaseReview>
        </Stepper.Step>
      </Stepper>
    </Paper>
  );
}

function DoctorChangeDone({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t } = useI18n();
  const change = kase.doctorChange?.change;
  const fee = kase.doctorChange?.fee;
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="lg">
        <DoneAlert heading={t('doctorChange.done.heading')} color="green" icon={<IconCircleCheck aria-hidden />}>
          {change && (
            <Text mt="xs">
              {t('doctorChange.done.line', {
                group: String(change.groupTo),
                doctor: change.to?.clinicName ?? t('health.insurance.group2'),
              })}
            </Text>
          )}
          {fee && <FeeText fee={fee} />}
        </DoneAlert>
        <CaseDocumentSection headingId="doctor-change-receipt-heading" caseId={kase.id} auth={auth} />
        <CaseDoneFooter kase={kase} purpose="sundhedskort" />
      </Stack>
    </Paper>
  );
}
