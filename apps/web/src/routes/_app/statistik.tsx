import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { TICKET_GROUPINGS, type TicketGrouping } from '@skranke/contracts';
import { addDays, copenhagenDayAndHour } from '@skranke/domain';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { requireRole } from '../../auth/require-role.ts';
import { DocumentTitle } from '../../components/DocumentTitle/DocumentTitle.tsx';
import { PageLoader } from '../../components/PageLoader/PageLoader.tsx';
import { locationsQueryOptions } from '../../features/locations/queries.ts';
import {
  caseStatisticsQueryOptions,
  exportCaseStatisticsCsv,
  exportStaffingByHourCsv,
  exportTicketStatisticsCsv,
  exportTodayStatisticsCsv,
  staffingQueryOptions,
  ticketStatisticsQueryOptions,
  todayQueryOptions,
  type StatisticsFilter,
} from '../../features/statistics/queries.ts';
import { loadMessages, useI18n } from '../../i18n/i18n.tsx';
import { AppointmentStatisticsSection } from './statistik/-components/AppointmentStatistics.tsx';
import { CaseTables } from './statistik/-components/CaseTables.tsx';
import { ServiceMixChart, StaffingChart, StaffingTable, WaitByHourChart } from './statistik/-components/Charts.tsx';
import { CsvButton } from './statistik/-components/CsvButton.tsx';
import { FiguresTable } from './statistik/-components/FiguresTable.tsx';
import { Filters } from './statistik/-components/Filters.tsx';
import { Section } from './statistik/-components/Section.tsx';
import { TodayCards } from './statistik/-components/TodayCards.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TABLE_GROUPINGS = TICKET_GROUPINGS.filter((g) => g !== 'hour');

interface StatisticsSearch {
  from?: string;
  to?: string;
  locationId?: string;
  groupBy?: TicketGrouping;
}

/** The period and location are in the URL, so a view can be shared; anything malformed is dropped. */
function validateSearch(search: Record<string, unknown>): StatisticsSearch {
  const text = (v: unknown, re: RegExp) => (typeof v === 'string' && re.test(v) ? v : undefined);
  const groupBy = TICKET_GROUPINGS.find((g) => g === search.groupBy);
  return { from: text(search.from, DATE), to: text(search.to, DATE), locationId: text(search.locationId, UUID), groupBy };
}

export const Route = createFileRoute('/_app/statistik')({
  beforeLoad: async ({ context }) => {
    requireRole(context.user, 'lead');
    await loadMessages('statistics');
  },
  validateSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(locationsQueryOptions(context.auth)),
  component: StatisticsPage,
});

