import { Paper, Table, Text, Title } from '@mantine/core';
import type { CitizenVisit } from '@skranke/contracts';
import { formatMoment } from '../../../../features/citizens/format.ts';
import { useI18n, type I18n } from '../../../../i18n/i18n.tsx';

const TICKET_STATES = ['waiting', 'called', 'serving', 'parked', 'done', 'no_show', 'cancelled'] as const;

/** A ticket state in words; a state this screen does not know yet is shown as the API names it. */
export function visitStateText(t: I18n['t'], state: string): string {
  const known = TICKET_STATES.find((s) => s === state);
  return known ? t(`visits.state.${known}`) : state;
}

/** Tickets served for the citizen in this municipality, newest first. */
export function VisitsPanel({ visits }: { visits: CitizenVisit[] }) {
  const { t, language, formatDate } = useI18n();
  return (
    <Paper component="section" aria-labelledby="visits-heading" withBorder radius="md" p="xl">
      <Title order={2} size="h3" id="visits-heading" mb="md">
        {t('visits.heading')}
      </Title>
      {visits.length === 0 ? (
        <Text>{t('visits.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" aria-labelledby="visits-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('visits.column.ticket')}</Table.Th>
                <Table.Th scope="col">{t('visits.column.service')}</Table.Th>
                <Table.Th scope="col">{t('visits.column.location')}</Table.Th>
                <Table.Th scope="col">{t('visits.column.arrived')}</Table.Th>
                <Table.Th scope="col">{t('visits.column.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visits.map((v) => (
                <Table.Tr key={v.ticketId}>
                  <Table.Td>{v.displayNumber}</Table.Td>
                  <Table.Td>{language === 'da' ? v.service.nameDa : v.service.nameEn}</Table.Td>
                  <Table.Td>{v.location}</Table.Td>
                  <Table.Td>{formatMoment(formatDate, v.arrivedAt)}</Table.Td>
                  <Table.Td>{visitStateText(t, v.state)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
