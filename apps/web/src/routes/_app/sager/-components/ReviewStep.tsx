import { List, Text } from '@mantine/core';
import type { Case } from '@skranke/contracts';
import { DIGITAL_POST_GROUND_TEXT, ID_DOCUMENT_TEXT } from '@skranke/domain';
import { IconCheck } from '@tabler/icons-react';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { ApplicantData } from './ApplicantStep.tsx';
import { ApplicantReviewItem, CaseReview, type CompleteProps } from './CaseReview.tsx';
import type { DeclarationData } from './DeclarationStep.tsx';
import type { IdentificationData } from './IdentificationStep.tsx';

/** What will be registered, read back before "Registrér fritagelse"; the server checks every step together again. */
export function ReviewStep({ kase, ...complete }: CompleteProps & { kase: Case }) {
  const { t, language } = useI18n();
  const { applicant, identification, declaration } = kase.stepData as {
    applicant?: ApplicantData;
    identification?: IdentificationData;
    declaration?: DeclarationData;
  };
  const yes = (value: boolean | undefined) => t(value ? 'common.yes' : 'common.no');

  return (
    <CaseReview
      heading={t('wizard.review.heading')}
      completeLabel={t('wizard.complete')}
      completeIcon={<IconCheck size={18} aria-hidden />}
      {...complete}
    >
      <List spacing="xs">
        <ApplicantReviewItem applicant={applicant} />
        {identification?.idDocument && (
          <List.Item>{t('wizard.review.idDocument', { document: ID_DOCUMENT_TEXT[identification.idDocument][language] })}</List.Item>
        )}
        {identification?.powerOfAttorneySigned !== undefined && (
          <List.Item>{t('wizard.review.powerOfAttorney', { answer: yes(identification.powerOfAttorneySigned) })}</List.Item>
        )}
        {identification?.guardianshipCertificateShown !== undefined && (
          <List.Item>{t('wizard.review.guardianship', { answer: yes(identification.guardianshipCertificateShown) })}</List.Item>
        )}
        {declaration && <List.Item>{t('wizard.review.declaration', { answer: yes(declaration.declarationSigned) })}</List.Item>}
        <List.Item>
          {declaration?.grounds?.length
            ? t('wizard.review.grounds', { grounds: declaration.grounds.map((g) => DIGITAL_POST_GROUND_TEXT[g][language]).join(', ') })
            : t('wizard.review.noGrounds')}
        </List.Item>
      </List>
      <Text>{t('wizard.review.note')}</Text>
    </CaseReview>
  );
}
