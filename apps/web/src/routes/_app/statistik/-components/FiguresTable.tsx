import { Table, VisuallyHidden } from '@mantine/core';
import type { TicketStatistics } from '@skranke/contracts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useFormat } from './format.ts';

/** Every ticket figure per group, with the total last. */
export function FiguresTable({ data, caption, groupLabel }: { data: TicketStatistics; caption: string; groupLabel: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const cells = (r: TicketStatistics['total']) => [
    f.number(r.tickets, 0),
    f.number(r.served, 0),
    f.number(r.noShows, 0),
    f.number(r.cancelled, 0),
    f.number(r.waitMeanMinutes),
    f.number(r.waitMedianMinutes),
    f.number(r.waitP90Minutes),
    f.number(r.handlingMeanMinutes),
    f.percent(r.serviceLevelShare),
  ];
  const columns = [
    'tickets',
    'served',
    'noShows',
    'cancelled',
    'waitMean',
    'waitMedian',
    'waitP90',
    'handlingMean',
    'serviceLevel',
  ] as const;
  return (
    // On a narrow screen the table scrolls sideways and holds nothing focusable, so the scrolling region itself takes
    // focus (arrow keys scroll it) and is named by the table's caption (axe: scrollable-region-focusable).
    <Table.ScrollContainer minWidth={800} scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': caption } }}>
      <Table striped withTableBorder captionSide="top">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{groupLabel}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} scope="col" ta="right">
                {t(`statistics.col.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              {cells(r).map((v, i) => (
                <Table.Td key={columns[i]} ta="right">
                  {v}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('statistics.total')}</Table.Th>
            {cells(data.total).map((v, i) => (
              <Table.Td key={columns[i]} ta="right" fw={700}>
                {v}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
