import { Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Appointment } from '@skranke/contracts';
import { formatTime } from '../../../../features/appointments/time.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { AppointmentStatusBadge } from './StatusBadge.tsx';

interface AppointmentTableProps {
  appointments: Appointment[];
  /** The appointment being checked in, whose button waits. */
  pendingId: string | null;
  onCheckIn(appointment: Appointment): void;
  onCancel(appointment: Appointment): void;
}

/** The day's bookings by time; only a booked time can be checked in or cancelled. */
export function AppointmentTable({ appointments, pendingId, onCheckIn, onCancel }: AppointmentTableProps) {
  const { t, language } = useI18n();
  const sorted = [...appointments].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.name.localeCompare(b.name, 'da'));
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <caption>
            <VisuallyHidden>{t('appointments.caption')}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('appointments.column.time')}</Table.Th>
              <Table.Th scope="col">{t('appointments.column.errand')}</Table.Th>
              <Table.Th scope="col">{t('appointments.column.name')}</Table.Th>
              <Table.Th scope="col">{t('appointments.column.contact')}</Table.Th>
              <Table.Th scope="col">{t('appointments.column.status')}</Table.Th>
              <Table.Th scope="col">{t('appointments.column.ticket')}</Table.Th>
              <Table.Th scope="col">{t('appointments.column.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((appointment) => (
              <Table.Tr key={appointment.id}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {t('appointments.timeRange', {
                    from: formatTime(appointment.startsAt, language),
                    to: formatTime(appointment.endsAt, language),
                  })}
                </Table.Td>
                <Table.Td>{language === 'en' ? appointment.serviceNameEn : appointment.serviceNameDa}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  <Stack gap={0}>
                    <span>{appointment.name}</span>
                    <Text size="xs" c="dimmed" component="span">
                      {t(`appointments.channel.${appointment.channel}`)}
                      {appointment.personId && ` · ${t('appointments.cprLookedUp')}`}
                    </Text>
                  </Stack>
                </Table.Th>
                <Table.Td>
                  <Contact appointment={appointment} />
                </Table.Td>
                <Table.Td>
                  <AppointmentStatusBadge status={appointment.status} />
                </Table.Td>
                <Table.Td ff="monospace" fw={700}>
                  {appointment.ticketNumber ?? ''}
                </Table.Td>
                <Table.Td>
                  {appointment.status === 'booked' && (
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        aria-label={t('appointments.checkInFor', { name: appointment.name })}
                        loading={pendingId === appointment.id}
                        disabled={pendingId !== null && pendingId !== appointment.id}
                        onClick={() => onCheckIn(appointment)}
                      >
                        {t('appointments.checkIn')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('appointments.cancelFor', { name: appointment.name })}
                        onClick={() => onCancel(appointment)}
                      >
                        {t('appointments.cancel')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Contact({ appointment }: { appointment: Appointment }) {
  const { t } = useI18n();
  if (!appointment.phone && !appointment.email) return <Text c="dimmed">{t('appointments.noContact')}</Text>;
  return (
    <Stack gap={0}>
      {appointment.phone && <span>{appointment.phone}</span>}
      {appointment.email && <span style={{ overflowWrap: 'anywhere' }}>{appointment.email}</span>}
    </Stack>
  );
}
