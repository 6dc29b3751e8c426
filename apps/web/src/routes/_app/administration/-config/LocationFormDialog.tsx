import { Checkbox, Radio, Group, TextInput } from '@mantine/core';
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

type Values = { name: string; kind: 'office' | 'mobile'; address: string; allowRemoteTickets: boolean };
const toBody = (values: Values) => ({ name: values.name.trim(), kind: values.kind, address: values.address.trim() });
/** Numbers on the phone are turned on for a location that exists (a new one starts without). */
const toUpdateBody = (values: Values) => ({ ...toBody(values), allowRemoteTickets: values.allowRemoteTickets });

/** Add an office or a mobile stop, or change one's name, kind, address or whether it hands out numbers on phones. */
export function LocationFormDialog({ auth, location, onClose, onSaved }: LocationFormDialogProps) {
  const { t } = useI18n();
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: {
      name: location?.name ?? '',
      kind: location?.kind ?? 'office',
      address: location?.address ?? '',
      allowRemoteTickets: location?.allowRemoteTickets ?? false,
    } as Values,
    check: {
      schema: location ? UpdateLocationBody : CreateLocationBody,
      body: location ? toUpdateBody : toBody,
      messages: { name: t('adminConfig.form.required'), address: t('adminConfig.form.required') },
    },
    queryKey: configKeys.locations(),
    save: (values) =>
      location ? updateConfigLocation(auth, location.id, toUpdateBody(values)) : createConfigLocation(auth, toBody(values)),
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
      {location && (
        <Checkbox
          label={t('adminConfig.locations.allowRemoteTickets')}
          description={t('adminConfig.locations.allowRemoteTicketsHint')}
          {...form.getInputProps('allowRemoteTickets', { type: 'checkbox' })}
        />
      )}
    </ConfigFormDialog>
  );
}
