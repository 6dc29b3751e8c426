import { Select, TextInput } from '@mantine/core';
import type { CitizenPurpose, DigitalPostApplicantStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { APPLICANT_TYPE_TEXT, APPLICANT_TYPES, REPRESENTATION_KIND_TEXT, type ApplicantType } from '@skranke/domain';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { representationsQueryOptions } from '../../../../features/representations/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { ReactNode } from 'react';
import type { StepFormProps } from './StepActions.tsx';
import { choicesOf, RadioChoices, StepForm, useStepForm } from './StepForm.tsx';

export type ApplicantData = Static<typeof DigitalPostApplicantStep>;

/** Where the applicant step can read the citizen's recorded representations (and the purpose those reads are audited with). */
export interface RepresentationSource {
  citizenId: string;
  auth: AuthSession;
  purpose: CitizenPurpose;
}

/**
 * Who stands at the counter: the citizen, a representative with fuldmagt, or a værge. A representative is chosen from
 * the citizen's valid representations or looked up by CPR number; the server checks the authority (never a typed
 * name) and stores the register's name.
 */
export function ApplicantStep({
  initial,
  pending,
  error,
  onBack,
  onSave,
  representations,
}: StepFormProps<ApplicantData> & { representations?: RepresentationSource }) {
  const { t, language } = useI18n();
  const { form, values } = useStepForm('applicant', error, {
    applicantType: (initial?.applicantType ?? '') as ApplicantType | '',
    representativePersonId: initial?.representativePersonId ?? '',
    representativeCpr: '',
  });
  const representing = values.applicantType === 'power_of_attorney' || values.applicantType === 'guardian';
  // The server decides what is missing; an unchosen type is sent as missing so its message comes back by the field.
  const applicantTypeChoices = choicesOf(APPLICANT_TYPES, APPLICANT_TYPE_TEXT, language);
  const submit = form.onSubmit(({ applicantType, representativePersonId, representativeCpr }) =>
    onSave({
      ...(applicantType && { applicantType }),
      ...(representing && representativePersonId && { representativePersonId }),
      ...(representing && !representativePersonId && representativeCpr.trim() && { representativeCpr: representativeCpr.trim() }),
    } as ApplicantData),
  );

  return (
    <StepForm id="applicant" heading={t('wizard.applicant.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices label={t('wizard.applicant.type')} choices={applicantTypeChoices} {...form.getInputProps('applicantType')} required />
      {representing && (
        <>
          {representations && (
            <RepresentationSelect
              source={representations}
              value={values.representativePersonId}
              error={form.getInputProps('representativePersonId').error as ReactNode}
              onChange={(value) => form.setFieldValue('representativePersonId', value)}
            />
          )}
          {!values.representativePersonId && (
            <TextInput
              label={t('wizard.applicant.representativeCpr')}
              {...form.getInputProps('representativeCpr')}
              maxLength={11}
              autoComplete="off"
              inputMode="numeric"
            />
          )}
        </>
      )}
    </StepForm>
  );
}

/** The citizen's valid representations to choose the representative from (read, and audited, only when shown). */
function RepresentationSelect({
  source,
  value,
  error,
  onChange,
}: {
  source: RepresentationSource;
  value: string;
  error?: ReactNode;
  onChange(value: string): void;
}) {
  const { t, language } = useI18n();
  const { data } = useQuery(representationsQueryOptions(source.auth, source.citizenId, { purpose: source.purpose }));
  const seen = new Set<string>();
  const options = (data?.representedBy ?? [])
    .filter((r) => r.state === 'valid' && !seen.has(r.representative.id) && seen.add(r.representative.id))
    .map((r) => ({
      value: r.representative.id,
      label: `${r.representative.name} (${r.representative.cprMasked}) – ${REPRESENTATION_KIND_TEXT[r.kind][language]}`,
    }));
  return (
    <Select
      label={t('wizard.applicant.representation')}
      description={t('wizard.applicant.representationHint')}
      data={options}
      value={value || null}
      error={error}
      clearable
      onChange={(next) => onChange(next ?? '')}
    />
  );
}
