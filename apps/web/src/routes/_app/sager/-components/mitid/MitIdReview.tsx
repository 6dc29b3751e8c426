import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import type { Case, MitIdApplicantStep, MitIdAuthenticatorStep, MitIdDocumentsStep, MitIdVerificationSaved } from '@skranke/contracts';
import { MITID_APPLICANT_TYPE_TEXT, MITID_AUTHENTICATOR_TEXT, MITID_DOCUMENT_TEXT } from '@skranke/domain';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { StepErrors } from '../StepErrors.tsx';

export interface MitIdStepData {
  applicant?: MitIdApplicantStep;
  documents?: MitIdDocumentsStep;
  verification?: MitIdVerificationSaved;
  authenticator?: MitIdAuthenticatorStep;
}

/** What was found, read back; then "Udsted MitID" or, when the saved steps refuse, "Giv afslag" with the reasons. */
export function MitIdReview({
  kase,
  pending,
  error,
  onBack,
  onComplete,
}: {
  kase: Case;
  pending: boolean;
  error: unknown;
  onBack(): void;
  onComplete(): void;
}) {
  const { t, language } = useI18n();
  const { applicant, documents, verification, authenticator } = kase.stepData as MitIdStepData;
  const assessment = kase.mitid?.assessment;
  const yes = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const refuse = assessment?.outcome === 'refuse';

  return (
    <Stack gap="md" mt="lg">
      <Text component="h2" fz="h3" fw={700} m={0}>
        {t('mitid.review.heading')}
      </Text>
      <StepErrors error={error} />
      <List spacing="xs">
        {applicant && (
          <List.Item>
            {t('mitid.review.applicant', { applicant: MITID_APPLICANT_TYPE_TEXT[applicant.applicantType][language] })}
            {applicant.representativeName && ` – ${applicant.representativeName}`}
          </List.Item>
        )}
        {applicant && <List.Item>{t('mitid.review.canUseAlone', { answer: yes(applicant.canUseMitIdAlone) })}</List.Item>}
        {documents && (
          <List.Item>
            {t('mitid.review.documents', {
              documents: documents.documents.map((d) => MITID_DOCUMENT_TEXT[d.kind][language]).join(', ') || '–',
            })}
          </List.Item>
        )}
        {verification?.method === 'control_questions' && (
          <List.Item>{t('mitid.review.controlQuestions', { answer: yes(verification.controlQuestionsPassed) })}</List.Item>
        )}
        {verification?.method === 'witness' && (
          <List.Item>{t('mitid.review.witness', { name: `${verification.witnessName} (${verification.witnessCprMasked})` })}</List.Item>
        )}
        {authenticator && (
          <List.Item>
            {t('mitid.review.authenticator', { authenticator: MITID_AUTHENTICATOR_TEXT[authenticator.authenticator][language] })}
          </List.Item>
        )}
      </List>
      {refuse ? (
        <Alert color="red" variant="light" title={t('mitid.reasons')}>
          <List spacing={2}>
            {assessment.reasons.map((r) => (
              <List.Item key={r}>{t(`mitid.reason.${r}`)}</List.Item>
            ))}
          </List>
          <Text mt="xs">{t('mitid.review.refuse')}</Text>
        </Alert>
      ) : (
        <Text>{t(assessment?.outcome === 'issue' ? 'mitid.review.issue' : 'mitid.review.incomplete')}</Text>
      )}
      <Group justify="space-between" mt="md">
        <Button variant="default" onClick={onBack}>
          {t('wizard.back')}
        </Button>
        <Button
          color={refuse ? 'red' : undefined}
          leftSection={refuse ? <IconX size={18} aria-hidden /> : <IconCheck size={18} aria-hidden />}
          loading={pending}
          onClick={onComplete}
        >
          {t(refuse ? 'mitid.review.refuseButton' : 'mitid.review.issueButton')}
        </Button>
      </Group>
    </Stack>
  );
}
