import { Alert, List, Paper, Stack, Stepper, Text } from '@mantine/core';
import type { Case, HealthCardOutcome, HealthCardRequestStep } from '@skranke/contracts';
import { HEALTH_CARD_KIND_TEXT, HEALTH_CARD_REASON_TEXT } from '@skranke/domain';
import { IconCheck, IconCircleCheck } from '@tabler/icons-react';
import type { AuthSession } from '../../../../../auth/session.ts';
import { CaseDoneFooter } from '../../../../../components/CaseDoneFooter/CaseDoneFooter.tsx';
import { Notice } from '../../../../../components/Notice/Notice.tsx';
import { useCaseSteps } from '../../../../../features/cases/use-case-steps.ts';
import { formatCivilDate, formatMoment } from '../../../../../features/citizens/format.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CaseDocumentSection } from '../CaseDocumentSection.tsx';
import { CaseDone } from '../CaseDone.tsx';
import { CaseReview } from '../CaseReview.tsx';
import { DoneAlert } from '../DoneAlert.tsx';
import { DraftClosingActions } from '../DraftClosingActions.tsx';
import { FeeText, HealthFeeStep, RequestStep } from './HealthCardSteps.tsx';

interface HealthCardStepData {
  request?: HealthCardRequestStep;
  payment?: { paid: boolean };
}

/** The citizen's group, doctor and card as the register holds them. */
export function InsuranceLine({ insurance }: { insurance: HealthCardOutcome['insurance'] }) {
  const { t, formatDate } = useI18n();
  const doctor = insurance.group === 2 ? t('health.insurance.group2') : (insurance.doctor?.clinicName ?? t('health.insurance.noDoctor'));
  return (
    <Alert variant="light" color="gray">
      {t('health.insurance.line', { group: String(insurance.group), doctor })}{' '}
      {insurance.cardIssuedOn
        ? t('health.insurance.card', { date: formatCivilDate(formatDate, insurance.cardIssuedOn) })
        : t('health.insurance.noCard')}
    </Alert>
  );
}

/** Sundhedskort: the card on record, the wizard while a draft, then the order (or temporary certificate) and receipt. */
export function HealthCardCase({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const insurance = kase.healthCard?.insurance;
  return (
    <Stack gap="md">
      {insurance && <InsuranceLine insurance={insurance} />}
      {kase.status === 'draft' ? (
        <>
          <HealthCardWizard kase={kase} auth={auth} />
          <DraftClosingActions kase={kase} auth={auth} />
        </>
      ) : kase.status === 'cancelled' ? (
        <CaseDone kase={kase} auth={auth} />
      ) : (
        <HealthCardDone kase={kase} auth={auth} />
      )}
    </Stack>
  );
}

function HealthCardWizard({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, language } = useI18n();
  const { notice, active, goTo, stepProps, completeProps } = useCaseSteps(kase, auth);
  const data = kase.stepData as HealthCardStepData;
  const key = (step: string) => `${step}-${kase.version}`;
  const fee = kase.healthCard?.fee ?? null;
  const temporary = data.request?.kind === 'temporary';

  return (
    <Paper withBorder radius="md" p="xl">
      <Notice notice={notice.notice} onClose={notice.clear} />
      <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="sm" mt={notice.notice ? 'md' : 0}>
        <Stepper.Step label={t('healthCard.step.request')} description={t('healthCard.step.requestHint')}>
          <RequestStep key={key('request')} initial={data.request} {...stepProps('request')} />
        </Stepper.Step>
        <Stepper.Step label={t('healthCard.step.payment')} description={t('healthCard.step.paymentHint')}>
          <HealthFeeStep
            key={key('payment')}
            id="health-card-payment"
            fee={fee}
            feeProblem={kase.healthCard?.feeProblem}
            initial={data.payment}
            {...stepProps('payment')}
          />
        </Stepper.Step>
        <Stepper.Step label={t('healthCard.step.review')} description={t('healthCard.step.reviewHint')}>
          <CaseReview
            heading={t('healthCard.review.heading')}
            completeLabel={t(temporary ? 'healthCard.review.print' : 'healthCard.review.order')}
            completeIcon={<IconCheck size={18} aria-hidden />}
            {...completeProps}
          >
            <List spacing="xs">
              {data.request && (
                <List.Item>{t('healthCard.review.kind', { kind: HEALTH_CARD_KIND_TEXT[data.request.kind][language] })}</List.Item>
              )}
              {data.request && (
                <List.Item>{t('healthCard.review.reason', { reason: HEALTH_CARD_REASON_TEXT[data.request.reason][language] })}</List.Item>
              )}
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

function HealthCardDone({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, language, formatDate } = useI18n();
  const order = kase.healthCard?.order;
  const fee = kase.healthCard?.fee;
  const temporary = order?.kind === 'temporary';
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="lg">
        <DoneAlert
          heading={t(temporary ? 'healthCard.done.headingTemporary' : 'healthCard.done.heading')}
          color="green"
          icon={<IconCircleCheck aria-hidden />}
        >
          {order && (
            <Text mt="xs">
              {temporary && order.temporaryValidUntil
                ? t('healthCard.done.temporary', { date: formatCivilDate(formatDate, order.temporaryValidUntil) })
                : t('healthCard.done.line', {
                    kind: HEALTH_CARD_KIND_TEXT[order.kind][language],
                    date: formatMoment(formatDate, order.orderedAt),
                  })}
            </Text>
          )}
          {fee && <FeeText fee={fee} />}
        </DoneAlert>
        <CaseDocumentSection headingId="health-card-receipt-heading" caseId={kase.id} auth={auth} />
        <CaseDoneFooter kase={kase} purpose="sundhedskort" />
      </Stack>
    </Paper>
  );
}
