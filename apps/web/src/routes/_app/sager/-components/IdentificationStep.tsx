import { Radio, Stack, Text } from '@mantine/core';
import type { DigitalPostIdentificationStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { ID_DOCUMENT_TEXT, ID_DOCUMENTS, type ApplicantType, type IdDocument } from '@skranke/domain';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { CheckboxField } from './CheckboxField.tsx';
import { StepActions, type StepFormProps } from './StepActions.tsx';
import { StepErrors } from './StepErrors.tsx';

export type IdentificationData = Static<typeof DigitalPostIdentificationStep>;

/** What was shown at the counter; what is needed depends on who came (the server checks it). */
export function IdentificationStep({
  applicantType,
  initial,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<IdentificationData> & { applicantType: ApplicantType | undefined }) {
  const { t, language } = useI18n();
  const [idDocument, setIdDocument] = useState<IdDocument | ''>(initial?.idDocument ?? '');
  const [powerOfAttorneySigned, setPowerOfAttorneySigned] = useState(initial?.powerOfAttorneySigned ?? false);
  const [guardianshipCertificateShown, setGuardianshipCertificateShown] = useState(initial?.guardianshipCertificateShown ?? false);
  const errors = fieldErrors(error, 'identification');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({
      ...(idDocument && { idDocument }),
      ...(applicantType === 'power_of_attorney' && { powerOfAttorneySigned }),
      ...(applicantType === 'guardian' && { guardianshipCertificateShown }),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="identification-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="identification-heading" fz="h3" fw={700} m={0}>
          {t('wizard.identification.heading')}
        </Text>
        <Text>{t(`wizard.identification.intro.${applicantType ?? 'in_person'}`)}</Text>
        <StepErrors error={error} />
        <Radio.Group
          label={t(
            applicantType === 'in_person' || !applicantType ? 'wizard.identification.idDocument' : 'wizard.identification.representativeId',
          )}
          value={idDocument}
          onChange={(value) => setIdDocument(value as IdDocument)}
          error={errors.idDocument}
          required={applicantType !== 'guardian'}
        >
          <Stack gap="sm" mt="xs">
            {ID_DOCUMENTS.map((doc) => (
              <Radio key={doc} value={doc} label={ID_DOCUMENT_TEXT[doc][language]} />
            ))}
          </Stack>
        </Radio.Group>
        {applicantType === 'power_of_attorney' && (
          <CheckboxField
            label={t('wizard.identification.powerOfAttorney')}
            checked={powerOfAttorneySigned}
            onChange={(event) => setPowerOfAttorneySigned(event.currentTarget.checked)}
            error={errors.powerOfAttorneySigned}
          />
        )}
        {applicantType === 'guardian' && (
          <CheckboxField
            label={t('wizard.identification.guardianship')}
            checked={guardianshipCertificateShown}
            onChange={(event) => setGuardianshipCertificateShown(event.currentTarget.checked)}
            error={errors.guardianshipCertificateShown}
          />
        )}
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}
