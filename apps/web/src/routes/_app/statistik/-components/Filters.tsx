import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { StatisticsFilter as StatisticsFilterSchema, type Location } from '@skranke/contracts';
import type { FormEvent } from 'react';
import type { StatisticsFilter } from '../../../../features/statistics/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

const ALL = 'all';

/** Location and period; applied on submit (Enter in any field), so typing a date does not fire half a request. */
export function Filters({
  locations,
  value,
  onChange,
}: {
  locations: Location[];
  value: StatisticsFilter;
  onChange(next: StatisticsFilter): void;
}) {
  const { t, language } = useI18n();
  const toFilter = ({ locationId, from, to }: { locationId: string; from: string; to: string }): StatisticsFilter => ({
    from,
    to,
    locationId: locationId === ALL ? undefined : locationId,
  });
  const form = useForm({
    initialValues: { locationId: value.locationId ?? ALL, from: value.from, to: value.to },
    validate: contractValidator(
      {
        schema: StatisticsFilterSchema,
        body: (values) => toFilter(values),
        rules: ({ from, to }) => ({ to: from && to && to < from ? t('statistics.filters.invalid') : undefined }),
      },
      language,
    ),
  });
  const { from, to } = form.values;
  // Said while typing; an incomplete period is simply not applied yet.
  const invalid = from !== '' && to !== '' && to < from;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.isValid()) onChange(toFilter(form.values));
  };
  return (
    <Paper component="form" onSubmit={submit} aria-label={t('statistics.filters.label')} withBorder radius="md" p="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('statistics.filters.location')}
          data={[{ value: ALL, label: t('statistics.filters.allLocations') }, ...locations.map((l) => ({ value: l.id, label: l.name }))]}
          value={form.values.locationId}
          onChange={(v) => form.setFieldValue('locationId', v ?? ALL)}
          allowDeselect={false}
          w={260}
        />
        <TextInput
          type="date"
          label={t('statistics.filters.from')}
          value={from}
          onChange={(e) => form.setFieldValue('from', e.currentTarget.value)}
          required
        />
        <TextInput
          type="date"
          label={t('statistics.filters.to')}
          value={to}
          onChange={(e) => form.setFieldValue('to', e.currentTarget.value)}
          required
          error={invalid ? t('statistics.filters.invalid') : undefined}
        />
        <Button type="submit">{t('statistics.filters.submit')}</Button>
      </Group>
    </Paper>
  );
}
