import { Checkbox, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { CreateServiceBody, UpdateServiceConfigBody, type Service } from '@skranke/contracts';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, createConfigService, updateConfigService } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigForm } from './ConfigFormDialog.tsx';

const whole = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

interface ServiceFormDialogProps {
  auth: AuthSession;
  /** The service to change; without one the dialog adds a service. */
  service: Service | null;
  defaults: { yellowMinutes: number; redMinutes: number };
  onClose(): void;
  onSaved(service: Service, created: boolean): void;
}

type Minutes = string | number;
type Values = {
  code: string;
  prefix: string;
  nameDa: string;
  nameEn: string;
  expectedMinutes: Minutes;
  kioskOrder: Minutes;
  yellowMinutes: Minutes;
  redMinutes: Minutes;
  active: boolean;
};

const fieldsOf = (values: Values) => ({
  prefix: values.prefix.trim().toUpperCase(),
  nameDa: values.nameDa.trim(),
  nameEn: values.nameEn.trim(),
  expectedMinutes: whole(values.expectedMinutes),
  kioskOrder: whole(values.kioskOrder),
  yellowMinutes: whole(values.yellowMinutes),
  redMinutes: whole(values.redMinutes),
});

/** Add a service (e.g. a crisis service) or change one: letter, names, expected time, kiosk order, traffic lights. */
export function ServiceFormDialog({ auth, service, defaults, onClose, onSaved }: ServiceFormDialogProps) {
  const { t } = useI18n();
  const wholeBetween = (min: number, max: number) => t('adminConfig.form.wholeBetween', { min, max });
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: {
      code: '',
      prefix: service?.prefix ?? '',
      nameDa: service?.nameDa ?? '',
      nameEn: service?.nameEn ?? '',
      expectedMinutes: service?.expectedMinutes ?? 10,
      kioskOrder: service?.kioskOrder ?? 100,
      yellowMinutes: service?.yellowMinutes ?? defaults.yellowMinutes,
      redMinutes: service?.redMinutes ?? defaults.redMinutes,
      active: service?.active ?? true,
    } as Values,
    check: {
      schema: service ? UpdateServiceConfigBody : CreateServiceBody,
      body: (values) => (service ? { ...fieldsOf(values), active: values.active } : { code: values.code.trim(), ...fieldsOf(values) }),
      messages: {
        code: t('adminConfig.services.codeInvalid'),
        prefix: t('adminConfig.services.prefixInvalid'),
        nameDa: t('adminConfig.form.required'),
        nameEn: t('adminConfig.form.required'),
        expectedMinutes: wholeBetween(1, 240),
        kioskOrder: wholeBetween(0, 10000),
        yellowMinutes: wholeBetween(1, 600),
        redMinutes: wholeBetween(1, 600),
      },
      rules: (values) => {
        const red = whole(values.redMinutes);
        const redInRange = Number.isInteger(red) && red >= 1 && red <= 600;
        return { redMinutes: redInRange && red <= whole(values.yellowMinutes) ? t('adminConfig.services.redAfterYellow') : undefined };
      },
    },
    queryKey: configKeys.services(),
    save: (values) =>
      service
        ? updateConfigService(auth, service.id, { ...fieldsOf(values), active: values.active })
        : createConfigService(auth, { code: values.code.trim(), ...fieldsOf(values) }),
    onSaved: (saved: Service) => onSaved(saved, !service),
  });

  return (
    <ConfigFormDialog
      title={service ? t('adminConfig.services.editTitle', { name: service.nameDa }) : t('adminConfig.services.addTitle')}
      opened
      onClose={onClose}
      pending={pending}
      general={general}
      onSubmit={onSubmit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('adminConfig.services.nameDa')} {...form.getInputProps('nameDa')} required maxLength={100} data-autofocus />
        <TextInput label={t('adminConfig.services.nameEn')} {...form.getInputProps('nameEn')} required maxLength={100} lang="en" />
        {!service && (
          <TextInput
            label={t('adminConfig.services.code')}
            description={t('adminConfig.services.codeHint')}
            {...form.getInputProps('code')}
            required
            maxLength={40}
            spellCheck={false}
            autoComplete="off"
          />
        )}
        <TextInput
          label={t('adminConfig.services.prefix')}
          description={t('adminConfig.services.prefixHint')}
          {...form.getInputProps('prefix')}
          onChange={(e) => form.setFieldValue('prefix', e.currentTarget.value.toUpperCase())}
          required
          maxLength={1}
          autoComplete="off"
        />
        <NumberInput
          label={t('adminConfig.services.expectedMinutes')}
          {...form.getInputProps('expectedMinutes')}
          min={1}
          max={240}
          allowDecimal={false}
          clampBehavior="none"
          required
        />
        <NumberInput
          label={t('adminConfig.services.kioskOrder')}
          description={t('adminConfig.services.kioskOrderHint')}
          {...form.getInputProps('kioskOrder')}
          min={0}
          max={10000}
          allowDecimal={false}
          clampBehavior="none"
        />
        <NumberInput
          label={t('adminConfig.services.yellowMinutes')}
          {...form.getInputProps('yellowMinutes')}
          min={1}
          max={600}
          allowDecimal={false}
          clampBehavior="none"
        />
        <NumberInput
          label={t('adminConfig.services.redMinutes')}
          {...form.getInputProps('redMinutes')}
          min={1}
          max={600}
          allowDecimal={false}
          clampBehavior="none"
        />
      </SimpleGrid>
      {service && (
        <Checkbox
          label={t('adminConfig.services.active')}
          description={t('adminConfig.services.activeHint')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </ConfigFormDialog>
  );
}
