import { Radio, Group, TextInput } from '@mantine/core';
import { CreateLocationBody, UpdateLocationBody, type ConfigLocation } from '@skranke/contracts';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, createConfigLocation, updateConfigLocation } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigForm } from './ConfigFormDialog.tsx';

interface LocationFormDialogProps {
  auth: AuthSession;
  location: ConfigLocation | null;
  onClose(): void;
  onSaved(location: ConfigLocation, created: boolean): void;
}

type Values = { name: string; kind: 'office' | 'mobile'; address: string };
const toBody = (values: Values) => ({ name: values.name.trim(), kind: values.kind, address: values.address.trim() });

/** Add an office or a mobile stop, or change one's name, kind or address. */
export function LocationFormDialog({ auth, location, onClose, onSaved }: LocationFormDialogProps) {
  const { t } = useI18n();
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: { name: location?.name ?? '', kind: location?.kind ?? 'office', address: location?.address ?? '' } as Values,
    check: {
      schema: location ? UpdateLocationBody : CreateLocationBody,
      body: toBody,
      messages: { name: t('adminConfig.form.required'), address: t('adminConfig.form.required') },
    },
    queryKey: configKeys.locations(),
    save: (values) => (location ? updateConfigLocation(auth, location.id, toBody(values)) : createConfigLocation(auth, toBody(values))),
    onSaved: (saved) => onSaved(saved, !location),
  });
  return (
    <ConfigFormDialog
      title={location ? t('adminConfig.locations.editTitle', { name: location.name }) : t('adminConfig.locations.addTitle')}
      opened
      size="md"
      onClose={onClose}
      pending={pending}
      general={general}
      onSubmit={onSubmit}
    >
      <TextInput label={t('admin.column.name')} {...form.getInputProps('name')} required maxLength={200} data-autofocus />
      <Radio.Group label={t('admin.column.kind')} {...form.getInputProps('kind')}>
        <Group gap="lg" mt="xs">
          <Radio value="office" label={t('admin.kind.office')} />
          <Radio value="mobile" label={t('adminConfig.locations.mobileLong')} />
        </Group>
      </Radio.Group>
      <TextInput
        label={t('admin.column.address')}
        description={form.values.kind === 'mobile' ? t('adminConfig.locations.addressMobileHint') : undefined}
        {...form.getInputProps('address')}
        required
        maxLength={300}
      />
    </ConfigFormDialog>
  );
}
