import { Alert, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { AppointmentStatistics } from '@skranke/contracts';
import { useQuery } from '@tanstack/react-query';
import { PageLoader } from '../../../../components/PageLoader/PageLoader.tsx';
import { appointmentStatisticsQueryOptions, exportAppointmentStatisticsCsv } from '../../../../features/statistics/appointments.ts';
import type { StatisticsFilter } from '../../../../features/statistics/queries.ts';
import type { TokenSource } from '../../../../lib/api.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { CsvButton } from './CsvButton.tsx';
import { useFormat } from './format.ts';
import { Section } from './Section.tsx';

/** Tidsbestilling: booked vs walk-in visits, punctuality, no-shows, utilisation and today's lead time, with the CSV. */
export function AppointmentStatisticsSection({ tokens, filter }: { tokens: TokenSource; filter: StatisticsFilter }) {
  const { t } = useI18n();
  const query = useQuery(appointmentStatisticsQueryOptions(tokens, filter));
  return (
    <Section
      id="stats-appointments"
      heading={t('statistics.appointments.heading')}
      description={t('statistics.appointments.description')}
      actions={
        <CsvButton
          download={() => exportAppointmentStatisticsCsv(tokens, filter)}
          fileName={`tidsbestilling-${filter.from}-${filter.to}.csv`}
          label={t('statistics.appointments.heading')}
        />
      }
    >
      {query.error ? (
        <Alert color="red" role="alert">
          {query.error.message}
        </Alert>
      ) : query.data ? (
        <AppointmentTables data={query.data} />
      ) : (
        <PageLoader />
      )}
    </Section>
  );
}

export function AppointmentTables({ data }: { data: AppointmentStatistics }) {
  const { t, formatDate } = useI18n();
  const f = useFormat();
  const right = { ta: 'right' as const };
  return (
    <>
      <Title order={3} size="h4">
        {t('statistics.appointments.byService')}
      </Title>
      {data.services.length === 0 ? (
        <Text>{t('statistics.appointments.none')}</Text>
      ) : (
        <Table.ScrollContainer
          minWidth={900}
          // Focusable and named, so the wide table can be scrolled by keyboard (as FiguresTable).
          scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t('statistics.appointments.byService') } }}
        >
          <Table striped withTableBorder>
            <VisuallyHidden component="caption">{t('statistics.appointments.byService')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('statistics.group.service')}</Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.booked')}
                </Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.walkIn')}
                </Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.bookedShare')}
                </Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.punctualityMedian')}
                </Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.punctualityP90')}
                </Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.noShows')}
                </Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.noShowRate')}
                </Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.seats')}
                </Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.utilisation')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.services.map((s) => (
                <Table.Tr key={s.serviceId}>
                  <Table.Th scope="row" fw={400}>
                    {s.label}
                  </Table.Th>
                  <Table.Td {...right}>{f.number(s.bookedVisits, 0)}</Table.Td>
                  <Table.Td {...right}>{f.number(s.walkInVisits, 0)}</Table.Td>
                  <Table.Td {...right}>{f.percent(s.bookedShare)}</Table.Td>
                  <Table.Td {...right}>{f.number(s.punctualityMedianMinutes)}</Table.Td>
                  <Table.Td {...right}>{f.number(s.punctualityP90Minutes)}</Table.Td>
                  <Table.Td {...right}>
                    {t('statistics.appointments.ofPassed', { noShows: f.number(s.noShows, 0), passed: f.number(s.passed, 0) })}
                  </Table.Td>
                  <Table.Td {...right}>{f.percent(s.noShowRate)}</Table.Td>
                  <Table.Td {...right}>
                    {t('statistics.appointments.ofOffered', { booked: f.number(s.seatsBooked, 0), offered: f.number(s.seatsOffered, 0) })}
                  </Table.Td>
                  <Table.Td {...right}>{f.percent(s.utilisation)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {data.noShowsByWeekday.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('statistics.appointments.byWeekday')}
          </Title>
          <Table striped withTableBorder>
            <VisuallyHidden component="caption">{t('statistics.appointments.byWeekday')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('statistics.group.weekday')}</Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.passed')}
                </Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.noShows')}
                </Table.Th>
                <Table.Th scope="col" {...right}>
                  {t('statistics.appointments.col.noShowRate')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.noShowsByWeekday.map((w) => (
                <Table.Tr key={w.weekday}>
                  <Table.Th scope="row" fw={400}>
                    {t(`statistics.weekday.${w.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)}
                  </Table.Th>
                  <Table.Td {...right}>{f.number(w.passed, 0)}</Table.Td>
                  <Table.Td {...right}>{f.number(w.noShows, 0)}</Table.Td>
                  <Table.Td {...right}>{f.percent(w.noShowRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}

      <Title order={3} size="h4">
        {t('statistics.appointments.leadTime')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('statistics.appointments.leadTimeNote')}
      </Text>
      {data.leadTimes.length === 0 ? (
        <Text>{t('statistics.appointments.noRules')}</Text>
      ) : (
        <Table striped withTableBorder>
          <VisuallyHidden component="caption">{t('statistics.appointments.leadTime')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('statistics.group.location')}</Table.Th>
              <Table.Th scope="col">{t('statistics.group.service')}</Table.Th>
              <Table.Th scope="col">{t('statistics.appointments.col.nextFree')}</Table.Th>
              <Table.Th scope="col" {...right}>
                {t('statistics.appointments.col.days')}
              </Table.Th>
              <Table.Th scope="col" {...right}>
                {t('statistics.appointments.col.workingDays')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.leadTimes.map((l) => (
              <Table.Tr key={`${l.locationId}-${l.serviceId}`}>
                <Table.Th scope="row" fw={400}>
                  {l.locationName}
                </Table.Th>
                <Table.Td>{l.label}</Table.Td>
                <Table.Td>
                  {l.nextFree
                    ? formatDate(new Date(l.nextFree), {
                        weekday: 'short',
                        day: 'numeric',
                        month: 'short',
                        hour: '2-digit',
                        minute: '2-digit',
                        timeZone: 'Europe/Copenhagen',
                      })
                    : t('statistics.appointments.fullyBooked')}
                </Table.Td>
                <Table.Td {...right}>{f.number(l.days, 0)}</Table.Td>
                <Table.Td {...right}>{f.number(l.workingDays, 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
