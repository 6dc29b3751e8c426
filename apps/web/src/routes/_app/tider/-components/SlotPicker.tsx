import { Button, Chip, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TokenSource } from '../../../../lib/api.ts';
import { appointmentSlotsQueryOptions } from '../../../../features/appointments/queries.ts';
import { copenhagenDate, formatDay, formatTime } from '../../../../features/appointments/time.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface SlotPickerProps {
  tokens: TokenSource;
  locationId: string;
  serviceId: string;
  date: string;
  value: string;
  onChange(startsAt: string, date?: string): void;
  error?: string | undefined;
}

/** The free times of one errand on one day, as one choice; none that day offers the first free time after it. */
export function SlotPicker({ tokens, locationId, serviceId, date, value, onChange, error }: SlotPickerProps) {
  const { t, language } = useI18n();
  const slots = useQuery(appointmentSlotsQueryOptions(tokens, locationId, serviceId, date));
  const label = t('appointments.book.time');
  if (slots.isPending) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('appointments.book.slotsLoading')}</Text>
      </Group>
    );
  }
  if (slots.isError) return <Text c="red.8">{slots.error.message}</Text>;
  const { items, nextFree } = slots.data;
  const onThisDay = items.filter((slot) => copenhagenDate(slot.startsAt) === date);
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={500} size="sm" p={0}>
        {label}
      </Text>
      {onThisDay.length === 0 ? (
        <Stack gap="xs" mt={4}>
          <Text>{t('appointments.book.noSlots')}</Text>
          {nextFree && (
            <div>
              <Button variant="light" onClick={() => onChange(nextFree, copenhagenDate(nextFree))}>
                {t('appointments.book.useNextFree', {
                  day: formatDay(copenhagenDate(nextFree), language),
                  time: formatTime(nextFree, language),
                })}
              </Button>
            </div>
          )}
        </Stack>
      ) : (
        <Group gap="xs" mt={6}>
          {onThisDay.map((slot) => (
            <Chip
              key={slot.startsAt}
              type="radio"
              name="slot"
              value={slot.startsAt}
              checked={value === slot.startsAt}
              onChange={() => onChange(slot.startsAt)}
              radius="sm"
              variant="outline"
            >
              {formatTime(slot.startsAt, language)}
            </Chip>
          ))}
        </Group>
      )}
      {error && (
        <Text c="red.8" size="sm" mt={4}>
          {error}
        </Text>
      )}
    </fieldset>
  );
}
