import { Alert, Text } from '@mantine/core';
import type { HealthCardOutcome, HealthCardRequestStep } from '@skranke/contracts';
import {
  formatKroner,
  HEALTH_CARD_FREE_TEXT,
  HEALTH_CARD_KIND_TEXT,
  HEALTH_CARD_KINDS,
  HEALTH_CARD_REASON_TEXT,
  HEALTH_CARD_REASONS_BY_KIND,
  type HealthCardFreeReason,
  type HealthCardKind,
  type HealthCardReason,
  type NameChangeCause,
} from '@skranke/domain';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CheckboxField } from '../CheckboxField.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { choicesOf, labelled, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';

/** Which card (new, replacement, temporary certificate) and why; the reasons offered follow the kind. */
export function RequestStep({ initial, pending, error, onBack, onSave }: StepFormProps<HealthCardRequestStep>) {
  const { t, language } = useI18n();
  const { form, values } = useStepForm('request', error, {
    kind: (initial?.kind ?? '') as HealthCardKind | '',
    reason: (initial?.reason ?? '') as HealthCardReason | '',
    nameChangeCause: (initial?.nameChangeCause ?? '') as NameChangeCause | '',
  });
  const kindChoices = choicesOf(HEALTH_CARD_KINDS, HEALTH_CARD_KIND_TEXT, language);
  const reasonChoices = values.kind ? choicesOf(HEALTH_CARD_REASONS_BY_KIND[values.kind], HEALTH_CARD_REASON_TEXT, language) : [];
  const causeChoices = labelled(['marriage', 'other'] as const, (c) => t(`healthCard.request.nameChangeCause.${c}`));
  const submit = form.onSubmit(({ kind, reason, nameChangeCause }) =>
    onSave({
      ...(kind && { kind }),
      ...(reason && { reason }),
      ...(reason === 'name_change' && nameChangeCause && { nameChangeCause }),
    } as HealthCardRequestStep),
  );
  return (
    <StepForm id="health-card-request" heading={t('healthCard.request.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices
        label={t('healthCard.request.kind')}
        choices={kindChoices}
        {...form.getInputProps('kind')}
        onChange={(kind) => {
          form.setFieldValue('kind', kind as HealthCardKind);
          form.setFieldValue('reason', '');
        }}
        required
      />
      {values.kind && (
        <RadioChoices label={t('healthCard.request.reason')} choices={reasonChoices} {...form.getInputProps('reason')} required />
      )}
      {values.reason === 'name_change' && values.kind === 'replacement' && (
        <RadioChoices
          label={t('healthCard.request.nameChangeCause')}
          choices={causeChoices}
          {...form.getInputProps('nameChangeCause')}
          required
        />
      )}
    </StepForm>
  );
}

type Fee = HealthCardOutcome['fee'];

/**
 * The fee the server found (the fee table's health card rate, or free and why) and that it is paid. Without a fee
 * table the server says why and what to do (`feeProblem`); that sentence is shown as it is.
 */
export function HealthFeeStep({
  id,
  fee,
  feeProblem,
  initial,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<{ paid: boolean }> & { id: string; fee: Fee; feeProblem: HealthCardOutcome['feeProblem'] }) {
  const { t, language } = useI18n();
  const { form } = useStepForm('payment', error, { paid: initial?.paid ?? false });
  const submit = form.onSubmit(({ paid }) => onSave({ paid: fee?.amountOre === 0 ? false : paid }));
  return (
    <StepForm id={id} heading={t('health.fee.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      {!fee && (
        <Alert color="red" variant="light" title={t('health.fee.unknownTitle')}>
          {feeProblem ? feeProblem[language] : t('health.fee.unknown')}
        </Alert>
      )}
      {fee && <FeeText fee={fee} />}
      {fee && fee.amountOre > 0 && (
        <>
          {fee.approximate && <Alert color="yellow">{t('health.fee.approximate')}</Alert>}
          <CheckboxField label={t('health.fee.paid')} {...form.getInputProps('paid', { type: 'checkbox' })} />
        </>
      )}
    </StepForm>
  );
}

/** "Gebyr: 225,00 kr. (gebyrtabel 2026)." or "Gratis: første sundhedskort." */
export function FeeText({ fee }: { fee: NonNullable<Fee> }) {
  const { t, language } = useI18n();
  const free = fee.freeBecause ? HEALTH_CARD_FREE_TEXT[fee.freeBecause as HealthCardFreeReason] : undefined;
  return (
    <Text fw={500} data-testid="health-fee">
      {fee.amountOre > 0
        ? t('health.fee.amount', { amount: formatKroner(fee.amountOre), year: String(fee.year) })
        : `${free ? free[language] : fee.label}.`}
    </Text>
  );
}
