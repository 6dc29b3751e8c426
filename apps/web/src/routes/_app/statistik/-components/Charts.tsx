import { BarChart, CompositeChart } from '@mantine/charts';
import { Table, VisuallyHidden } from '@mantine/core';
import type { StaffingByHour, TicketStatistics } from '@skranke/contracts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useFormat } from './format.ts';

/** Median and 90th percentile of waiting per arrival hour. */
export function WaitByHourChart({ data }: { data: TicketStatistics }) {
  const { t, formatNumber } = useI18n();
  return (
    <BarChart
      h={240}
      data={data.rows.map((r) => ({ hour: r.label, median: r.waitMedianMinutes ?? 0, p90: r.waitP90Minutes ?? 0 }))}
      dataKey="hour"
      valueFormatter={(v) => formatNumber(v, { maximumFractionDigits: 1 })}
      withLegend
      series={[
        { name: 'median', label: t('statistics.col.waitMedian'), color: 'blue.6' },
        { name: 'p90', label: t('statistics.col.waitP90'), color: 'orange.6' },
      ]}
    />
  );
}

/** Arrivals per open day (bars) against staffed counters (line), per hour of the day. */
export function StaffingChart({ data }: { data: StaffingByHour }) {
  const { t, formatNumber } = useI18n();
  return (
    <CompositeChart
      h={240}
      data={data.rows.map((r) => ({ hour: r.label, arrivals: r.arrivalsPerDay, staffed: r.staffedCounters }))}
      dataKey="hour"
      valueFormatter={(v) => formatNumber(v, { maximumFractionDigits: 1 })}
      withLegend
      withRightYAxis
      series={[
        { name: 'arrivals', label: t('statistics.col.arrivals'), color: 'blue.6', type: 'bar' },
        { name: 'staffed', label: t('statistics.col.staffed'), color: 'red.7', type: 'line', yAxisId: 'right' },
      ]}
    />
  );
}

export function StaffingTable({ data }: { data: StaffingByHour }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Table striped withTableBorder>
      <VisuallyHidden component="caption">{t('statistics.staffing.heading')}</VisuallyHidden>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('statistics.col.hour')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('statistics.col.arrivals')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('statistics.col.staffed')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('statistics.col.waitMedian')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.rows.map((r) => (
          <Table.Tr key={r.hour}>
            <Table.Th scope="row" fw={400}>{r.label}</Table.Th>
            <Table.Td ta="right">{f.number(r.arrivalsPerDay)}</Table.Td>
            <Table.Td ta="right">{f.number(r.staffedCounters)}</Table.Td>
            <Table.Td ta="right">{f.number(r.waitMedianMinutes)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Tickets per service. */
export function ServiceMixChart({ data }: { data: TicketStatistics }) {
  const { t, formatNumber } = useI18n();
  return (
    <BarChart
      h={Math.max(160, data.rows.length * 36)}
      orientation="vertical"
      data={data.rows.map((r) => ({ service: r.label, tickets: r.tickets }))}
      dataKey="service"
      yAxisProps={{ width: 160 }}
      valueFormatter={(v) => formatNumber(v)}
      series={[{ name: 'tickets', label: t('statistics.col.tickets'), color: 'teal.7' }]}
    />
  );
}
