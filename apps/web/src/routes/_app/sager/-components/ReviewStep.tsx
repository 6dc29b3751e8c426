import { Button, Group, List, Stack, Text } from '@mantine/core';
import type { Case } from '@skranke/contracts';
import { APPLICANT_TYPE_TEXT, DIGITAL_POST_GROUND_TEXT, ID_DOCUMENT_TEXT } from '@skranke/domain';
import { IconCheck } from '@tabler/icons-react';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { ApplicantData } from './ApplicantStep.tsx';
import type { DeclarationData } from './DeclarationStep.tsx';
import type { IdentificationData } from './IdentificationStep.tsx';
import { StepErrors } from './StepErrors.tsx';

interface ReviewStepProps {
  kase: Case;
  pending: boolean;
  error: unknown;
  onBack(): void;
  onComplete(): void;
}

/** What will be registered, read back before "Registrér fritagelse"; the server checks every step together again. */
export function ReviewStep({ kase, pending, error, onBack, onComplete }: ReviewStepProps) {
  const { t, language } = useI18n();
  const { applicant, identification, declaration } = kase.stepData as {
    applicant?: ApplicantData;
    identification?: IdentificationData;
    declaration?: DeclarationData;
  };
  const yes = (value: boolean | undefined) => t(value ? 'common.yes' : 'common.no');

  return (
    <Stack gap="md" mt="lg">
      <Text component="h2" fz="h3" fw={700} m={0}>
        {t('wizard.review.heading')}
      </Text>
      <StepErrors error={error} />
      <List spacing="xs">
        {applicant && (
          <List.Item>
            {t('wizard.review.applicant', { applicant: APPLICANT_TYPE_TEXT[applicant.applicantType][language] })}
            {applicant.representativeName && ` – ${applicant.representativeName}`}
          </List.Item>
        )}
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
      <Group justify="space-between" mt="md">
        <Button variant="default" onClick={onBack}>
          {t('wizard.back')}
        </Button>
        <Button leftSection={<IconCheck size={18} aria-hidden />} loading={pending} onClick={onComplete}>
          {t('wizard.complete')}
        </Button>
      </Group>
    </Stack>
  );
}
