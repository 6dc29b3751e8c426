import { Alert, TextInput } from '@mantine/core';
import type { MitIdApplicantStep as ApplicantData } from '@skranke/contracts';
import { MITID_APPLICANT_TYPE_TEXT, MITID_APPLICANT_TYPES, type MitIdApplicantType } from '@skranke/domain';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { choicesOf, labelled, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';

/** Who came, and whether the citizen can use MitID alone: a representative or "no" leads to a refusal. */
export function MitIdApplicantStep({ initial, pending, error, onBack, onSave }: StepFormProps<ApplicantData>) {
  const { t, language } = useI18n();
  const { form, values } = useStepForm('applicant', error, {
    applicantType: (initial?.applicantType ?? '') as MitIdApplicantType | '',
    representativeName: initial?.representativeName ?? '',
    canUseMitIdAlone: (initial ? (initial.canUseMitIdAlone ? 'yes' : 'no') : '') as 'yes' | 'no' | '',
  });
  const representing = values.applicantType === 'power_of_attorney' || values.applicantType === 'guardian';

  // Unanswered questions are sent as missing, so the server's message comes back beside the field.
  const applicantTypeChoices = choicesOf(MITID_APPLICANT_TYPES, MITID_APPLICANT_TYPE_TEXT, language);
  const aloneChoices = labelled(['yes', 'no'], (answer) => t(`mitid.applicant.canUseAlone.${answer}`));
  const submit = form.onSubmit(({ applicantType, representativeName: name, canUseMitIdAlone: alone }) =>
    onSave({
      ...(applicantType && { applicantType }),
      ...(representing && name.trim() && { representativeName: name.trim() }),
      ...(alone && { canUseMitIdAlone: alone === 'yes' }),
    } as ApplicantData),
  );

  return (
    <StepForm id="mitid-applicant" heading={t('mitid.applicant.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices label={t('mitid.applicant.type')} choices={applicantTypeChoices} {...form.getInputProps('applicantType')} required />
      {representing && (
        <>
          <Alert color="yellow" variant="light">
            {t('mitid.applicant.representativeNote')}
          </Alert>
          <TextInput
            label={t('mitid.applicant.representativeName')}
            {...form.getInputProps('representativeName')}
            required
            maxLength={200}
            autoComplete="off"
          />
        </>
      )}
      <RadioChoices label={t('mitid.applicant.canUseAlone')} choices={aloneChoices} {...form.getInputProps('canUseMitIdAlone')} required />
    </StepForm>
  );
}
