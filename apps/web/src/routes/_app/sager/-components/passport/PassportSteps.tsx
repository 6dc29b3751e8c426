import { Alert, Stack, Text, Textarea } from '@mantine/core';
import type {
  PassportFingerprintsStep,
  PassportIdentityStep,
  PassportOldPassportStep,
  PassportOutcome,
  PassportPhotoStep,
} from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import {
  FINGERPRINT_TEXT,
  IDENTITY_EVIDENCE,
  IDENTITY_EVIDENCE_TEXT,
  OLD_PASSPORT_OUTCOMES,
  OLD_PASSPORT_TEXT,
  PHOTO_SOURCE_TEXT,
  PHOTO_SOURCES,
  type FingerprintStatus,
  type IdentityEvidence,
  type PhotoSource,
} from '@skranke/domain';
import { formatCivilDate } from '../../../../../features/citizens/format.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { CheckboxChoices, choicesOf, labelled, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';

export type IdentityData = Static<typeof PassportIdentityStep>;
export type OldPassportData = Static<typeof PassportOldPassportStep>;
export type PhotoData = Static<typeof PassportPhotoStep>;
export type FingerprintsData = Static<typeof PassportFingerprintsStep>;

export function IdentityStep({ initial, pending, error, onBack, onSave }: StepFormProps<IdentityData>) {
  const { t, language } = useI18n();
  const { form, values } = useStepForm('identity', error, {
    evidence: initial?.evidence ?? ([] as IdentityEvidence[]),
    verified: (initial ? (initial.verified ? 'yes' : 'no') : '') as 'yes' | 'no' | '',
    note: initial?.note ?? '',
  });
  const submit = form.onSubmit(({ evidence, verified, note }) =>
    onSave({ evidence, verified: verified === 'yes', ...(note.trim() && { note: note.trim() }) }),
  );
  return (
    <StepForm id="passport-identity" heading={t('passport.identity.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <CheckboxChoices
        label={t('passport.identity.evidence')}
        choices={choicesOf(IDENTITY_EVIDENCE, IDENTITY_EVIDENCE_TEXT, language)}
        gap="xs"
        {...form.getInputProps('evidence')}
      />
      <RadioChoices
        label={t('passport.identity.verified')}
        choices={labelled(['yes', 'no'], (answer) =>
          t(answer === 'yes' ? 'passport.identity.verifiedYes' : 'passport.identity.verifiedNo'),
        )}
        gap="xs"
        {...form.getInputProps('verified', { withError: false })}
        required
      />
      {values.verified === 'no' && (
        <Textarea
          label={t('passport.identity.note')}
          description={t('passport.identity.noteHint')}
          {...form.getInputProps('note')}
          required
          autosize
          minRows={2}
          maxLength={500}
        />
      )}
    </StepForm>
  );
}

/**
 * What happens to the old passport, starting from what the passport register says. An answer the register
 * contradicts (e.g. "first passport" while a passport is on record) needs a reason, and the fee follows the register.
 */
export function OldPassportStep({
  register,
  initial,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<OldPassportData> & { register: PassportOutcome['oldPassport'] }) {
  const { t, language, formatDate } = useI18n();
  const { form, values } = useStepForm('old_passport', error, {
    outcome: initial?.outcome ?? register.expected,
    reason: initial?.reason ?? '',
  });
  const differs = !register.agreeing.includes(values.outcome);
  const onRecord = register.onRecord;
  const date = (civil: string) => formatCivilDate(formatDate, civil);
  const outcomeChoices = choicesOf(OLD_PASSPORT_OUTCOMES, OLD_PASSPORT_TEXT, language);
  const submit = form.onSubmit(({ outcome, reason }) => onSave({ outcome, ...(differs && reason.trim() && { reason: reason.trim() }) }));
  return (
    <StepForm id="passport-old" heading={t('passport.oldPassport.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <Alert color={onRecord ? 'blue' : 'gray'} variant="light" title={t('passport.oldPassport.registerHeading')}>
        <Stack gap={4}>
          <Text size="sm">
            {!onRecord
              ? t('passport.oldPassport.nothingOnRecord')
              : onRecord.status === 'lost'
                ? t('passport.oldPassport.onRecordLost', { number: onRecord.documentNumber, issued: date(onRecord.issuedOn) })
                : t('passport.oldPassport.onRecord', {
                    number: onRecord.documentNumber,
                    issued: date(onRecord.issuedOn),
                    expires: date(onRecord.expiresOn),
                    state: t(`documents.state.${onRecord.state}`),
                  })}
          </Text>
          {onRecord && <Text size="sm">{t('passport.oldPassport.notShownDoubles')}</Text>}
          {!initial && <Text size="sm">{t('passport.oldPassport.prefilled')}</Text>}
        </Stack>
      </Alert>
      <Text>{t('passport.oldPassport.doubles')}</Text>
      <RadioChoices
        label={t('passport.oldPassport.outcome')}
        choices={outcomeChoices}
        gap="xs"
        {...form.getInputProps('outcome')}
        required
      />
      {differs && (
        <Textarea
          label={t('passport.oldPassport.reason')}
          description={t('passport.oldPassport.reasonHint')}
          {...form.getInputProps('reason')}
          required
          autosize
          minRows={2}
          maxLength={500}
        />
      )}
    </StepForm>
  );
}

export function PhotoStep({ initial, pending, error, onBack, onSave }: StepFormProps<PhotoData>) {
  const { t, language } = useI18n();
  const { form } = useStepForm('photo', error, { source: (initial?.source ?? '') as PhotoSource | '' });
  const sourceChoices = choicesOf(PHOTO_SOURCES, PHOTO_SOURCE_TEXT, language);
  const submit = form.onSubmit(({ source }) => {
    if (source) onSave({ source });
  });
  return (
    <StepForm id="passport-photo" heading={t('passport.photo.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices label={t('passport.photo.source')} choices={sourceChoices} gap="xs" {...form.getInputProps('source')} required />
    </StepForm>
  );
}

export function FingerprintsStep({
  required,
  initial,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<FingerprintsData> & { required: boolean }) {
  const { t, language } = useI18n();
  const choices: FingerprintStatus[] = required ? ['taken', 'impossible'] : ['not_required'];
  const { form, values } = useStepForm('fingerprints', error, {
    status: (initial && choices.includes(initial.status) ? initial.status : required ? '' : 'not_required') as FingerprintStatus | '',
    note: initial?.note ?? '',
  });
  const statusChoices = choicesOf(choices, FINGERPRINT_TEXT, language);
  const submit = form.onSubmit(({ status, note }) => {
    if (status) onSave({ status, ...(status === 'impossible' && note.trim() && { note: note.trim() }) });
  });
  return (
    <StepForm id="passport-fingerprints" heading={t('passport.fingerprints.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <Text>{t(required ? 'passport.fingerprints.required' : 'passport.fingerprints.notRequired')}</Text>
      <RadioChoices label={t('passport.fingerprints.status')} choices={statusChoices} gap="xs" {...form.getInputProps('status')} required />
      {values.status === 'impossible' && (
        <Textarea label={t('passport.fingerprints.note')} {...form.getInputProps('note')} required autosize minRows={2} maxLength={500} />
      )}
    </StepForm>
  );
}
