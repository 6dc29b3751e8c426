import { Alert, List, Text } from '@mantine/core';
import type { Case, MitIdApplicantStep, MitIdAuthenticatorStep, MitIdDocumentsStep, MitIdVerificationSaved } from '@skranke/contracts';
import { MITID_APPLICANT_TYPE_TEXT, MITID_AUTHENTICATOR_TEXT, MITID_DOCUMENT_TEXT } from '@skranke/domain';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CaseReview, type CompleteProps } from '../CaseReview.tsx';

export interface MitIdStepData {
  applicant?: MitIdApplicantStep;
  documents?: MitIdDocumentsStep;
  verification?: MitIdVerificationSaved;
  authenticator?: MitIdAuthenticatorStep;
}

/** What was found, read back; then "Udsted MitID" or, when the saved steps refuse, "Giv afslag" with the reasons. */
export function MitIdReview({ kase, ...complete }: CompleteProps & { kase: Case }) {
  const { t, language } = useI18n();
  const { applicant, documents, verification, authenticator } = kase.stepData as MitIdStepData;
  const assessment = kase.mitid?.assessment;
  const yes = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const refuse = assessment?.outcome === 'refuse';

  return (
    <CaseReview
      heading={t('mitid.review.heading')}
      completeLabel={t(refuse ? 'mitid.review.refuseButton' : 'mitid.review.issueButton')}
      completeIcon={refuse ? <IconX size={18} aria-hidden /> : <IconCheck size={18} aria-hidden />}
      completeColor={refuse ? 'red' : undefined}
      {...complete}
    >
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
    </CaseReview>
  );
}
