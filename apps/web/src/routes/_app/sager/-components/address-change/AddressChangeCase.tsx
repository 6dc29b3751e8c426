import { Alert, List, Paper, Stack, Stepper, Text } from '@mantine/core';
import type {
  AddressChangeAddressStep,
  AddressChangeDateStep,
  AddressChangeDoctorStep,
  AddressChangeMoversStep,
  Case,
} from '@skranke/contracts';
import { IconCircleCheck, IconHomeMove } from '@tabler/icons-react';
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
import { AddressStep, DateStep, DoctorStep, MoversStep } from './AddressChangeSteps.tsx';

interface MoveStepData {
  address?: AddressChangeAddressStep;
  date?: AddressChangeDateStep;
  movers?: AddressChangeMoversStep;
  doctor?: AddressChangeDoctorStep;
}

const addressLine = (a: AddressChangeAddressStep) =>
  `${a.careOf ? `c/o ${a.careOf}, ` : ''}${a.street ?? ''}, ${a.postcode ?? ''} ${a.city ?? ''}`;

/** What the move means for the citizen (late reporting and the fine, Digital Post), from the server. */
function Notices({ kase }: { kase: Case }) {
  const { t, language } = useI18n();
  const outcome = kase.addressChange;
  if (!outcome) return null;
  return (
    <>
      {outcome.lateReport?.late && (
        <Alert color="yellow" variant="light" title={t('move.late.heading')}>
          {language === 'da' ? outcome.lateReport.da : outcome.lateReport.en}
        </Alert>
      )}
      {outcome.digitalPost && outcome.digitalPost.effect !== 'none' && (
        <Alert color="blue" variant="light" title="Digital Post">
          {outcome.digitalPost[language]}
        </Alert>
      )}
    </>
  );
}

/** Flytning: the wizard while a draft, then what was registered and the receipt. */
export function AddressChangeCase({ kase, auth }: { kase: Case; auth: AuthSession }) {
  return (
    <Stack gap="md">
      <Notices kase={kase} />
      {kase.status === 'draft' ? (
        <>
          <MoveWizard kase={kase} auth={auth} />
          <DraftClosingActions kase={kase} auth={auth} />
        </>
      ) : kase.status === 'completed' ? (
        <MoveDone kase={kase} auth={auth} />
      ) : (
        <CaseDone kase={kase} auth={auth} />
      )}
    </Stack>
  );
}

function MoveWizard({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, formatDate } = useI18n();
  const { notice, active, goTo, stepProps, completeProps } = useCaseSteps(kase, auth);
  const data = kase.stepData as MoveStepData;
  const key = (step: string) => `${step}-${kase.version}`;
  const outcome = kase.addressChange;
  const doctor = outcome?.doctor;

  return (
    <Paper withBorder radius="md" p="xl">
      <Notice notice={notice.notice} onClose={notice.clear} />
      <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="sm" mt={notice.notice ? 'md' : 0}>
        <Stepper.Step label={t('move.step.address')} description={t('move.step.addressHint')}>
          <AddressStep key={key('address')} initial={data.address} {...stepProps('address')} />
        </Stepper.Step>
        <Stepper.Step label={t('move.step.date')} description={t('move.step.dateHint')}>
          <DateStep key={key('date')} initial={data.date} {...stepProps('date')} />
        </Stepper.Step>
        <Stepper.Step label={t('move.step.movers')} description={t('move.step.moversHint')}>
          <MoversStep key={key('movers')} kase={kase} auth={auth} initial={data.movers} {...stepProps('movers')} />
        </Stepper.Step>
        <Stepper.Step label={t('move.step.doctor')} description={t('move.step.doctorHint')}>
          <DoctorStep key={key('doctor')} kase={kase} auth={auth} initial={data.doctor} {...stepProps('doctor')} />
        </Stepper.Step>
        <Stepper.Step label={t('move.step.review')} description={t('move.step.reviewHint')}>
          <CaseReview
            heading={t('move.review.heading')}
            completeLabel={t('move.review.register')}
            completeIcon={<IconHomeMove size={18} aria-hidden />}
            {...completeProps}
          >
            <List spacing="xs">
              {data.address &&
                (data.address.kind === 'emigration' ? (
                  <List.Item>{t('move.review.country', { country: data.address.country ?? '' })}</List.Item>
                ) : (
                  <List.Item>{t('move.review.address', { address: addressLine(data.address) })}</List.Item>
                ))}
              {data.address?.hostDeclaration && (
                <List.Item>{t('move.review.host', { name: data.address.hostDeclaration.hostName })}</List.Item>
              )}
              {data.date && <List.Item>{t('move.review.date', { date: formatCivilDate(formatDate, data.date.movingDate) })}</List.Item>}
              {outcome && data.movers && (
                <List.Item>
                  {outcome.coMovers.length > 0
                    ? t('move.review.movers', { names: outcome.coMovers.map((m) => m.name).join(', ') })
                    : t('move.review.noMovers')}
                </List.Item>
              )}
              {doctor && (
                <List.Item>
                  {doctor.choice === 'new'
                    ? t('move.review.doctor.new', { name: doctor.doctorName ?? '' })
                    : t(doctor.choice === 'keep' ? 'move.review.doctor.keep' : 'move.review.doctor.choose_later')}
                </List.Item>
              )}
            </List>
          </CaseReview>
        </Stepper.Step>
      </Stepper>
    </Paper>
  );
}

/** A completed move that waits for its moving date: where to, when, and that the register changes then. */
function PendingLine({ data }: { data: MoveStepData }) {
  const { t, formatDate } = useI18n();
  if (!data.address || !data.date) return null;
  const date = formatCivilDate(formatDate, data.date.movingDate);
  return (
    <Text mt="xs">
      {data.address.kind === 'emigration'
        ? t('move.pending.abroad', { country: data.address.country ?? '', date })
        : t('move.pending.to', { address: addressLine(data.address), date })}{' '}
      {t('move.pending.register')}
    </Text>
  );
}

function MoveDone({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, formatDate } = useI18n();
  const registeredAt = kase.addressChange?.registeredAt;
  const appliedAt = kase.addressChange?.appliedAt;
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="lg">
        <DoneAlert heading={t('move.done.heading')} color="green" icon={<IconCircleCheck aria-hidden />}>
          {registeredAt && <Text mt="xs">{t('move.done.line', { date: formatMoment(formatDate, registeredAt) })}</Text>}
          {registeredAt &&
            (appliedAt ? (
              <Text mt="xs">{t('move.done.applied', { date: formatMoment(formatDate, appliedAt) })}</Text>
            ) : (
              <PendingLine data={kase.stepData as MoveStepData} />
            ))}
        </DoneAlert>
        <CaseDocumentSection headingId="move-receipt-heading" caseId={kase.id} auth={auth} />
        <CaseDoneFooter kase={kase} purpose="vejledning" />
      </Stack>
    </Paper>
  );
}
