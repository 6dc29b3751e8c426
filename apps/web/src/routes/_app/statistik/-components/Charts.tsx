import { Table, VisuallyHidden } from '@mantine/core';
import type { StaffingByHour, TicketStatistics } from '@skranke/contracts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../../i18n/da.ts';
import { useFormat } from './format.ts';
import { BarListChart, ColumnChart, type ChartSeries } from './svg-charts.tsx';

/**
 * The chart's accessible name: its heading, the span of categories when they are ordered (hours), and each series'
 * highest value with where it falls, so a screen-reader user hears the gist before reading the table.
 */
function useSummary() {
  const { t } = useI18n();
  return (heading: MessageKey, categories: string[], series: ChartSeries[], format: (v: number) => string, ordered = true) => {
    const highs = series
      .map((s) => {
        const max = Math.max(...s.values);
        return t('statistics.chart.highest', { series: s.label, value: format(max), category: categories[s.values.indexOf(max)] ?? '' });
      })
      .join(' ');
    const title = t(heading);
    return ordered && categories.length > 1
      ? t('statistics.chart.summaryRange', { title, first: categories[0]!, last: categories[categories.length - 1]!, highs })
      : t('statistics.chart.summary', { title, highs });
  };
}

/** Median and 90th percentile of waiting per arrival hour. */
export function WaitByHourChart({ data }: { data: TicketStatistics }) {
  const { t, formatNumber } = useI18n();
  const summary = useSummary();
  const format = (v: number) => formatNumber(v, { maximumFractionDigits: 1 });
  const categories = data.rows.map((r) => r.label);
  const bars: ChartSeries[] = [
    { label: t('statistics.col.waitMedian'), color: 'var(--mantine-color-blue-6)', values: data.rows.map((r) => r.waitMedianMinutes ?? 0) },
    { label: t('statistics.col.waitP90'), color: 'var(--mantine-color-orange-6)', values: data.rows.map((r) => r.waitP90Minutes ?? 0) },
  ];
  return (
    <ColumnChart
      categories={categories}
      bars={bars}
      format={format}
      label={summary('statistics.waitByHour.heading', categories, bars, format)}
    />
  );
}

/** Arrivals per open day (bars) against staffed counters (line, right axis), per hour of the day. */
export function StaffingChart({ data }: { data: StaffingByHour }) {
  const { t, formatNumber } = useI18n();
  const summary = useSummary();
  const format = (v: number) => formatNumber(v, { maximumFractionDigits: 1 });
  const categories = data.rows.map((r) => r.label);
  const arrivals: ChartSeries = {
    label: t('statistics.col.arrivals'),
    color: 'var(--mantine-color-blue-6)',
    values: data.rows.map((r) => r.arrivalsPerDay),
  };
  const staffed: ChartSeries = {
    label: t('statistics.col.staffed'),
    color: 'var(--mantine-color-red-7)',
    values: data.rows.map((r) => r.staffedCounters),
  };
  return (
    <ColumnChart
      categories={categories}
      bars={[arrivals]}
      line={staffed}
      format={format}
      label={summary('statistics.staffing.heading', categories, [arrivals, staffed], format)}
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
          <Table.Th scope="col" ta="right">
            {t('statistics.col.arrivals')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('statistics.col.staffed')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('statistics.col.waitMedian')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.rows.map((r) => (
          <Table.Tr key={r.hour}>
            <Table.Th scope="row" fw={400}>
              {r.label}
            </Table.Th>
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
  const summary = useSummary();
  const format = (v: number) => formatNumber(v);
  const categories = data.rows.map((r) => r.label);
  const tickets: ChartSeries = {
    label: t('statistics.col.tickets'),
    color: 'var(--mantine-color-teal-7)',
    values: data.rows.map((r) => r.tickets),
  };
  return (
    <BarListChart
      categories={categories}
      series={tickets}
      format={format}
      label={summary('statistics.mix.heading', categories, [tickets], format, false)}
    />
  );
}
