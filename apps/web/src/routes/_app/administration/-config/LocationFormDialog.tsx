import { Radio, Group, TextInput } from '@mantine/core';
import type { ConfigLocation } from '@skranke/contracts';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, createConfigLocation, updateConfigLocation } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigSave } from './ConfigFormDialog.tsx';

interface LocationFormDialogProps {
  auth: AuthSession;
  location: ConfigLocation | null;
  onClose(): void;
  onSaved(location: ConfigLocation, created: boolean): void;
}

/** Add an office or a mobile stop, or change one's name, kind or address. */
export function LocationFormDialog({ auth, location, onClose, onSaved }: LocationFormDialogProps) {
  const { t } = useI18n();
  const [name, setName] = useState(location?.name ?? '');
  const [kind, setKind] = useState<'office' | 'mobile'>(location?.kind ?? 'office');
  const [address, setAddress] = useState(location?.address ?? '');
  const form = useConfigSave({
    queryKey: configKeys.locations(),
    save: () => {
      const body = { name: name.trim(), kind, address: address.trim() };
      return location ? updateConfigLocation(auth, location.id, body) : createConfigLocation(auth, body);
    },
    onSaved: (saved) => onSaved(saved, !location),
  });
  return (
    <ConfigFormDialog
      title={location ? t('adminConfig.locations.editTitle', { name: location.name }) : t('adminConfig.locations.addTitle')}
      opened
      size="md"
      onClose={onClose}
      pending={form.pending}
      general={form.general}
      onSubmit={(event) =>
        form.submit(event, {
          name: name.trim() ? undefined : t('adminConfig.form.required'),
          address: address.trim() ? undefined : t('adminConfig.form.required'),
        })
      }
    >
      <TextInput label={t('admin.column.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={form.errors.name} required maxLength={200} data-autofocus />
      <Radio.Group label={t('admin.column.kind')} value={kind} onChange={(value) => setKind(value as 'office' | 'mobile')} error={form.errors.kind}>
        <Group gap="lg" mt="xs">
          <Radio value="office" label={t('admin.kind.office')} />
          <Radio value="mobile" label={t('adminConfig.locations.mobileLong')} />
        </Group>
      </Radio.Group>
      <TextInput
        label={t('admin.column.address')}
        description={kind === 'mobile' ? t('adminConfig.locations.addressMobileHint') : undefined}
        value={address}
        onChange={(e) => setAddress(e.currentTarget.value)}
        error={form.errors.address}
        required
        maxLength={300}
      />
    </ConfigFormDialog>
  );
}
