import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { CounterSession, QueueBoard } from '@skranke/contracts';
import { IconSpeakerphone, IconStar } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { profileServices, ticketsForCounter } from '../../../../features/queue/counter-queue.ts';
import { localName, ticketServiceName } from '../../../../features/queue/names.ts';
import { priorityClassesQueryOptions } from '../../../../features/queue/queries.ts';
import { minutesSince } from '../../../../features/queue/time.ts';
import { useNow } from '../../../../features/queue/use-now.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { IssueTicketDialog } from './IssueTicketDialog.tsx';
import type { useCounterCommands } from './use-counter-commands.ts';

interface CounterQueueProps {
  board: QueueBoard;
  session: CounterSession;
  auth: AuthSession;
  canCall: boolean;
  commands: ReturnType<typeof useCounterCommands>;
  notice: ReturnType<typeof useNotice>;
}

/** What waits for this counter: per service of its profile how many and how long, and the tickets in call order. */
export function CounterQueue({ board, session, auth, canCall, commands, notice }: CounterQueueProps) {
  const { t, language } = useI18n();
  const now = useNow(30_000);
  const { data: priorityClasses = [] } = useQuery(priorityClassesQueryOptions(auth));
  const services = profileServices(board, session);
  const tickets = ticketsForCounter(board, session);
  const sentToMe = tickets.filter((ticket) => ticket.targetCounterId === session.counterId);
  const minutes = (value: number) => t('common.minutes', { count: value });

  // The row and its button go; the commands put the reader on the citizen now at the counter.
  const call = (ticket: (typeof tickets)[number]) => commands.mutate({ kind: 'call', ticket });

  return (
    <Paper component="section" aria-labelledby="counter-queue-heading" withBorder radius="md" p="lg">
      <Stack gap="lg">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id="counter-queue-heading">
            {t('counter.queue.heading')}
          </Title>
          <IssueTicketDialog locationId={session.locationId} auth={auth} notice={notice} />
        </Group>

        <Table verticalSpacing="xs" horizontalSpacing="md" fz="md" aria-labelledby="counter-queue-services">
          <caption id="counter-queue-services" style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600 }}>
            {t('counter.queue.services')}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('counter.queue.col.service')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('counter.queue.col.waiting')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('counter.queue.col.longest')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {services.map((service) => (
              <Table.Tr key={service.serviceId}>
                <Table.Th scope="row" fw={600}>
                  {service.prefix} · {localName(service, language)}
                </Table.Th>
                <Table.Td ta="right" fw={700}>
                  {service.waiting}
                </Table.Td>
                <Table.Td ta="right">{minutes(service.longestWaitMinutes)}</Table.Td>
              </Table.Tr>
            ))}
            {sentToMe.length > 0 && (
              <Table.Tr>
                <Table.Th scope="row" fw={600}>
                  {t('counter.queue.sentToYou')}
                </Table.Th>
                <Table.Td ta="right" fw={700}>
                  {sentToMe.length}
                </Table.Td>
                <Table.Td ta="right">{minutes(Math.max(...sentToMe.map((ticket) => minutesSince(ticket.arrivedAt, now))))}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>

        <div>
          <Title order={3} size="h4" id="counter-queue-list" mb="xs">
            {t('counter.queue.list', { count: tickets.length })}
          </Title>
          {tickets.length === 0 ? (
            <Text>{t('counter.queue.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" horizontalSpacing="md" fz="md" aria-labelledby="counter-queue-list">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('counter.queue.col.number')}</Table.Th>
                    <Table.Th scope="col">{t('counter.queue.col.service')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('counter.queue.col.waited')}
                    </Table.Th>
                    <Table.Th scope="col">{t('counter.queue.col.priority')}</Table.Th>
                    <Table.Th scope="col">{t('counter.queue.col.action')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tickets.map((ticket) => {
                    const priority = priorityClasses.find((p) => p.id === ticket.priorityClassId);
                    return (
                      <Table.Tr key={ticket.id}>
                        <Table.Th scope="row" fw={700}>
                          {ticket.displayNumber}
                        </Table.Th>
                        <Table.Td>
                          {ticketServiceName(ticket, language)}
                          {ticket.targetCounterId === session.counterId && (
                            <Text span c="dimmed">
                              {' '}
                              · {t('counter.queue.sentToYou')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{minutes(minutesSince(ticket.arrivedAt, now))}</Table.Td>
                        <Table.Td>
                          {ticket.priorityClassId && (
                            <StatusTag tone="grape" size="sm" icon={<IconStar size={14} aria-hidden />}>
                              {priority ? localName(priority, language) : t('counter.ticket.priorityUnknown')}
                            </StatusTag>
                          )}
                          {ticket.priorityReason && (
                            <Text size="sm" c="dimmed">
                              {ticket.priorityReason}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="sm"
                            variant="default"
                            leftSection={<IconSpeakerphone size={16} aria-hidden />}
                            onClick={() => call(ticket)}
                            disabled={!canCall}
                          >
                            {t('counter.queue.call', { number: ticket.displayNumber })}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
