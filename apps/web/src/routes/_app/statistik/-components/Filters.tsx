import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import type { Location } from '@skranke/contracts';
import { useState, type FormEvent } from 'react';
import type { StatisticsFilter } from '../../../../features/statistics/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

const ALL = 'all';

/** Location and period; applied on submit (Enter in any field), so typing a date does not fire half a request. */
export function Filters({ locations, value, onChange }: { locations: Location[]; value: StatisticsFilter; onChange(next: StatisticsFilter): void }) {
  const { t } = useI18n();
  const [locationId, setLocationId] = useState(value.locationId ?? ALL);
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  const invalid = from !== '' && to !== '' && to < from;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid || !from || !to) return;
    onChange({ from, to, locationId: locationId === ALL ? undefined : locationId });
  };
  return (
    <Paper component="form" onSubmit={submit} aria-label={t('statistics.filters.label')} withBorder radius="md" p="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('statistics.filters.location')}
          data={[{ value: ALL, label: t('statistics.filters.allLocations') }, ...locations.map((l) => ({ value: l.id, label: l.name }))]}
          value={locationId}
          onChange={(v) => setLocationId(v ?? ALL)}
          allowDeselect={false}
          w={260}
        />
        <TextInput type="date" label={t('statistics.filters.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} required />
        <TextInput
          type="date"
          label={t('statistics.filters.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          required
          error={invalid ? t('statistics.filters.invalid') : undefined}
        />
        <Button type="submit">{t('statistics.filters.submit')}</Button>
      </Group>
    </Paper>
  );
}
