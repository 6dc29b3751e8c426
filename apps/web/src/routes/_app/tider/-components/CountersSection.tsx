import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import type { AppointmentPlan, CounterBand, CounterSchedule } from '@skranke/contracts';
import { counterBandsOn } from '@skranke/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import {
  bandRow,
  bandsOf,
  CounterBandsFields,
  domainSchedule,
  rowErrorsOf,
  useBandsText,
  type BandRow,
} from '../../../../components/CounterBands/CounterBandsFields.tsx';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { deleteCounterScheduleDay, putCounterScheduleDay } from '../../../../features/appointments/actions.ts';
import { invalidateLocationAppointments } from '../../../../features/appointments/queries.ts';
import { addDays, formatDay, formatTime, todayInCopenhagen } from '../../../../features/appointments/time.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface CountersSectionProps {
  auth: AuthSession;
  locationId: string;
  from: string;
  plan: AppointmentPlan;
  schedule: CounterSchedule;
  notice: ReturnType<typeof useNotice>;
}

/**
 * The week's counters for bookings, per day: the bands that apply (the lead's change of the day, else the weekly
 * schedule), the times booked beyond them (kept: call the citizens), and from today on a change of the day.
 */
export function CountersSection({ auth, locationId, from, plan, schedule, notice }: CountersSectionProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const bandsText = useBandsText();
  const [editing, setEditing] = useState<string | null>(null);
  const today = todayInCopenhagen();
  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  const rule = domainSchedule(schedule);

  const reset = useMutation({
    mutationFn: (date: string) => deleteCounterScheduleDay(auth, locationId, date),
    onMutate: () => notice.clear(),
    onSuccess: () => notice.show('success', t('counters.reset')),
    onError: notice.showError,
    onSettled: () => invalidateLocationAppointments(queryClient, locationId),
  });

  return (
    <section aria-labelledby="counters-heading">
      <Title order={2} size="h4" id="counters-heading">
        {t('counters.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('counters.planIntro')}
      </Text>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <caption>
              <VisuallyHidden>{t('counters.caption')}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('counters.column.day')}</Table.Th>
                <Table.Th scope="col">{t('counters.column.bands')}</Table.Th>
                <Table.Th scope="col">{t('counters.column.change')}</Table.Th>
                <Table.Th scope="col">{t('counters.column.overbooked')}</Table.Th>
                <Table.Th scope="col">{t('counters.column.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.map((date) => {
                const override = schedule.days.find((d) => d.date === date);
                const overbooked = plan.days.find((d) => d.date === date)?.overbooked ?? [];
                const day = formatDay(date, language);
                return (
                  <Table.Tr key={date}>
                    <Table.Th scope="row" fw={500}>
                      {day}
                    </Table.Th>
                    <Table.Td>{bandsText(counterBandsOn(rule, date))}</Table.Td>
                    <Table.Td>
                      {override
                        ? override.reason
                          ? t('counters.changedWith', { reason: override.reason })
                          : t('counters.changed')
                        : t('counters.unchanged')}
                    </Table.Td>
                    <Table.Td>
                      {overbooked.length === 0 ? (
                        t('counters.none')
                      ) : (
                        <Text size="sm" c="red.9" fw={600}>
                          {overbooked
                            .map((o) =>
                              t('counters.overbooked', { time: formatTime(o.startsAt, language), booked: o.booked, counters: o.counters }),
                            )
                            .join('; ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {date >= today && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('counters.editDayFor', { day })}
                            onClick={() => {
                              notice.clear();
                              setEditing(date);
                            }}
                          >
                            {t('counters.editDay')}
                          </Button>
                          {override && (
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('counters.resetDayFor', { day })}
                              loading={reset.isPending && reset.variables === date}
                              onClick={() => reset.mutate(date)}
                            >
                              {t('counters.resetDay')}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {editing && (
        <DayDialog
          auth={auth}
          locationId={locationId}
          date={editing}
          schedule={schedule}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            notice.show('success', t('counters.saved'));
          }}
        />
      )}
    </section>
  );
}

function DayDialog({
  auth,
  locationId,
  date,
  schedule,
  onClose,
  onSaved,
}: {
  auth: AuthSession;
  locationId: string;
  date: string;
  schedule: CounterSchedule;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const override = schedule.days.find((d) => d.date === date);
  // Start from what applies that day: the change already made, else the weekday's bands.
  const [rows, setRows] = useState<BandRow[]>(() =>
    (counterBandsOn(domainSchedule(schedule), date) ?? []).map(({ from, to, counters }) => bandRow({ from, to, counters })),
  );
  const [reason, setReason] = useState(override?.reason ?? '');
  const [errors, setErrors] = useState<Record<number, string>>({});
  const save = useMutation({
    mutationFn: (bands: CounterBand[]) => putCounterScheduleDay(auth, locationId, date, { bands, reason: reason.trim() }),
    onSuccess: () => {
      invalidateLocationAppointments(queryClient, locationId);
      onSaved();
    },
    onError: (error) => setErrors(rowErrorsOf(error)),
  });
  const submit = () => {
    const checked = bandsOf(rows, schedule.activeCounters, {
      invalidBand: t('counters.bandInvalid'),
      invalidCounters: t('counters.invalidCounters', { active: schedule.activeCounters }),
    });
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length === 0) save.mutate(checked.bands);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('counters.dayTitle', { day: formatDay(date, language) })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('counters.dayHint')}</Text>
          <CounterBandsFields rows={rows} onChange={setRows} activeCounters={schedule.activeCounters} errors={errors} />
          <TextInput
            label={t('counters.reason')}
            description={t('counters.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={200}
          />
          {save.isError && Object.keys(errors).length === 0 && (
            <Alert color="red" role="alert">
              {save.error.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('counters.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
