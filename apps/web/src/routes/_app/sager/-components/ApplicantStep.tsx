import { TextInput } from '@mantine/core';
import type { DigitalPostApplicantStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { APPLICANT_TYPE_TEXT, APPLICANT_TYPES, type ApplicantType } from '@skranke/domain';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { StepFormProps } from './StepActions.tsx';
import { choicesOf, RadioChoices, StepForm, useStepForm } from './StepForm.tsx';

export type ApplicantData = Static<typeof DigitalPostApplicantStep>;

/** Who stands at the counter: the citizen, a representative with fuldmagt, or a værge (then named). */
export function ApplicantStep({ initial, pending, error, onBack, onSave }: StepFormProps<ApplicantData>) {
  const { t, language } = useI18n();
  const { form, values } = useStepForm('applicant', error, {
    applicantType: (initial?.applicantType ?? '') as ApplicantType | '',
    representativeName: initial?.representativeName ?? '',
  });
  const representing = values.applicantType === 'power_of_attorney' || values.applicantType === 'guardian';

  // The server decides what is missing; an unchosen type is sent as missing so its message comes back by the field.
  const applicantTypeChoices = choicesOf(APPLICANT_TYPES, APPLICANT_TYPE_TEXT, language);
  const submit = form.onSubmit(({ applicantType, representativeName }) =>
    onSave({
      ...(applicantType && { applicantType }),
      ...(representing && representativeName.trim() && { representativeName: representativeName.trim() }),
    } as ApplicantData),
  );

  return (
    <StepForm id="applicant" heading={t('wizard.applicant.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices label={t('wizard.applicant.type')} choices={applicantTypeChoices} {...form.getInputProps('applicantType')} required />
      {representing && (
        <TextInput
          label={t(values.applicantType === 'guardian' ? 'wizard.applicant.guardianName' : 'wizard.applicant.representativeName')}
          {...form.getInputProps('representativeName')}
          required
          maxLength={200}
          autoComplete="off"
        />
      )}
    </StepForm>
  );
}
