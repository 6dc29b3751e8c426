import { Radio, Stack, Text, TextInput } from '@mantine/core';
import type { DigitalPostApplicantStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { APPLICANT_TYPE_TEXT, APPLICANT_TYPES, type ApplicantType } from '@skranke/domain';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { StepActions, type StepFormProps } from './StepActions.tsx';
import { StepErrors } from './StepErrors.tsx';

export type ApplicantData = Static<typeof DigitalPostApplicantStep>;

/** Who stands at the counter: the citizen, a representative with fuldmagt, or a værge (then named). */
export function ApplicantStep({ initial, pending, error, onBack, onSave }: StepFormProps<ApplicantData>) {
  const { t, language } = useI18n();
  const [applicantType, setApplicantType] = useState<ApplicantType | ''>(initial?.applicantType ?? '');
  const [representativeName, setRepresentativeName] = useState(initial?.representativeName ?? '');
  const errors = fieldErrors(error, 'applicant');
  const representing = applicantType === 'power_of_attorney' || applicantType === 'guardian';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The server decides what is missing; an unchosen type is sent as missing so its message comes back by the field.
    const data = {
      ...(applicantType && { applicantType }),
      ...(representing && representativeName.trim() && { representativeName: representativeName.trim() }),
    } as ApplicantData;
    onSave(data);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="applicant-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="applicant-heading" fz="h3" fw={700} m={0}>
          {t('wizard.applicant.heading')}
        </Text>
        <StepErrors error={error} />
        <Radio.Group
          label={t('wizard.applicant.type')}
          value={applicantType}
          onChange={(value) => setApplicantType(value as ApplicantType)}
          error={errors.applicantType}
          required
        >
          <Stack gap="sm" mt="xs">
            {APPLICANT_TYPES.map((type) => (
              <Radio key={type} value={type} label={APPLICANT_TYPE_TEXT[type][language]} />
            ))}
          </Stack>
        </Radio.Group>
        {representing && (
          <TextInput
            label={t(applicantType === 'guardian' ? 'wizard.applicant.guardianName' : 'wizard.applicant.representativeName')}
            value={representativeName}
            onChange={(event) => setRepresentativeName(event.currentTarget.value)}
            error={errors.representativeName}
            required
            maxLength={200}
            autoComplete="off"
          />
        )}
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}
