import { Alert, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { MitIdApplicantStep as ApplicantData } from '@skranke/contracts';
import { MITID_APPLICANT_TYPE_TEXT, MITID_APPLICANT_TYPES, type MitIdApplicantType } from '@skranke/domain';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { StepActions, type StepFormProps } from '../StepActions.tsx';
import { StepErrors } from '../StepErrors.tsx';

/** Who came, and whether the citizen can use MitID alone: a representative or "no" leads to a refusal. */
export function MitIdApplicantStep({ initial, pending, error, onBack, onSave }: StepFormProps<ApplicantData>) {
  const { t, language } = useI18n();
  const [applicantType, setApplicantType] = useState<MitIdApplicantType | ''>(initial?.applicantType ?? '');
  const [name, setName] = useState(initial?.representativeName ?? '');
  const [alone, setAlone] = useState<'yes' | 'no' | ''>(initial ? (initial.canUseMitIdAlone ? 'yes' : 'no') : '');
  const errors = fieldErrors(error, 'applicant');
  const representing = applicantType === 'power_of_attorney' || applicantType === 'guardian';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Unanswered questions are sent as missing, so the server's message comes back beside the field.
    onSave({
      ...(applicantType && { applicantType }),
      ...(representing && name.trim() && { representativeName: name.trim() }),
      ...(alone && { canUseMitIdAlone: alone === 'yes' }),
    } as ApplicantData);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="mitid-applicant-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="mitid-applicant-heading" fz="h3" fw={700} m={0}>
          {t('mitid.applicant.heading')}
        </Text>
        <StepErrors error={error} />
        <Radio.Group
          label={t('mitid.applicant.type')}
          value={applicantType}
          onChange={(v) => setApplicantType(v as MitIdApplicantType)}
          error={errors.applicantType}
          required
        >
          <Stack gap="sm" mt="xs">
            {MITID_APPLICANT_TYPES.map((type) => (
              <Radio key={type} value={type} label={MITID_APPLICANT_TYPE_TEXT[type][language]} />
            ))}
          </Stack>
        </Radio.Group>
        {representing && (
          <>
            <Alert color="yellow" variant="light">
              {t('mitid.applicant.representativeNote')}
            </Alert>
            <TextInput
              label={t('mitid.applicant.representativeName')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.representativeName}
              required
              maxLength={200}
              autoComplete="off"
            />
          </>
        )}
        <Radio.Group
          label={t('mitid.applicant.canUseAlone')}
          value={alone}
          onChange={(v) => setAlone(v as 'yes' | 'no')}
          error={errors.canUseMitIdAlone}
          required
        >
          <Stack gap="sm" mt="xs">
            <Radio value="yes" label={t('mitid.applicant.canUseAlone.yes')} />
            <Radio value="no" label={t('mitid.applicant.canUseAlone.no')} />
          </Stack>
        </Radio.Group>
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}