/** Statistics for leads and admins: today so far, waiting by hour, arrivals against staffing, service mix, cases, appointments. */
function StatisticsPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const search = Route.useSearch();
  const navigate = useNavigate({ from: Route.fullPath });
  const { data: locations } = useSuspenseQuery(locationsQueryOptions(auth));
  const today = copenhagenDayAndHour(new Date()).day;
  const filter: StatisticsFilter = { from: search.from ?? addDays(today, -29), to: search.to ?? today, locationId: search.locationId };
  const groupBy = search.groupBy && search.groupBy !== 'hour' ? search.groupBy : 'location';
  const period = `${filter.from}-${filter.to}`;

  const todayQuery = useQuery(todayQueryOptions(auth, filter.locationId));
  const byHour = useQuery(ticketStatisticsQueryOptions(auth, filter, 'hour'));
  const staffing = useQuery(staffingQueryOptions(auth, filter));
  const mix = useQuery(ticketStatisticsQueryOptions(auth, filter, 'service'));
  const table = useQuery(ticketStatisticsQueryOptions(auth, filter, groupBy));
  const cases = useQuery(caseStatisticsQueryOptions(auth, filter));
  const none = <Text>{t('statistics.none')}</Text>;

  return (
    <Stack gap="lg" maw={1120}>
      <DocumentTitle title={t('statistics.heading')} />
      <div>
        <Title order={1}>{t('statistics.heading')}</Title>
        <Text c="dimmed" mt={4}>
          {t('statistics.intro')}
        </Text>
      </div>
      <Filters
        locations={locations}
        value={filter}
        onChange={(next) => void navigate({ search: { ...search, from: next.from, to: next.to, locationId: next.locationId } })}
      />

      <Section
        id="stats-today"
        heading={t('statistics.today.heading')}
        actions={
          <CsvButton
            download={() => exportTodayStatisticsCsv(auth, filter.locationId)}
            fileName={`i-dag-${today}.csv`}
            label={t('statistics.today.heading')}
          />
        }
      >
        {todayQuery.data ? <TodayCards data={todayQuery.data} /> : <PageLoader />}
      </Section>

      <Section
        id="stats-wait"
        heading={t('statistics.waitByHour.heading')}
        description={t('statistics.waitByHour.description')}
        chart={byHour.data && byHour.data.rows.length > 0 ? <WaitByHourChart data={byHour.data} /> : undefined}
        actions={
          <CsvButton
            download={() => exportTicketStatisticsCsv(auth, filter, 'hour')}
            fileName={`ventetid-time-${period}.csv`}
            label={t('statistics.waitByHour.heading')}
          />
        }
      >
        {!byHour.data ? (
          <PageLoader />
        ) : byHour.data.rows.length === 0 ? (
          none
        ) : (
          <FiguresTable data={byHour.data} caption={t('statistics.waitByHour.heading')} groupLabel={t('statistics.group.hour')} />
        )}
      </Section>

      <Section
        id="stats-staffing"
        heading={t('statistics.staffing.heading')}
        description={t('statistics.staffing.description')}
        chart={staffing.data && staffing.data.rows.length > 0 ? <StaffingChart data={staffing.data} /> : undefined}
        actions={
          <CsvButton
            download={() => exportStaffingByHourCsv(auth, filter)}
            fileName={`bemanding-${period}.csv`}
            label={t('statistics.staffing.heading')}
          />
        }
      >
        {!staffing.data ? <PageLoader /> : staffing.data.rows.length === 0 ? none : <StaffingTable data={staffing.data} />}
      </Section>

      <Section
        id="stats-mix"
        heading={t('statistics.mix.heading')}
        description={t('statistics.mix.description')}
        chart={mix.data && mix.data.rows.length > 0 ? <ServiceMixChart data={mix.data} /> : undefined}
        actions={
          <CsvButton
            download={() => exportTicketStatisticsCsv(auth, filter, 'service')}
            fileName={`aerinder-${period}.csv`}
            label={t('statistics.mix.heading')}
          />
        }
      >
        {!mix.data ? (
          <PageLoader />
        ) : mix.data.rows.length === 0 ? (
          none
        ) : (
          <FiguresTable data={mix.data} caption={t('statistics.mix.heading')} groupLabel={t('statistics.group.service')} />
        )}
      </Section>

      <Section
        id="stats-table"
        heading={t('statistics.table.heading')}
        actions={
          <CsvButton
            download={() => exportTicketStatisticsCsv(auth, filter, groupBy)}
            fileName={`billetter-${groupBy}-${period}.csv`}
            label={t('statistics.table.heading')}
          />
        }
      >
        <SegmentedControl
          aria-label={t('statistics.table.groupBy')}
          value={groupBy}
          onChange={(value) => void navigate({ search: { ...search, groupBy: value as TicketGrouping } })}
          data={TABLE_GROUPINGS.map((g) => ({ value: g, label: t(`statistics.group.${g}`) }))}
        />
        {!table.data ? (
          <PageLoader />
        ) : table.data.rows.length === 0 ? (
          none
        ) : (
          <FiguresTable data={table.data} caption={t('statistics.table.heading')} groupLabel={t(`statistics.group.${groupBy}`)} />
        )}
      </Section>

      <Section
        id="stats-cases"
        heading={t('statistics.cases.heading')}
        actions={
          <CsvButton
            download={() => exportCaseStatisticsCsv(auth, filter)}
            fileName={`sager-${period}.csv`}
            label={t('statistics.cases.heading')}
          />
        }
      >
        {cases.data ? <CaseTables data={cases.data} /> : <PageLoader />}
      </Section>

      <AppointmentStatisticsSection tokens={auth} filter={filter} />
    </Stack>
  );
}
