import { Alert, List, Paper, Stack, Stepper, Text } from '@mantine/core';
import type { Case, DrivingLicenceIdentificationStep, DrivingLicencePaymentStep, DrivingLicenceRequestStep } from '@skranke/contracts';
import { DRIVING_LICENCE_KIND_TEXT, DUPLICATE_REASON_TEXT, formatKroner, LICENCE_PHOTO_TEXT, oldLicenceLost } from '@skranke/domain';
import { IconCheck, IconCircleCheck } from '@tabler/icons-react';
import type { AuthSession } from '../../../../../auth/session.ts';
import { Notice } from '../../../../../components/Notice/Notice.tsx';
import { formatCivilDate, formatMoment } from '../../../../../features/citizens/format.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CaseDone } from '../CaseDone.tsx';
import { DraftClosingActions } from '../DraftClosingActions.tsx';
import { CaseDocumentSection } from '../CaseDocumentSection.tsx';
import { CaseReview } from '../CaseReview.tsx';
import { DoneAlert } from '../DoneAlert.tsx';
import { useCaseSteps } from '../../../../../features/cases/use-case-steps.ts';
import { IdentificationStep, PaymentStep, RequestStep } from './DrivingLicenceSteps.tsx';
import { CaseDoneFooter } from '../../../../../components/CaseDoneFooter/CaseDoneFooter.tsx';

interface LicenceStepData {
  request?: DrivingLicenceRequestStep;
  identification?: DrivingLicenceIdentificationStep;
  payment?: DrivingLicencePaymentStep;
}

/** Kørekort renewal or duplicate: the licence on record, the wizard while a draft, then the order and its receipt. */
export function DrivingLicenceCase({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, formatDate } = useI18n();
  const licence = kase.drivingLicence?.licence;
  return (
    <Stack gap="md">
      {licence && (
        <Alert variant="light" color={licence.healthLimited ? 'blue' : 'gray'}>
          {t('licence.current', {
            number: licence.documentNumber,
            date: formatCivilDate(formatDate, licence.expiresOn),
            from: formatCivilDate(formatDate, licence.renewableFrom),
          })}
          {licence.healthLimited && ` ${t('licence.current.health')}`}
        </Alert>
      )}
      {kase.status === 'draft' ? (
        <>
          <LicenceWizard kase={kase} auth={auth} />
          <DraftClosingActions kase={kase} auth={auth} />
        </>
      ) : kase.status === 'cancelled' ? (
        <CaseDone kase={kase} auth={auth} />
      ) : (
        <LicenceDone kase={kase} auth={auth} />
      )}
    </Stack>
  );
}

function LicenceWizard({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, language } = useI18n();
  const { notice, active, goTo, stepProps, completeProps } = useCaseSteps(kase, auth);
  const data = kase.stepData as LicenceStepData;
  const key = (step: string) => `${step}-${kase.version}`;
  const fee = kase.drivingLicence?.fee;
  const yes = (value: boolean) => t(value ? 'common.yes' : 'common.no');

  return (
    <Paper withBorder radius="md" p="xl">
      <Notice notice={notice.notice} onClose={notice.clear} />
      <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="sm" mt={notice.notice ? 'md' : 0}>
        <Stepper.Step label={t('licence.step.request')} description={t('licence.step.requestHint')}>
          <RequestStep key={key('request')} initial={data.request} {...stepProps('request')} />
        </Stepper.Step>
        <Stepper.Step label={t('licence.step.identification')} description={t('licence.step.identificationHint')}>
          <IdentificationStep
            key={key('identification')}
            initial={data.identification}
            request={data.request}
            healthLimited={kase.drivingLicence?.licence?.healthLimited ?? false}
            lost={!!data.request && oldLicenceLost(data.request)}
            {...stepProps('identification')}
          />
        </Stepper.Step>
        <Stepper.Step label={t('licence.step.payment')} description={t('licence.step.paymentHint')}>
          <PaymentStep key={key('payment')} kase={kase} initial={data.payment} {...stepProps('payment')} />
        </Stepper.Step>
        <Stepper.Step label={t('licence.step.review')} description={t('licence.step.reviewHint')}>
          <CaseReview
            heading={t('licence.review.heading')}
            completeLabel={t('licence.review.order')}
            completeIcon={<IconCheck size={18} aria-hidden />}
            {...completeProps}
          >
            <List spacing="xs">
              {data.request && (
                <List.Item>
                  {t('licence.review.kind', { kind: DRIVING_LICENCE_KIND_TEXT[data.request.kind][language] })}
                  {data.request.duplicateReason && ` – ${DUPLICATE_REASON_TEXT[data.request.duplicateReason][language]}`}
                </List.Item>
              )}
              {data.request?.lossDeclared && <List.Item>{t('licence.review.lossDeclared')}</List.Item>}
              {data.identification && (
                <List.Item>{t('licence.review.photo', { photo: LICENCE_PHOTO_TEXT[data.identification.photo][language] })}</List.Item>
              )}
              {data.identification && (
                <List.Item>{t('licence.review.oldLicence', { answer: yes(data.identification.oldLicenceHandedIn) })}</List.Item>
              )}
              {data.identification?.medicalCertificate !== undefined && (
                <List.Item>{t('licence.review.medicalCertificate', { answer: yes(data.identification.medicalCertificate) })}</List.Item>
              )}
              {fee && (
                <List.Item>
                  {fee.waiver
                    ? t('licence.payment.free')
                    : t('licence.payment.amount', { amount: formatKroner(fee.amountOre), year: String(fee.year) })}
                </List.Item>
              )}
            </List>
          </CaseReview>
        </Stepper.Step>
      </Stepper>
    </Paper>
  );
}

function LicenceDone({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, language, formatDate } = useI18n();
  const order = kase.drivingLicence?.order;
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="lg">
        <DoneAlert heading={t('licence.done.heading')} color="green" icon={<IconCircleCheck aria-hidden />}>
          {order && (
            <Text mt="xs">
              {t('licence.done.line', {
                kind: DRIVING_LICENCE_KIND_TEXT[order.kind][language],
                date: formatMoment(formatDate, order.orderedAt),
              })}
            </Text>
          )}
        </DoneAlert>
        <CaseDocumentSection headingId="licence-receipt-heading" caseId={kase.id} auth={auth} />
        <CaseDoneFooter kase={kase} purpose="koerekort" />
      </Stack>
    </Paper>
  );
}
