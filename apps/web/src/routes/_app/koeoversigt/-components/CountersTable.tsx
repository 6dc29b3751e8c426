import { Paper, Table, Text, Title } from '@mantine/core';
import type { QueueBoard } from '@skranke/contracts';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';

const STATE_TONE = { open: 'green', paused: 'yellow', closed: 'gray', stale: 'red' } as const;

export function CountersTable({ board }: { board: QueueBoard }) {
  const { t, formatDate } = useI18n();
  return (
    <section aria-labelledby="counters-heading">
      <Title order={2} size="h3" id="counters-heading" mb="sm">
        {t('board.counters.heading')}
      </Title>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" horizontalSpacing="md" fz="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('board.col.counter')}</Table.Th>
                <Table.Th scope="col">{t('board.col.staff')}</Table.Th>
                <Table.Th scope="col">{t('board.col.state')}</Table.Th>
                <Table.Th scope="col">{t('board.col.current')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.counters.map((counter) => (
                <Table.Tr key={counter.counterId}>
                  <Table.Th scope="row" fw={600}>
                    {counter.name}
                  </Table.Th>
                  <Table.Td>
                    {counter.staffName ?? (
                      <Text span c="dimmed">
                        {t('board.none')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatusTag tone={STATE_TONE[counter.state]}>{t(`board.counterState.${counter.state}`)}</StatusTag>
                    {counter.state === 'stale' && counter.lastSeenAt && (
                      <Text size="sm" c="dimmed" mt={4}>
                        {t('board.counterStale', { time: formatDate(new Date(counter.lastSeenAt), { timeStyle: 'short' }) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {counter.currentTicket ? (
                      <Text span fw={700}>
                        {counter.currentTicket.displayNumber}{' '}
                        <Text span fw={400} c="dimmed">
                          · {t(counter.currentTicket.state === 'serving' ? 'counter.ticket.state.serving' : 'counter.ticket.state.called')}
                        </Text>
                      </Text>
                    ) : (
                      <Text span c="dimmed">
                        {t('board.none')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </section>
  );
}
