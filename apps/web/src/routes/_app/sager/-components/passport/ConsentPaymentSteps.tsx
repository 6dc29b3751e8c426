import { Alert, Badge, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { PassportConsentStep, PassportOutcome, PassportPaymentStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import {
  CONSENT_METHOD_TEXT,
  CONSENT_METHODS,
  PAYMENT_METHOD_TEXT,
  PAYMENT_METHODS,
  type ConsentMethod,
  type PaymentMethod,
} from '@skranke/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { choicesOf, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';
import { formatOre } from './money.ts';

export type ConsentData = Static<typeof PassportConsentStep>;
export type PaymentData = Static<typeof PassportPaymentStep>;

/**
 * One choice per custody holder: not registered yet, or how they consented. Saving registers those given so far; the
 * order stays blocked until every holder has consented.
 */
export function ConsentStep({ passport, pending, error, onBack, onSave }: StepFormProps<ConsentData> & { passport: PassportOutcome }) {
  const { t, language } = useI18n();
  const { form, values, errors } = useStepForm('consent', error, {
    methods: Object.fromEntries(passport.custodyHolders.map((h) => [h.id, h.consent?.method ?? 'none'])) as Record<
      string,
      ConsentMethod | 'none'
    >,
  });
  const submit = form.onSubmit(({ methods }) =>
    onSave({ consents: Object.entries(methods).flatMap(([holderId, method]) => (method === 'none' ? [] : [{ holderId, method }])) }),
  );
  const consentChoices = [
    { value: 'none', label: t('passport.consent.none') },
    ...choicesOf(CONSENT_METHODS, CONSENT_METHOD_TEXT, language),
  ];

  return (
    <StepForm id="passport-consent" heading={t('passport.consent.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      {!passport.consentRequired ? (
        <Text>{t('passport.consent.adult')}</Text>
      ) : passport.custodyHolders.length === 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('passport.consent.noHolders')}
        </Alert>
      ) : (
        <>
          <Text>{t('passport.consent.intro')}</Text>
          {errors.consents && (
            <Text c="red" size="sm">
              {errors.consents}
            </Text>
          )}
          {passport.custodyHolders.map((holder) => {
            const registered = values.methods[holder.id] !== 'none';
            return (
              <RadioChoices
                key={holder.id}
                label={
                  <Group gap="xs" component="span">
                    <span>{t('passport.consent.holder', { name: holder.name, cpr: holder.cprMasked })}</span>
                    <Badge component="span" color={registered ? 'teal.9' : 'red.9'} variant="filled">
                      {t(registered ? 'passport.consent.given' : 'passport.consent.missing')}
                    </Badge>
                  </Group>
                }
                choices={consentChoices}
                gap="xs"
                {...form.getInputProps(`methods.${holder.id}`, { withError: false })}
              />
            );
          })}
        </>
      )}
    </StepForm>
  );
}

/** The fee from the fee table (doubled where it applies) and how it was paid; the server checks the amount. */
export function PaymentStep({
  passport,
  initial,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<PaymentData> & { passport: PassportOutcome }) {
  const { t, language, formatNumber } = useI18n();
  const { form, errors } = useStepForm('payment', error, {
    method: (initial?.method ?? '') as PaymentMethod | '',
    notifyPhone: initial?.notifyPhone ?? '',
    notifyEmail: initial?.notifyEmail ?? '',
  });
  const fee = passport.fee;
  // Without a fee the server says why and what to do (e.g. fee-table-missing: who loads the table); show that.
  const feeProblem = passport.blockers.find((b) => b.field === '/fee');
  const submit = form.onSubmit(({ method, notifyPhone, notifyEmail }) => {
    if (fee && method) {
      onSave({
        method,
        amountOre: fee.amountOre,
        ...(notifyPhone.trim() ? { notifyPhone: notifyPhone.trim() } : {}),
        ...(notifyEmail.trim() ? { notifyEmail: notifyEmail.trim() } : {}),
      });
    }
  });
  return (
    <StepForm id="passport-payment" heading={t('passport.payment.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      {fee ? (
        <Stack gap={4}>
          <Text>
            {t('passport.payment.fee', { year: String(fee.year), band: language === 'da' ? fee.labelDa : fee.labelEn })}:{' '}
            <strong>{formatOre(formatNumber, fee.amountOre)}</strong>
          </Text>
          {fee.doubled && <Text>{t('passport.payment.doubled', { base: formatOre(formatNumber, fee.baseAmountOre) })}</Text>}
          {fee.approximate && (
            <Text c="dimmed" size="sm">
              {t('passport.payment.approximate')}
            </Text>
          )}
          {errors.amountOre && (
            <Text c="red" size="sm">
              {errors.amountOre}
            </Text>
          )}
        </Stack>
      ) : (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {feeProblem ? (language === 'da' ? feeProblem.da : feeProblem.en) : t('passport.payment.noFee')}
        </Alert>
      )}
      <RadioChoices
        label={t('passport.payment.method')}
        choices={choicesOf(PAYMENT_METHODS, PAYMENT_METHOD_TEXT, language)}
        gap="xs"
        {...form.getInputProps('method')}
        required
      />
      <Fieldset legend={t('passport.payment.notify')} variant="unstyled">
        <Text size="sm" c="dimmed" mb="xs">
          {t('passport.payment.notifyHint')}
        </Text>
        <Group grow align="flex-start">
          <TextInput
            label={t('passport.payment.notifyPhone')}
            type="tel"
            autoComplete="off"
            maxLength={30}
            {...form.getInputProps('notifyPhone')}
          />
          <TextInput
            label={t('passport.payment.notifyEmail')}
            type="email"
            autoComplete="off"
            maxLength={254}
            {...form.getInputProps('notifyEmail')}
          />
        </Group>
      </Fieldset>
    </StepForm>
  );
}
