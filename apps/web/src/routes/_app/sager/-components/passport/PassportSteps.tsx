import { Alert, Checkbox, Radio, Stack, Text, Textarea } from '@mantine/core';
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
  type OldPassportOutcome,
  type PhotoSource,
} from '@skranke/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { fieldErrors } from '../../../../../features/cases/problem-fields.ts';
import { formatCivilDate } from '../../../../../features/citizens/format.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { StepActions, type StepFormProps } from '../StepActions.tsx';
import { StepErrors } from '../StepErrors.tsx';

export type IdentityData = Static<typeof PassportIdentityStep>;
export type OldPassportData = Static<typeof PassportOldPassportStep>;
export type PhotoData = Static<typeof PassportPhotoStep>;
export type FingerprintsData = Static<typeof PassportFingerprintsStep>;

/** The frame every passport step shares: heading, the server's verdict, the fields, back and "save and continue". */
export function StepForm({
  id,
  heading,
  error,
  pending,
  onBack,
  onSubmit,
  children,
}: {
  id: string;
  heading: string;
  error: unknown;
  pending: boolean;
  onBack: (() => void) | undefined;
  onSubmit(): void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Stack gap="md" mt="lg">
        <Text component="h2" id={`${id}-heading`} fz="h3" fw={700} m={0}>
          {heading}
        </Text>
        <StepErrors error={error} />
        {children}
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}

export function IdentityStep({ initial, pending, error, onBack, onSave }: StepFormProps<IdentityData>) {
  const { t, language } = useI18n();
  const [evidence, setEvidence] = useState<IdentityEvidence[]>(initial?.evidence ?? []);
  const [verified, setVerified] = useState<'yes' | 'no' | ''>(initial ? (initial.verified ? 'yes' : 'no') : '');
  const [note, setNote] = useState(initial?.note ?? '');
  const errors = fieldErrors(error, 'identity');
  return (
    <StepForm
      id="passport-identity"
      heading={t('passport.identity.heading')}
      {...{ error, pending, onBack }}
      onSubmit={() => onSave({ evidence, verified: verified === 'yes', ...(note.trim() && { note: note.trim() }) })}
    >
      <Checkbox.Group
        label={t('passport.identity.evidence')}
        value={evidence}
        onChange={(v) => setEvidence(v as IdentityEvidence[])}
        error={errors.evidence}
      >
        <Stack gap="xs" mt="xs">
          {IDENTITY_EVIDENCE.map((e) => (
            <Checkbox key={e} value={e} label={IDENTITY_EVIDENCE_TEXT[e][language]} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Radio.Group label={t('passport.identity.verified')} value={verified} onChange={(v) => setVerified(v as 'yes' | 'no')} required>
        <Stack gap="xs" mt="xs">
          <Radio value="yes" label={t('passport.identity.verifiedYes')} />
          <Radio value="no" label={t('passport.identity.verifiedNo')} />
        </Stack>
      </Radio.Group>
      {verified === 'no' && (
        <Textarea
          label={t('passport.identity.note')}
          description={t('passport.identity.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
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
  const [outcome, setOutcome] = useState<OldPassportOutcome>(initial?.outcome ?? register.expected);
  const [reason, setReason] = useState(initial?.reason ?? '');
  const differs = !register.agreeing.includes(outcome);
  const errors = fieldErrors(error, 'old_passport');
  const onRecord = register.onRecord;
  const date = (civil: string) => formatCivilDate(formatDate, civil);
  return (
    <StepForm
      id="passport-old"
      heading={t('passport.oldPassport.heading')}
      {...{ error, pending, onBack }}
      onSubmit={() => onSave({ outcome, ...(differs && reason.trim() && { reason: reason.trim() }) })}
    >
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
      <Radio.Group
        label={t('passport.oldPassport.outcome')}
        value={outcome}
        onChange={(v) => setOutcome(v as OldPassportOutcome)}
        error={errors.outcome}
        required
      >
        <Stack gap="xs" mt="xs">
          {OLD_PASSPORT_OUTCOMES.map((o) => (
            <Radio key={o} value={o} label={OLD_PASSPORT_TEXT[o][language]} />
          ))}
        </Stack>
      </Radio.Group>
      {differs && (
        <Textarea
          label={t('passport.oldPassport.reason')}
          description={t('passport.oldPassport.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.reason}
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
  const [source, setSource] = useState<PhotoSource | ''>(initial?.source ?? '');
  return (
    <StepForm
      id="passport-photo"
      heading={t('passport.photo.heading')}
      {...{ error, pending, onBack }}
      onSubmit={() => source && onSave({ source })}
    >
      <Radio.Group
        label={t('passport.photo.source')}
        value={source}
        onChange={(v) => setSource(v as PhotoSource)}
        error={fieldErrors(error, 'photo').source}
        required
      >
        <Stack gap="xs" mt="xs">
          {PHOTO_SOURCES.map((s) => (
            <Radio key={s} value={s} label={PHOTO_SOURCE_TEXT[s][language]} />
          ))}
        </Stack>
      </Radio.Group>
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
  const [status, setStatus] = useState<FingerprintStatus | ''>(
    initial && choices.includes(initial.status) ? initial.status : required ? '' : 'not_required',
  );
  const [note, setNote] = useState(initial?.note ?? '');
  const errors = fieldErrors(error, 'fingerprints');
  return (
    <StepForm
      id="passport-fingerprints"
      heading={t('passport.fingerprints.heading')}
      {...{ error, pending, onBack }}
      onSubmit={() => status && onSave({ status, ...(status === 'impossible' && note.trim() && { note: note.trim() }) })}
    >
      <Text>{t(required ? 'passport.fingerprints.required' : 'passport.fingerprints.notRequired')}</Text>
      <Radio.Group
        label={t('passport.fingerprints.status')}
        value={status}
        onChange={(v) => setStatus(v as FingerprintStatus)}
        error={errors.status}
        required
      >
        <Stack gap="xs" mt="xs">
          {choices.map((s) => (
            <Radio key={s} value={s} label={FINGERPRINT_TEXT[s][language]} />
          ))}
        </Stack>
      </Radio.Group>
      {status === 'impossible' && (
        <Textarea
          label={t('passport.fingerprints.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          required
          autosize
          minRows={2}
          maxLength={500}
        />
      )}
    </StepForm>
  );
}
