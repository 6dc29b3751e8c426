import { Alert, Radio, Stack, Text } from '@mantine/core';
import type { Case, DrivingLicenceIdentificationStep, DrivingLicencePaymentStep, DrivingLicenceRequestStep } from '@skranke/contracts';
import {
  DRIVING_LICENCE_KIND_TEXT,
  DRIVING_LICENCE_KINDS,
  DUPLICATE_REASON_TEXT,
  DUPLICATE_REASONS,
  formatKroner,
  ID_DOCUMENT_TEXT,
  LICENCE_ID_DOCUMENTS,
  LICENCE_PHOTO_TEXT,
  LICENCE_PHOTOS,
  medicalCertificateRequired,
  type DrivingLicenceKind,
  type DuplicateReason,
  type LicenceIdDocument,
  type LicencePhoto,
} from '@skranke/domain';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CheckboxField } from '../CheckboxField.tsx';
import { StepActions, type StepFormProps } from '../StepActions.tsx';
import { StepErrors } from '../StepErrors.tsx';

/**
 * Renewal (with the citizen's loss declaration when the old licence is lost) or duplicate (with the reason); the
 * server checks the renewal window against the licence on record.
 */
export function RequestStep({ initial, pending, error, onBack, onSave }: StepFormProps<DrivingLicenceRequestStep>) {
  const { t, language } = useI18n();
  const [kind, setKind] = useState<DrivingLicenceKind | ''>(initial?.kind ?? '');
  const [reason, setReason] = useState<DuplicateReason | ''>(initial?.duplicateReason ?? '');
  const [lossDeclared, setLossDeclared] = useState(initial?.lossDeclared ?? false);
  const errors = fieldErrors(error, 'request');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({
      ...(kind && { kind }),
      ...(kind === 'duplicate' && reason && { duplicateReason: reason }),
      ...(kind === 'renewal' && lossDeclared && { lossDeclared: true }),
    } as DrivingLicenceRequestStep);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="licence-request-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="licence-request-heading" fz="h3" fw={700} m={0}>
          {t('licence.request.heading')}
        </Text>
        <StepErrors error={error} />
        <Radio.Group
          label={t('licence.request.kind')}
          value={kind}
          onChange={(v) => setKind(v as DrivingLicenceKind)}
          error={errors.kind}
          required
        >
          <Stack gap="sm" mt="xs">
            {DRIVING_LICENCE_KINDS.map((k) => (
              <Radio key={k} value={k} label={DRIVING_LICENCE_KIND_TEXT[k][language]} />
            ))}
          </Stack>
        </Radio.Group>
        {kind === 'renewal' && (
          <CheckboxField
            label={t('licence.request.lossDeclared')}
            description={t('licence.request.lossDeclaredHint')}
            checked={lossDeclared}
            onChange={(e) => setLossDeclared(e.currentTarget.checked)}
            error={errors.lossDeclared}
          />
        )}
        {kind === 'duplicate' && (
          <Radio.Group
            label={t('licence.request.reason')}
            value={reason}
            onChange={(v) => setReason(v as DuplicateReason)}
            error={errors.duplicateReason}
            required
          >
            <Stack gap="sm" mt="xs">
              {DUPLICATE_REASONS.map((r) => (
                <Radio key={r} value={r} label={DUPLICATE_REASON_TEXT[r][language]} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}

/** Photo, ID, the old licence (handed in unless it was lost), and a lægeattest to renew a health-limited licence. */
export function IdentificationStep({
  initial,
  request,
  healthLimited,
  lost,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<DrivingLicenceIdentificationStep> & {
  request: DrivingLicenceRequestStep | undefined;
  healthLimited: boolean;
  lost: boolean;
}) {
  const { t, language } = useI18n();
  const [photo, setPhoto] = useState<LicencePhoto | ''>(initial?.photo ?? '');
  const [idDocument, setIdDocument] = useState<LicenceIdDocument | ''>(initial?.idDocument ?? '');
  const [handedIn, setHandedIn] = useState(initial?.oldLicenceHandedIn ?? false);
  const [certificate, setCertificate] = useState(initial?.medicalCertificate ?? false);
  const needsCertificate = !!request && medicalCertificateRequired(request, { healthLimited });
  const errors = fieldErrors(error, 'identification');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({
      ...(photo && { photo }),
      ...(idDocument && { idDocument }),
      oldLicenceHandedIn: !lost && handedIn,
      ...(needsCertificate && { medicalCertificate: certificate }),
    } as DrivingLicenceIdentificationStep);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="licence-identification-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="licence-identification-heading" fz="h3" fw={700} m={0}>
          {t('licence.identification.heading')}
        </Text>
        <StepErrors error={error} />
        <Radio.Group
          label={t('licence.identification.photo')}
          value={photo}
          onChange={(v) => setPhoto(v as LicencePhoto)}
          error={errors.photo}
          required
        >
          <Stack gap="sm" mt="xs">
            {LICENCE_PHOTOS.map((p) => (
              <Radio key={p} value={p} label={LICENCE_PHOTO_TEXT[p][language]} />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group
          label={t('licence.identification.idDocument')}
          value={idDocument}
          onChange={(v) => setIdDocument(v as LicenceIdDocument)}
          error={errors.idDocument}
          required
        >
          <Stack gap="sm" mt="xs">
            {LICENCE_ID_DOCUMENTS.map((d) => (
              <Radio key={d} value={d} label={ID_DOCUMENT_TEXT[d][language]} />
            ))}
          </Stack>
        </Radio.Group>
        {lost ? (
          <Text>{t('licence.identification.oldLicenceLost')}</Text>
        ) : (
          <CheckboxField
            label={t('licence.identification.oldLicence')}
            checked={handedIn}
            onChange={(e) => setHandedIn(e.currentTarget.checked)}
            error={errors.oldLicenceHandedIn}
          />
        )}
        {needsCertificate && (
          <CheckboxField
            label={t('licence.identification.medicalCertificate')}
            description={t('licence.identification.medicalCertificateHint')}
            checked={certificate}
            onChange={(e) => setCertificate(e.currentTarget.checked)}
            error={errors.medicalCertificate}
          />
        )}
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}

/**
 * The fee the server found in the fee table (or the free renewal), and that it is paid. Without a fee table the server
 * says why and what to do (`feeProblem`); that sentence is shown as it is.
 */
export function PaymentStep({ kase, initial, pending, error, onBack, onSave }: StepFormProps<DrivingLicencePaymentStep> & { kase: Case }) {
  const { t, language } = useI18n();
  const feeProblem = kase.drivingLicence?.feeProblem;
  const [paid, setPaid] = useState(initial?.paid ?? false);
  const errors = fieldErrors(error, 'payment');
  const fee = kase.drivingLicence?.fee ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ paid: fee?.amountOre === 0 ? false : paid });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="licence-payment-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="licence-payment-heading" fz="h3" fw={700} m={0}>
          {t('licence.payment.heading')}
        </Text>
        <StepErrors error={error} />
        {!fee && (
          <Alert color="red" variant="light" title={t('licence.payment.unknownTitle')}>
            {feeProblem ? feeProblem[language] : t('licence.payment.unknown')}
          </Alert>
        )}
        {fee?.waiver && <Text>{t('licence.payment.free')}</Text>}
        {fee && !fee.waiver && (
          <>
            <Text fw={500}>{t('licence.payment.amount', { amount: formatKroner(fee.amountOre), year: String(fee.year) })}</Text>
            {fee.approximate && <Alert color="yellow">{t('licence.payment.approximate')}</Alert>}
            <CheckboxField
              label={t('licence.payment.paid')}
              checked={paid}
              onChange={(e) => setPaid(e.currentTarget.checked)}
              error={errors.paid}
            />
          </>
        )}
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}
