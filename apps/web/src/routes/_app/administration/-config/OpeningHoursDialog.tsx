import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { SetOpeningHoursBody, type ConfigLocation } from '@skranke/contracts';
import { openingIntervalProblems } from '@skranke/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, setConfigOpeningHours } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../../i18n/da.ts';
import { ConfigFormDialog, useConfigForm } from './ConfigFormDialog.tsx';

interface Row {
  /** A stable React key for a row that has no id of its own. */
  key: number;
  weekday: string;
  opens: string;
  closes: string;
  place: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
let nextKey = 1;

interface OpeningHoursDialogProps {
  auth: AuthSession;
  location: ConfigLocation;
  onClose(): void;
  onSaved(location: ConfigLocation): void;
}

/**
 * The week's opening hours of an office, or a mobile stop's timetable (each interval with where the bus stands).
 * Checked here with the same rule the API uses (no overlaps, closing after opening), and by the API on save.
 */
export function OpeningHoursDialog({ auth, location, onClose, onSaved }: OpeningHoursDialogProps) {
  const { t } = useI18n();
  const mobile = location.kind === 'mobile';
  const intervals = (rows: Row[]) =>
    rows.map((r) => ({
      weekday: Number(r.weekday),
      opens: r.opens.trim(),
      closes: r.closes.trim(),
      place: mobile ? r.place.trim() : null,
    }));
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: {
      rows: location.hours.map((h): Row => ({
        key: nextKey++,
        weekday: String(h.weekday),
        opens: h.opens,
        closes: h.closes,
        place: h.place ?? '',
      })),
    },
    check: {
      schema: SetOpeningHoursBody,
      body: (values) => ({ intervals: intervals(values.rows) }),
      fields: 'path',
      // The domain's sentences name the day ("Mandag: skriv åbningstiden som TT:MM …"), as the API's do.
      rules: (values) => Object.fromEntries(openingIntervalProblems(intervals(values.rows), { mobile }).map((p) => [p.field, p.da])),
    },
    queryKey: configKeys.locations(),
    save: (values) => setConfigOpeningHours(auth, location.id, { intervals: intervals(values.rows) }),
    onSaved,
  });
  const rows = form.values.rows;
  const change = (key: number, patch: Partial<Row>) =>
    form.setFieldValue('rows', (all: Row[]) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const last = rows.at(-1);
  const add = () =>
    form.setFieldValue('rows', (all: Row[]) => [
      ...all,
      {
        key: nextKey++,
        weekday: last ? String(Math.min(Number(last.weekday) + 1, 7)) : '1',
        opens: last?.opens ?? '09:00',
        closes: last?.closes ?? '15:00',
        place: '',
      },
    ]);

  return (
    <ConfigFormDialog
      title={t(mobile ? 'adminConfig.hours.timetableTitle' : 'adminConfig.hours.title', { name: location.name })}
      opened
      size="xl"
      onClose={onClose}
      pending={pending}
      general={general}
      onSubmit={onSubmit}
    >
      <Text size="sm" c="dimmed">
        {t(mobile ? 'adminConfig.hours.timetableIntro' : 'adminConfig.hours.intro')}
      </Text>
      <Stack gap="sm">
        {rows.length === 0 && <Text>{t('adminConfig.hours.none')}</Text>}
        {rows.map((row, index) => {
          const error = (field: string) => form.errors[`intervals/${index}/${field}`];
          return (
            <Fieldset key={row.key} legend={t('adminConfig.hours.row', { number: index + 1 })} p="sm">
              <Group align="flex-start" gap="sm" wrap="wrap">
                <Select
                  label={t('adminConfig.hours.weekday')}
                  data={WEEKDAYS.map((d) => ({ value: String(d), label: t(`adminConfig.weekday.${d}` as MessageKey) }))}
                  value={row.weekday}
                  onChange={(value) => value && change(row.key, { weekday: value })}
                  error={error('weekday')}
                  allowDeselect={false}
                  w={150}
                />
                <TextInput
                  label={t('adminConfig.hours.opens')}
                  placeholder="09:00"
                  value={row.opens}
                  onChange={(e) => change(row.key, { opens: e.currentTarget.value })}
                  error={error('opens')}
                  w={120}
                  maxLength={5}
                  inputMode="numeric"
                />
                <TextInput
                  label={t('adminConfig.hours.closes')}
                  placeholder="15:00"
                  value={row.closes}
                  onChange={(e) => change(row.key, { closes: e.currentTarget.value })}
                  error={error('closes')}
                  w={120}
                  maxLength={5}
                  inputMode="numeric"
                />
                {mobile && (
                  <TextInput
                    label={t('adminConfig.hours.place')}
                    value={row.place}
                    onChange={(e) => change(row.key, { place: e.currentTarget.value })}
                    error={error('place')}
                    style={{ flex: 1, minWidth: 180 }}
                    maxLength={200}
                  />
                )}
                <ActionIcon
                  variant="default"
                  size="lg"
                  mt={25}
                  aria-label={t('adminConfig.hours.remove', { number: index + 1 })}
                  onClick={() => form.setFieldValue('rows', (all: Row[]) => all.filter((r) => r.key !== row.key))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Fieldset>
          );
        })}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
            {t('adminConfig.hours.add')}
          </Button>
        </Group>
      </Stack>
    </ConfigFormDialog>
  );
}
