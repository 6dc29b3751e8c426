import { Alert, Text } from '@mantine/core';
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
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CheckboxField } from '../CheckboxField.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { choicesOf, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';

/**
 * Renewal (with the citizen's loss declaration when the old licence is lost) or duplicate (with the reason); the
 * server checks the renewal window against the licence on record.
 */
export function RequestStep({ initial, pending, error, onBack, onSave }: StepFormProps<DrivingLicenceRequestStep>) {
  const { t, language } = useI18n();
  const { form, values } = useStepForm('request', error, {
    kind: (initial?.kind ?? '') as DrivingLicenceKind | '',
    duplicateReason: (initial?.duplicateReason ?? '') as DuplicateReason | '',
    lossDeclared: initial?.lossDeclared ?? false,
  });
  const kindChoices = choicesOf(DRIVING_LICENCE_KINDS, DRIVING_LICENCE_KIND_TEXT, language);
  const duplicateReasonChoices = choicesOf(DUPLICATE_REASONS, DUPLICATE_REASON_TEXT, language);
  const submit = form.onSubmit(({ kind, duplicateReason: reason, lossDeclared }) =>
    onSave({
      ...(kind && { kind }),
      ...(kind === 'duplicate' && reason && { duplicateReason: reason }),
      ...(kind === 'renewal' && lossDeclared && { lossDeclared: true }),
    } as DrivingLicenceRequestStep),
  );
  return (
    <StepForm id="licence-request" heading={t('licence.request.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices label={t('licence.request.kind')} choices={kindChoices} {...form.getInputProps('kind')} required />
      {values.kind === 'renewal' && (
        <CheckboxField
          label={t('licence.request.lossDeclared')}
          description={t('licence.request.lossDeclaredHint')}
          {...form.getInputProps('lossDeclared', { type: 'checkbox' })}
        />
      )}
      {values.kind === 'duplicate' && (
        <RadioChoices
          label={t('licence.request.reason')}
          choices={duplicateReasonChoices}
          {...form.getInputProps('duplicateReason')}
          required
        />
      )}
    </StepForm>
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
  const { form } = useStepForm('identification', error, {
    photo: (initial?.photo ?? '') as LicencePhoto | '',
    idDocument: (initial?.idDocument ?? '') as LicenceIdDocument | '',
    oldLicenceHandedIn: initial?.oldLicenceHandedIn ?? false,
    medicalCertificate: initial?.medicalCertificate ?? false,
  });
  const needsCertificate = !!request && medicalCertificateRequired(request, { healthLimited });
  const photoChoices = choicesOf(LICENCE_PHOTOS, LICENCE_PHOTO_TEXT, language);
  const idDocumentChoices = choicesOf(LICENCE_ID_DOCUMENTS, ID_DOCUMENT_TEXT, language);
  const submit = form.onSubmit(({ photo, idDocument, oldLicenceHandedIn, medicalCertificate }) =>
    onSave({
      ...(photo && { photo }),
      ...(idDocument && { idDocument }),
      oldLicenceHandedIn: !lost && oldLicenceHandedIn,
      ...(needsCertificate && { medicalCertificate }),
    } as DrivingLicenceIdentificationStep),
  );
  return (
    <StepForm id="licence-identification" heading={t('licence.identification.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices label={t('licence.identification.photo')} choices={photoChoices} {...form.getInputProps('photo')} required />
      <RadioChoices
        label={t('licence.identification.idDocument')}
        choices={idDocumentChoices}
        {...form.getInputProps('idDocument')}
        required
      />
      {lost ? (
        <Text>{t('licence.identification.oldLicenceLost')}</Text>
      ) : (
        <CheckboxField label={t('licence.identification.oldLicence')} {...form.getInputProps('oldLicenceHandedIn', { type: 'checkbox' })} />
      )}
      {needsCertificate && (
        <CheckboxField
          label={t('licence.identification.medicalCertificate')}
          description={t('licence.identification.medicalCertificateHint')}
          {...form.getInputProps('medicalCertificate', { type: 'checkbox' })}
        />
      )}
    </StepForm>
  );
}

/**
 * The fee the server found in the fee table (or the free renewal), and that it is paid. Without a fee table the server
 * says why and what to do (`feeProblem`); that sentence is shown as it is.
 */
export function PaymentStep({ kase, initial, pending, error, onBack, onSave }: StepFormProps<DrivingLicencePaymentStep> & { kase: Case }) {
  const { t, language } = useI18n();
  const feeProblem = kase.drivingLicence?.feeProblem;
  const { form } = useStepForm('payment', error, { paid: initial?.paid ?? false });
  const fee = kase.drivingLicence?.fee ?? null;
  const submit = form.onSubmit(({ paid }) => onSave({ paid: fee?.amountOre === 0 ? false : paid }));
  return (
    <StepForm id="licence-payment" heading={t('licence.payment.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
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
          <CheckboxField label={t('licence.payment.paid')} {...form.getInputProps('paid', { type: 'checkbox' })} />
        </>
      )}
    </StepForm>
  );
}
