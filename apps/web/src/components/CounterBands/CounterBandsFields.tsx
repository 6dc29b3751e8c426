import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { CounterBand, CounterSchedule } from '@skranke/contracts';
import type { Weekday } from '@skranke/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ApiError } from '../../lib/http.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** A band being edited: times as typed, counters as typed (checked on save); weekday only in the weekly schedule. */
export interface BandRow {
  key: number;
  weekday?: string;
  from: string;
  to: string;
  counters: string;
}

let nextKey = 1;
export const bandRow = (band: Partial<CounterBand> & { weekday?: number } = {}): BandRow => ({
  key: nextKey++,
  ...(band.weekday !== undefined ? { weekday: String(band.weekday) } : {}),
  from: band.from ?? '10:00',
  to: band.to ?? '12:00',
  counters: String(band.counters ?? 1),
});

/** The rows as the API takes them, or the row errors to show (the end before the start, counters not 0..active). */
export function bandsOf(rows: BandRow[], activeCounters: number, messages: { invalidBand: string; invalidCounters: string }) {
  const errors: Record<number, string> = {};
  const bands = rows.map((row, index) => {
    const counters = Number(row.counters);
    if (!/^\d{2}:\d{2}$/.test(row.from) || !/^\d{2}:\d{2}$/.test(row.to) || row.from >= row.to) errors[index] = messages.invalidBand;
    else if (row.counters.trim() === '' || !Number.isInteger(counters) || counters < 0 || counters > activeCounters)
      errors[index] = messages.invalidCounters;
    return { ...(row.weekday ? { weekday: Number(row.weekday) } : {}), from: row.from, to: row.to, counters };
  });
  return { bands, errors };
}

/** The API's field errors of a 400 (`/body/<list>/<index>/<field>`) as row errors. */
export function rowErrorsOf(error: unknown): Record<number, string> {
  const errors: Record<number, string> = {};
  if (!(error instanceof ApiError)) return errors;
  for (const e of error.problem?.errors ?? []) {
    const index = /^\/body\/(?:bands|weekly)\/(\d+)\//.exec(e.pointer)?.[1];
    if (index !== undefined) errors[Number(index)] ??= e.detail;
  }
  return errors;
}

/**
 * The time bands of a counter schedule: per band from, to and the counters that take booked citizens (with its
 * weekday in the weekly schedule). Each band is a fieldset named by its number, so its fields read "Tidsrum 2, Fra kl.".
 */
export function CounterBandsFields({
  rows,
  onChange,
  activeCounters,
  errors,
  withWeekday = false,
}: {
  withWeekday?: boolean;
  rows: BandRow[];
  onChange(rows: BandRow[]): void;
  activeCounters: number;
  errors: Record<number, string>;
}) {
  const { t } = useI18n();
  const set = (index: number, patch: Partial<BandRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`counters.weekday.${d}` as 'counters.weekday.1') }));
  return (
    <Stack gap="sm">
      {rows.length === 0 && <Text c="dimmed">{t('counters.noBands')}</Text>}
      {rows.map((row, index) => (
        <Fieldset key={row.key} legend={t('counters.bandLegend', { n: index + 1 })} variant="filled">
          <Group align="flex-start" gap="sm" wrap="wrap">
            {withWeekday && (
              <NativeSelect
                label={t('counters.weekday')}
                data={weekdays}
                value={row.weekday ?? '1'}
                onChange={(event) => set(index, { weekday: event.currentTarget.value })}
              />
            )}
            <TextInput
              type="time"
              label={t('counters.from')}
              value={row.from}
              onChange={(event) => set(index, { from: event.currentTarget.value })}
              w={130}
            />
            <TextInput
              type="time"
              label={t('counters.to')}
              value={row.to}
              onChange={(event) => set(index, { to: event.currentTarget.value })}
              error={errors[index]}
              w={180}
            />
            <TextInput
              type="number"
              inputMode="numeric"
              min={0}
              max={activeCounters}
              label={t('counters.counters')}
              value={row.counters}
              onChange={(event) => set(index, { counters: event.currentTarget.value })}
              w={110}
            />
            <ActionIcon
              variant="default"
              size="lg"
              mt={26}
              aria-label={t('counters.removeBand', { n: index + 1 })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => onChange([...rows, bandRow(withWeekday ? { weekday: 1 } : {})])}
        >
          {t('counters.addBand')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The schedule as the pure rule reads it (the contract's weekday is a plain number 1..7). */
export const domainSchedule = (schedule: CounterSchedule) => ({
  weekly: schedule.weekly.map((b) => ({ ...b, weekday: b.weekday as Weekday })),
  days: schedule.days,
});

/** "10.00–12.00: 2 · 12.00–17.00: kun drop-in", or what a day without bands means. */
export function useBandsText() {
  const { t, language } = useI18n();
  const clock = (hhmm: string) => (language === 'da' ? hhmm.replace(':', '.') : hhmm);
  return (bands: readonly CounterBand[] | null) => {
    if (bands === null) return t('counters.noLimit');
    if (bands.length === 0) return t('counters.noBookings');
    return bands
      .map((b) =>
        t(b.counters === 0 ? 'counters.bandWalkIn' : 'counters.band', { from: clock(b.from), to: clock(b.to), counters: b.counters }),
      )
      .join(' · ');
  };
}
