import { Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import type { AppointmentPlan, Service } from '@skranke/contracts';
import { Fragment } from 'react';
import { formatDay } from '../../../../features/appointments/time.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** One row per day and errand; a day without bookable times says so in one row. */
export function PlanTable({ plan, services }: { plan: AppointmentPlan; services: Service[] }) {
  const { t, language, formatNumber } = useI18n();
  const nameOf = (serviceId: string) => {
    const service = services.find((s) => s.id === serviceId);
    return service ? (language === 'en' ? service.nameEn : service.nameDa) : serviceId;
  };
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" horizontalSpacing="md">
          <caption>
            <VisuallyHidden>{t('appointments.plan.caption')}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('appointments.plan.column.day')}</Table.Th>
              <Table.Th scope="col">{t('appointments.column.errand')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('appointments.plan.column.offered')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('appointments.plan.column.booked')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('appointments.plan.column.checkedIn')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('appointments.plan.column.noShows')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.days.map((day) => (
              <Fragment key={day.date}>
                {day.services.length === 0 ? (
                  <Table.Tr>
                    <Table.Th scope="row" fw={600}>
                      {formatDay(day.date, language)}
                    </Table.Th>
                    <Table.Td colSpan={5}>
                      <Text c="dimmed" size="sm">
                        {t('appointments.plan.noneThisDay')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  day.services.map((row, index) => (
                    <Table.Tr key={row.serviceId}>
                      {index === 0 ? (
                        <Table.Th scope="rowgroup" rowSpan={day.services.length} fw={600} style={{ verticalAlign: 'top' }}>
                          {formatDay(day.date, language)}
                        </Table.Th>
                      ) : null}
                      <Table.Td>{nameOf(row.serviceId)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(row.offered)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(row.booked)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(row.checkedIn)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(row.noShows)}</Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
