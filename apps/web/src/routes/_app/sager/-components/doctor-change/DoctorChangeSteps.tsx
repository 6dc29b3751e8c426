import { Alert, Loader, Text } from '@mantine/core';
import type { DoctorsNearCitizen, HealthInsuranceView } from '@skranke/contracts';
import { DOCTOR_CHANGE_REASON_TEXT, DOCTOR_CHANGE_REASONS, type DoctorChangeReason } from '@skranke/domain';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../../auth/session.ts';
import { doctorsNearQueryOptions } from '../../../../../features/health/doctors.ts';
import { formatCivilDate } from '../../../../../features/citizens/format.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { choicesOf, labelled, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';

export function ReasonStep({ initial, pending, error, onBack, onSave }: StepFormProps<{ reason: DoctorChangeReason }>) {
  const { t, language } = useI18n();
  const { form } = useStepForm('reason', error, { reason: (initial?.reason ?? '') as DoctorChangeReason | '' });
  const submit = form.onSubmit(({ reason }) => onSave({ ...(reason && { reason }) } as { reason: DoctorChangeReason }));
  return (
    <StepForm id="doctor-change-reason" heading={t('doctorChange.reason.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices
        label={t('doctorChange.reason.label')}
        choices={choicesOf(DOCTOR_CHANGE_REASONS, DOCTOR_CHANGE_REASON_TEXT, language)}
        {...form.getInputProps('reason')}
        required
      />
    </StepForm>
  );
}

/** Group 1 or 2; when the group changed less than 12 months ago, the day it may change again. */
export function GroupStep({
  initial,
  insurance,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<{ group: 1 | 2 }> & { insurance: HealthInsuranceView | undefined }) {
  const { t, formatDate } = useI18n();
  const { form } = useStepForm('group', error, { group: String(initial?.group ?? insurance?.group ?? '') });
  const submit = form.onSubmit(({ group }) => onSave({ ...(group && { group: Number(group) as 1 | 2 }) } as { group: 1 | 2 }));
  return (
    <StepForm id="doctor-change-group" heading={t('doctorChange.group.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices
        label={t('doctorChange.group.label')}
        choices={labelled(['1', '2'] as const, (g) => t(`doctorChange.group.${g}`))}
        {...form.getInputProps('group')}
        required
      />
      <Text size="sm" c="dimmed">
        {t('doctorChange.group.rule')}
      </Text>
      {insurance?.groupChangedOn && insurance.groupChangeAllowedFrom && (
        <Text size="sm">
          {t('doctorChange.group.allowedFrom', {
            date: formatCivilDate(formatDate, insurance.groupChangedOn),
            from: formatCivilDate(formatDate, insurance.groupChangeAllowedFrom),
          })}
        </Text>
      )}
    </StepForm>
  );
}

const kmText = (km: number | null, language: 'da' | 'en') => (km === null ? '?' : km.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB'));

/** Group 1: a doctor open to new patients within reach of home, nearest first (the register's list); group 2: none. */
export function DoctorStep({
  initial,
  group,
  citizenId,
  auth,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<{ doctorId?: string }> & { group: 1 | 2 | undefined; citizenId: string; auth: AuthSession }) {
  const { t, language } = useI18n();
  const { form } = useStepForm('doctor', error, { doctorId: initial?.doctorId ?? '' });
  const near = useQuery({ ...doctorsNearQueryOptions(auth, citizenId), enabled: group === 1 });
  const submit = form.onSubmit(({ doctorId }) => onSave(group === 2 ? {} : { ...(doctorId && { doctorId }) }));
  return (
    <StepForm id="doctor-change-doctor" heading={t('doctorChange.doctor.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      {group === 2 ? (
        <Text>{t('doctorChange.doctor.group2')}</Text>
      ) : near.isPending ? (
        <Loader size="sm" aria-label={t('doctorChange.doctor.loading')} />
      ) : near.data ? (
        <DoctorChoices near={near.data} {...form.getInputProps('doctorId')} language={language} />
      ) : null}
    </StepForm>
  );
}

function DoctorChoices({
  near,
  language,
  ...input
}: { near: DoctorsNearCitizen; language: 'da' | 'en' } & ReturnType<ReturnType<typeof useStepForm>['form']['getInputProps']>) {
  const { t } = useI18n();
  if (!near.home) return <Alert color="yellow">{t('doctorChange.doctor.noHome')}</Alert>;
  if (near.doctors.length === 0) return <Alert color="yellow">{t('doctorChange.doctor.none', { km: String(near.reachKm) })}</Alert>;
  const choices = near.doctors.map((d) => ({
    value: d.id,
    label: t('doctorChange.doctor.option', { clinic: d.clinicName, address: d.address, km: kmText(d.distanceKm, language) }),
  }));
  return (
    <>
      {near.copenhagenArea && <Text size="sm">{t('doctorChange.doctor.copenhagen')}</Text>}
      <RadioChoices label={t('doctorChange.doctor.label', { km: String(near.reachKm) })} choices={choices} {...input} required />
    </>
  );
}
