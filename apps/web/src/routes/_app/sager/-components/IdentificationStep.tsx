import { Text } from '@mantine/core';
import type { DigitalPostIdentificationStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { ID_DOCUMENT_TEXT, ID_DOCUMENTS, type ApplicantType, type IdDocument } from '@skranke/domain';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { CheckboxField } from './CheckboxField.tsx';
import type { StepFormProps } from './StepActions.tsx';
import { choicesOf, RadioChoices, StepForm, useStepForm } from './StepForm.tsx';

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
  const { form } = useStepForm('identification', error, {
    idDocument: (initial?.idDocument ?? '') as IdDocument | '',
    powerOfAttorneySigned: initial?.powerOfAttorneySigned ?? false,
    guardianshipCertificateShown: initial?.guardianshipCertificateShown ?? false,
  });

  const submit = form.onSubmit(({ idDocument, powerOfAttorneySigned, guardianshipCertificateShown }) =>
    onSave({
      ...(idDocument && { idDocument }),
      ...(applicantType === 'power_of_attorney' && { powerOfAttorneySigned }),
      ...(applicantType === 'guardian' && { guardianshipCertificateShown }),
    }),
  );

  return (
    <StepForm
      id="identification"
      heading={t('wizard.identification.heading')}
      intro={<Text>{t(`wizard.identification.intro.${applicantType ?? 'in_person'}`)}</Text>}
      {...{ error, pending, onBack }}
      onSubmit={submit}
    >
      <RadioChoices
        label={t(
          applicantType === 'in_person' || !applicantType ? 'wizard.identification.idDocument' : 'wizard.identification.representativeId',
        )}
        choices={choicesOf(ID_DOCUMENTS, ID_DOCUMENT_TEXT, language)}
        {...form.getInputProps('idDocument')}
        required={applicantType !== 'guardian'}
      />
      {applicantType === 'power_of_attorney' && (
        <CheckboxField
          label={t('wizard.identification.powerOfAttorney')}
          {...form.getInputProps('powerOfAttorneySigned', { type: 'checkbox' })}
        />
      )}
      {applicantType === 'guardian' && (
        <CheckboxField
          label={t('wizard.identification.guardianship')}
          {...form.getInputProps('guardianshipCertificateShown', { type: 'checkbox' })}
        />
      )}
    </StepForm>
  );
}
