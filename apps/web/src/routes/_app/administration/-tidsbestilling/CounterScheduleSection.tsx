import { Alert, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import type { WeeklyCounterBand } from '@skranke/contracts';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import {
  bandRow,
  bandsOf,
  CounterBandsFields,
  rowErrorsOf,
  useBandsText,
  type BandRow,
} from '../../../../components/CounterBands/CounterBandsFields.tsx';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { putCounterSchedule } from '../../../../features/appointments/actions.ts';
import { counterScheduleQueryOptions, invalidateLocationAppointments } from '../../../../features/appointments/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigTable } from '../-config/ConfigPage.tsx';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The admin's weekly counter schedule of a place: per weekday the bands and the counters that take booked citizens. */
export function CounterScheduleSection({
  auth,
  locationId,
  notice,
}: {
  auth: AuthSession;
  locationId: string;
  notice: ReturnType<typeof useNotice>;
}) {
  const { t } = useI18n();
  const bandsText = useBandsText();
  const { data: schedule } = useSuspenseQuery(counterScheduleQueryOptions(auth, locationId));
  const [editing, setEditing] = useState(false);
  const bandsOn = (weekday: number) => {
    const bands = schedule.weekly.filter((b) => b.weekday === weekday);
    return bands.length > 0 ? bands : null;
  };

  return (
    <section aria-labelledby="counter-schedule-heading">
      <Group justify="space-between" align="flex-end" mb="sm">
        <div>
          <Title order={2} size="h4" id="counter-schedule-heading">
            {t('counters.heading')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('counters.adminIntro', { active: schedule.activeCounters })}
          </Text>
        </div>
        <Button
          onClick={() => {
            notice.clear();
            setEditing(true);
          }}
        >
          {t('counters.editWeekly')}
        </Button>
      </Group>
      {schedule.weekly.length === 0 ? (
        <Text>{t('counters.weeklyEmpty')}</Text>
      ) : (
        <ConfigTable caption={t('counters.weeklyCaption')} minWidth={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('counters.weekday')}</Table.Th>
              <Table.Th scope="col">{t('counters.column.bands')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {WEEKDAYS.map((weekday) => (
              <Table.Tr key={weekday}>
                <Table.Th scope="row" fw={500}>
                  {t(`counters.weekday.${weekday}`)}
                </Table.Th>
                <Table.Td>{bandsText(bandsOn(weekday))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ConfigTable>
      )}
      {editing && (
        <WeeklyDialog
          auth={auth}
          locationId={locationId}
          weekly={schedule.weekly}
          activeCounters={schedule.activeCounters}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            notice.show('success', t('counters.saved'));
          }}
        />
      )}
    </section>
  );
}

function WeeklyDialog({
  auth,
  locationId,
  weekly,
  activeCounters,
  onClose,
  onSaved,
}: {
  auth: AuthSession;
  locationId: string;
  weekly: WeeklyCounterBand[];
  activeCounters: number;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<BandRow[]>(() => weekly.map((b) => bandRow(b)));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const save = useMutation({
    mutationFn: (bands: WeeklyCounterBand[]) => putCounterSchedule(auth, locationId, { weekly: bands }),
    onSuccess: () => {
      invalidateLocationAppointments(queryClient, locationId);
      onSaved();
    },
    onError: (error) => setErrors(rowErrorsOf(error)),
  });
  const submit = () => {
    const checked = bandsOf(rows, activeCounters, {
      invalidBand: t('counters.bandInvalid'),
      invalidCounters: t('counters.invalidCounters', { active: activeCounters }),
    });
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length === 0) save.mutate(checked.bands as WeeklyCounterBand[]);
  };

  return (
    <Modal opened onClose={onClose} title={t('counters.weeklyTitle')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <CounterBandsFields rows={rows} onChange={setRows} activeCounters={activeCounters} errors={errors} withWeekday />
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
