import type { StaffingByHour, TicketStatistics, TicketStatisticsRow } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../test/render.tsx';
import { ServiceMixChart, StaffingChart, WaitByHourChart } from './Charts.tsx';

const figures = { served: 0, noShows: 0, cancelled: 0, waitMeanMinutes: null, handlingMeanMinutes: null, serviceLevelShare: null };
const row = (key: string, label: string, tickets: number, median: number | null, p90: number | null): TicketStatisticsRow => ({
  key,
  label,
  tickets,
  ...figures,
  waitMedianMinutes: median,
  waitP90Minutes: p90,
});
const stats = (groupBy: TicketStatistics['groupBy'], rows: TicketStatisticsRow[]): TicketStatistics => ({
  from: '2025-03-01',
  to: '2025-03-31',
  groupBy,
  rows,
  total: { tickets: 0, ...figures, waitMedianMinutes: null, waitP90Minutes: null },
});

/** The SVG's text, which is presentational inside role="img" and so read from the DOM. */
const texts = (svg: HTMLElement) => [...svg.querySelectorAll('text')].map((t) => t.textContent);

describe('statistics charts', () => {
  it('draws waiting by hour as two bars per hour with a Danish value axis, named by its gist', async () => {
    const data = stats('hour', [row('9', '09-10', 3, 10, 11.5), row('10', '10-11', 2, 4, 6)]);
    await renderWithProviders(<WaitByHourChart data={data} />);
    const chart = await screen.findByRole('img', {
      name: 'Diagram: Ventetid pr. time, 09-10 til 10-11. Højeste Median ventetid (min.): 10 (09-10). Højeste 90 %-fraktil (min.): 11,5 (09-10).',
    });
    expect(chart.querySelectorAll('rect')).toHaveLength(4);
    expect(texts(chart)).toEqual(['0', '2,5', '5', '7,5', '10', '12,5', '09-10', '10-11']);
    expect([...chart.querySelectorAll('rect title')].map((t) => t.textContent)).toContain('09-10: 90 %-fraktil (min.) 11,5');
  });

  it('draws staffing as bars of arrivals and a line of staffed counters on a right axis', async () => {
    const data: StaffingByHour = {
      from: '2025-03-01',
      to: '2025-03-31',
      openDays: 20,
      rows: [
        { hour: 9, label: '09-10', arrivalsPerDay: 14.5, staffedCounters: 2.5, waitMedianMinutes: 8 },
        { hour: 10, label: '10-11', arrivalsPerDay: 9, staffedCounters: 3, waitMedianMinutes: 5 },
        { hour: 11, label: '11-12', arrivalsPerDay: 4.2, staffedCounters: 1, waitMedianMinutes: 2 },
      ],
    };
    await renderWithProviders(<StaffingChart data={data} />);
    const chart = await screen.findByRole('img', {
      name: /^Diagram: Ankomster og bemandede skranker pr\. time, 09-10 til 11-12\. Højeste Ankomne pr\. dag: 14,5 \(09-10\)\. Højeste Bemandede skranker: 3 \(10-11\)\.$/,
    });
    expect(chart.querySelectorAll('rect')).toHaveLength(3);
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    // Left axis 0–15 for arrivals, right axis 0–3 for counters.
    expect(texts(chart)).toEqual(expect.arrayContaining(['15', '3']));
    expect(chart.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3);
  });

  it('draws the service mix as one horizontal bar per service with its count, in English too', async () => {
    const data = stats('service', [row('a', 'Pas', 1200, null, null), row('b', 'Kørekort', 800, null, null)]);
    await renderWithProviders(<ServiceMixChart data={data} />, { language: 'en' });
    const chart = await screen.findByRole('img', { name: 'Chart: Service mix. Highest Tickets: 1,200 (Pas).' });
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(texts(chart)).toEqual(expect.arrayContaining(['Pas', 'Kørekort', '1,200', '800']));
    expect(within(chart.parentElement!).getByText('Tickets')).toBeTruthy();
  });
});
