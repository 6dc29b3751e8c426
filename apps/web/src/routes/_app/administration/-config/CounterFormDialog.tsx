import { Select, TextInput } from '@mantine/core';
import { CreateCounterBody, UpdateCounterBody, type ConfigCounter, type ConfigLocation } from '@skranke/contracts';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, createConfigCounter, updateConfigCounter } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigForm } from './ConfigFormDialog.tsx';

interface CounterFormDialogProps {
  auth: AuthSession;
  locations: ConfigLocation[];
  /** The counter to rename; without one the dialog adds a counter. */
  counter: ConfigCounter | null;
  onClose(): void;
  onSaved(counter: ConfigCounter, created: boolean): void;
}

type Values = { locationId: string | null; name: string };

/** Add a counter at a location, or rename one. */
export function CounterFormDialog({ auth, locations, counter, onClose, onSaved }: CounterFormDialogProps) {
  const { t } = useI18n();
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: { locationId: counter?.locationId ?? locations[0]?.id ?? null, name: counter?.name ?? '' } as Values,
    check: {
      schema: counter ? UpdateCounterBody : CreateCounterBody,
      body: (values) => (counter ? { name: values.name.trim() } : { locationId: values.locationId ?? undefined, name: values.name.trim() }),
      messages: { locationId: t('adminConfig.form.required'), name: t('adminConfig.form.required') },
    },
    queryKey: configKeys.counters(),
    save: (values) =>
      counter
        ? updateConfigCounter(auth, counter.id, { name: values.name.trim() })
        : createConfigCounter(auth, { locationId: values.locationId!, name: values.name.trim() }),
    onSaved: (saved) => onSaved(saved, !counter),
  });
  return (
    <ConfigFormDialog
      title={counter ? t('adminConfig.counters.renameTitle', { name: counter.name }) : t('adminConfig.counters.addTitle')}
      opened
      size="md"
      onClose={onClose}
      pending={pending}
      general={general}
      onSubmit={onSubmit}
    >
      {!counter && (
        <Select
          label={t('adminConfig.counters.location')}
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          {...form.getInputProps('locationId')}
          allowDeselect={false}
          required
        />
      )}
      <TextInput
        label={t('adminConfig.counters.name')}
        description={t('adminConfig.counters.nameHint')}
        {...form.getInputProps('name')}
        required
        maxLength={60}
        data-autofocus
      />
    </ConfigFormDialog>
  );
}
