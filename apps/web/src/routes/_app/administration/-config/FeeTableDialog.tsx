import { Checkbox, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { PutFeeTableBody, type FeeTable } from '@skranke/contracts';
import type { AuthSession } from '../../../../auth/session.ts';
import { feeTableKeys, kronerInput, parseKroner, putFeeTable } from '../../../../features/admin/fee-tables.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigForm } from './ConfigFormDialog.tsx';

type Values = { year: string | number; amounts: string[]; approximate: boolean; source: string };

interface FeeTableDialogProps {
  auth: AuthSession;
  table: FeeTable;
  /** edit: new amounts for the same year; copy: the same bands as a table for another year. */
  mode: 'edit' | 'copy';
  onClose(): void;
  onSaved(table: FeeTable): void;
}

/**
 * The amounts of one year's fee table (the age bands stay as they are), or a copy of it for another year. What is saved
 * is always the municipality's own table: national fees are set by law and the API refuses to change them, so editing
 * a national table makes the municipality's own table for that year.
 */
export function FeeTableDialog({ auth, table, mode, onClose, onSaved }: FeeTableDialogProps) {
  const { t } = useI18n();
  const body = (values: Values) => ({
    scope: 'municipality' as const,
    approximate: values.approximate,
    ...(values.source.trim() && { source: values.source.trim() }),
    ...(table.note && { note: table.note }),
    rates: table.rates.map((rate, i) => ({ ...rate, amountOre: parseKroner(values.amounts[i] ?? '') ?? Number.NaN })),
  });
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: {
      year: mode === 'copy' ? table.year + 1 : table.year,
      amounts: table.rates.map((r) => kronerInput(r.amountOre)),
      approximate: table.approximate,
      source: table.source ?? '',
    } as Values,
    check: {
      schema: PutFeeTableBody,
      body,
      fields: 'path',
      messages: { 'rates/*/amountOre': t('adminConfig.fees.amountInvalid') },
      rules: ({ year }) => ({
        // The year is in the path, not the body.
        year:
          typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100
            ? undefined
            : t('adminConfig.form.wholeBetween', { min: 2000, max: 2100 }),
      }),
    },
    queryKey: feeTableKeys.all,
    save: (values) => putFeeTable(auth, table.product, Number(values.year), body(values)),
    onSaved,
  });
  const product = t(
    table.product === 'passport'
      ? 'adminConfig.fees.passport'
      : table.product === 'health_card'
        ? 'adminConfig.fees.healthCard'
        : 'adminConfig.fees.drivingLicence',
  );

  return (
    <ConfigFormDialog
      title={t(
        mode === 'copy'
          ? 'adminConfig.fees.copyTitle'
          : table.scope === 'national'
            ? 'adminConfig.fees.ownTitle'
            : 'adminConfig.fees.editTitle',
        { product, year: table.year },
      )}
      opened
      onClose={onClose}
      pending={pending}
      general={general}
      onSubmit={onSubmit}
    >
      {table.scope === 'national' && <Text size="sm">{t('adminConfig.fees.ownHint')}</Text>}
      {mode === 'copy' && (
        <NumberInput
          label={t('adminConfig.fees.year')}
          {...form.getInputProps('year')}
          min={2000}
          max={2100}
          allowDecimal={false}
          clampBehavior="none"
          thousandSeparator=""
          required
        />
      )}
      <Stack gap="xs">
        {table.rates.map((rate, i) => (
          <TextInput
            key={rate.code}
            label={t('adminConfig.fees.amountFor', { label: rate.labelDa })}
            description={ages(rate.from, rate.to, t)}
            {...form.getInputProps(`amounts.${i}`)}
            error={form.errors[`rates/${i}/amountOre`] ?? form.errors[`rates/${i}`]}
            rightSection="kr."
            rightSectionWidth={40}
            inputMode="decimal"
            maxLength={14}
            {...(i === 0 && { 'data-autofocus': true })}
          />
        ))}
      </Stack>
      <TextInput label={t('adminConfig.fees.source')} {...form.getInputProps('source')} maxLength={300} />
      <Checkbox
        label={t('adminConfig.fees.approximate')}
        description={t('adminConfig.fees.approximateHint')}
        {...form.getInputProps('approximate', { type: 'checkbox' })}
      />
    </ConfigFormDialog>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];

/** "18 år – folkepensionsalder", "fra 65 år", as a band's bounds read. */
export function ages(from: number | 'pension_age', to: number | 'pension_age' | null, t: Translate): string {
  const bound = (b: number | 'pension_age') =>
    b === 'pension_age' ? t('adminConfig.fees.pensionAge') : t('adminConfig.fees.years', { count: b });
  return to === null
    ? t('adminConfig.fees.from', { from: bound(from) })
    : t('adminConfig.fees.range', { from: bound(from), to: bound(to) });
}
