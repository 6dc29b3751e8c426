import { List, Paper, Stack, Stepper, Text } from '@mantine/core';
import type { Case } from '@skranke/contracts';
import { MITID_AUTHENTICATOR_TEXT } from '@skranke/domain';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { AuthSession } from '../../../../../auth/session.ts';
import { Notice } from '../../../../../components/Notice/Notice.tsx';
import { formatCivilDate } from '../../../../../features/citizens/format.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CaseDone } from '../CaseDone.tsx';
import { DraftClosingActions } from '../DraftClosingActions.tsx';
import { CaseDocumentSection } from '../CaseDocumentSection.tsx';
import { DoneAlert } from '../DoneAlert.tsx';
import { MitIdApplicantStep } from './MitIdApplicantStep.tsx';
import { MitIdAuthenticatorStep } from './MitIdAuthenticatorStep.tsx';
import { MitIdDocumentsStep } from './MitIdDocumentsStep.tsx';
import { MitIdReview, type MitIdStepData } from './MitIdReview.tsx';
import { MitIdVerificationStep } from './MitIdVerificationStep.tsx';
import { useCaseSteps } from '../../../../../features/cases/use-case-steps.ts';
import { CaseDoneFooter } from '../../../../../components/CaseDoneFooter/CaseDoneFooter.tsx';

const refuses = (c: Case) => c.mitid?.assessment.outcome === 'refuse';
/** The last step saved: where "Tilbage" from the review goes (a refusal may end the steps early). */
const lastSaved = (c: Case) => Math.max(0, ...c.steps.map((s, i) => (s in c.stepData ? i : 0)));

/** The MitID identity check: the wizard while a draft, then the MitID issued or the refusal with its letter. */
export function MitIdCase({ kase, auth }: { kase: Case; auth: AuthSession }) {
  if (kase.status === 'cancelled') return <CaseDone kase={kase} auth={auth} />;
  return kase.status === 'draft' ? (
    <>
      <MitIdWizard kase={kase} auth={auth} />
      <DraftClosingActions kase={kase} auth={auth} />
    </>
  ) : (
    <MitIdDone kase={kase} auth={auth} />
  );
}

function MitIdWizard({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t } = useI18n();
  const { notice, active, setActive, goTo, stepProps, completeProps } = useCaseSteps(kase, auth, { finishEarly: refuses });
  const data = kase.stepData as MitIdStepData;
  const key = (step: string) => `${step}-${kase.version}`;

  return (
    <Paper withBorder radius="md" p="xl">
      <Notice notice={notice.notice} onClose={notice.clear} />
      <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="sm" mt={notice.notice ? 'md' : 0}>
        <Stepper.Step label={t('mitid.step.applicant')} description={t('mitid.step.applicantHint')}>
          <MitIdApplicantStep key={key('applicant')} initial={data.applicant} {...stepProps('applicant')} />
        </Stepper.Step>
        <Stepper.Step label={t('mitid.step.documents')} description={t('mitid.step.documentsHint')}>
          <MitIdDocumentsStep key={key('documents')} initial={data.documents} {...stepProps('documents')} />
        </Stepper.Step>
        <Stepper.Step label={t('mitid.step.verification')} description={t('mitid.step.verificationHint')}>
          <MitIdVerificationStep key={key('verification')} initial={data.verification} {...stepProps('verification')} />
        </Stepper.Step>
        <Stepper.Step label={t('mitid.step.authenticator')} description={t('mitid.step.authenticatorHint')}>
          <MitIdAuthenticatorStep key={key('authenticator')} initial={data.authenticator} {...stepProps('authenticator')} />
        </Stepper.Step>
        <Stepper.Step label={t('mitid.step.review')} description={t('mitid.step.reviewHint')}>
          <MitIdReview kase={kase} {...completeProps} onBack={() => setActive(lastSaved(kase))} />
        </Stepper.Step>
      </Stepper>
    </Paper>
  );
}

function MitIdDone({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, language, formatDate } = useI18n();
  const { issued, refusal } = kase.mitid ?? { issued: null, refusal: null };
  // A refusal's document is the decision letter, not a receipt.
  const letter = refusal && {
    heading: t('mitid.document.letterHeading'),
    intro: t('mitid.document.letterIntro'),
    openLabel: t('mitid.document.openLetter'),
  };

  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="lg">
        {issued && (
          <DoneAlert heading={t('mitid.done.issued')} color="green" icon={<IconCircleCheck aria-hidden />}>
            <Text mt="xs">
              {t('mitid.done.issuedLine', {
                date: formatCivilDate(formatDate, issued.issuedOn),
                authenticator: MITID_AUTHENTICATOR_TEXT[issued.authenticator][language],
              })}
            </Text>
          </DoneAlert>
        )}
        {refusal && (
          <DoneAlert heading={t('mitid.done.refused')} color="red" icon={<IconAlertTriangle aria-hidden />}>
            <List spacing={2} mt="xs">
              {refusal.reasons.map((r) => (
                <List.Item key={r}>{t(`mitid.reason.${r}`)}</List.Item>
              ))}
            </List>
            <Text mt="xs">
              {t('mitid.done.refusedLine', { body: refusal.appealBody, date: formatCivilDate(formatDate, refusal.appealDeadline) })}
            </Text>
          </DoneAlert>
        )}
        <CaseDocumentSection headingId="mitid-document-heading" caseId={kase.id} auth={auth} {...letter} />
        <CaseDoneFooter kase={kase} purpose="mitid" />
      </Stack>
    </Paper>
  );
}
