import { Select, TextInput } from '@mantine/core';
import type { ConfigCounter, ConfigLocation } from '@skranke/contracts';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, createConfigCounter, updateConfigCounter } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigSave } from './ConfigFormDialog.tsx';

interface CounterFormDialogProps {
  auth: AuthSession;
  locations: ConfigLocation[];
  /** The counter to rename; without one the dialog adds a counter. */
  counter: ConfigCounter | null;
  onClose(): void;
  onSaved(counter: ConfigCounter, created: boolean): void;
}

/** Add a counter at a location, or rename one. */
export function CounterFormDialog({ auth, locations, counter, onClose, onSaved }: CounterFormDialogProps) {
  const { t } = useI18n();
  const [locationId, setLocationId] = useState<string | null>(counter?.locationId ?? locations[0]?.id ?? null);
  const [name, setName] = useState(counter?.name ?? '');
  const form = useConfigSave({
    queryKey: configKeys.counters(),
    save: () => (counter ? updateConfigCounter(auth, counter.id, { name: name.trim() }) : createConfigCounter(auth, { locationId: locationId!, name: name.trim() })),
    onSaved: (saved) => onSaved(saved, !counter),
  });
  return (
    <ConfigFormDialog
      title={counter ? t('adminConfig.counters.renameTitle', { name: counter.name }) : t('adminConfig.counters.addTitle')}
      opened
      size="md"
      onClose={onClose}
      pending={form.pending}
      general={form.general}
      onSubmit={(event) =>
        form.submit(event, {
          locationId: locationId ? undefined : t('adminConfig.form.required'),
          name: name.trim() ? undefined : t('adminConfig.form.required'),
        })
      }
    >
      {!counter && (
        <Select
          label={t('adminConfig.counters.location')}
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          value={locationId}
          onChange={setLocationId}
          error={form.errors.locationId}
          allowDeselect={false}
          required
        />
      )}
      <TextInput
        label={t('adminConfig.counters.name')}
        description={t('adminConfig.counters.nameHint')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={form.errors.name}
        required
        maxLength={60}
        data-autofocus
      />
    </ConfigFormDialog>
  );
}
