import { Button, Menu, Paper, Table, Text, Title } from '@mantine/core';
import type { QueueBoard, Ticket } from '@skranke/contracts';
import { IconArrowBarToDown, IconArrowBarToUp, IconArrowsShuffle, IconChevronDown, IconStar } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { moveTicket } from '../../../../features/queue/actions.ts';
import { localName, ticketServiceName } from '../../../../features/queue/names.ts';
import { priorityClassesQueryOptions, queueKeys } from '../../../../features/queue/queries.ts';
import { minutesSince } from '../../../../features/queue/time.ts';
import { useNow } from '../../../../features/queue/use-now.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { isStaffed } from '../../../../features/queue/presence.ts';
import { ReprioritiseDialog } from './ReprioritiseDialog.tsx';
import { RerouteDialog } from './RerouteDialog.tsx';

interface WaitingListProps {
  board: QueueBoard;
  auth: AuthSession;
  notice: ReturnType<typeof useNotice>;
}

/** Every waiting ticket in the order the counters will call them, with the lead's overrides. */
export function WaitingList({ board, auth, notice }: WaitingListProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const now = useNow(30_000);
  const [reprioritising, setReprioritising] = useState<Ticket | null>(null);
  const [rerouting, setRerouting] = useState<Ticket | null>(null);
  const { data: priorityClasses = [] } = useQuery(priorityClassesQueryOptions(auth));
  const counterName = (id: string) => board.counters.find((c) => c.counterId === id)?.name ?? '';
  const staffed = (id: string) => board.counters.some((c) => c.counterId === id && isStaffed(c));

  const move = useMutation({
    mutationFn: ({ ticket, to }: { ticket: Ticket; to: 'front' | 'back' }) => moveTicket(auth, ticket, to),
    onMutate: () => notice.clear(),
    onSuccess: (ticket, { to }) =>
      notice.show('success', t(to === 'front' ? 'board.moved.front' : 'board.moved.back', { number: ticket.displayNumber })),
    onError: notice.showError,
    // Success or conflict, the board is reloaded: the call order is the server's.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.board(board.locationId) }),
  });

  return (
    <section aria-labelledby="waiting-heading">
      <Title order={2} size="h3" id="waiting-heading" mb="sm">
        {t('board.waiting.heading', { count: board.waiting.length })}
      </Title>
      {board.waiting.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text>{t('board.waiting.empty')}</Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" horizontalSpacing="md" fz="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" ta="right">
                    {t('board.col.position')}
                  </Table.Th>
                  <Table.Th scope="col">{t('board.col.number')}</Table.Th>
                  <Table.Th scope="col">{t('board.col.service')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('board.col.waited')}
                  </Table.Th>
                  <Table.Th scope="col">{t('board.col.priority')}</Table.Th>
                  <Table.Th scope="col">{t('board.col.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {board.waiting.map((ticket, index) => {
                  const priority = priorityClasses.find((p) => p.id === ticket.priorityClassId);
                  return (
                    <Table.Tr key={ticket.id}>
                      <Table.Td ta="right">{index + 1}</Table.Td>
                      <Table.Th scope="row" fw={700}>
                        {ticket.displayNumber}
                      </Table.Th>
                      <Table.Td>
                        {ticketServiceName(ticket, language)}
                        {ticket.targetCounterId && (
                          <Text span c="dimmed">
                            {' '}
                            · {t('board.toCounter', { counter: counterName(ticket.targetCounterId) })}
                          </Text>
                        )}
                        {ticket.targetCounterId && !staffed(ticket.targetCounterId) && (
                          <div>
                            <StatusTag tone="red" size="sm">
                              {t('board.counterNotStaffed', { counter: counterName(ticket.targetCounterId) })}
                            </StatusTag>
                          </div>
                        )}
                        {ticket.transferNote && (
                          <Text size="sm" c="dimmed">
                            {t('board.transferNote', { note: ticket.transferNote })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{t('common.minutes', { count: minutesSince(ticket.arrivedAt, now) })}</Table.Td>
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
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <Button
                              size="sm"
                              variant="default"
                              rightSection={<IconChevronDown size={14} aria-hidden />}
                              aria-label={t('board.actions.label', { number: ticket.displayNumber })}
                              disabled={move.isPending}
                            >
                              {t('board.col.actions')}
                            </Button>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item
                              leftSection={<IconArrowBarToUp size={16} aria-hidden />}
                              onClick={() => move.mutate({ ticket, to: 'front' })}
                            >
                              {t('board.moveFront')}
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconArrowBarToDown size={16} aria-hidden />}
                              onClick={() => move.mutate({ ticket, to: 'back' })}
                            >
                              {t('board.moveBack')}
                            </Menu.Item>
                            <Menu.Item leftSection={<IconStar size={16} aria-hidden />} onClick={() => setReprioritising(ticket)}>
                              {t('board.reprioritise')}
                            </Menu.Item>
                            {ticket.targetCounterId && (
                              <Menu.Item leftSection={<IconArrowsShuffle size={16} aria-hidden />} onClick={() => setRerouting(ticket)}>
                                {t('board.reroute')}
                              </Menu.Item>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {rerouting && <RerouteDialog ticket={rerouting} board={board} auth={auth} notice={notice} onClose={() => setRerouting(null)} />}
      {reprioritising && (
        <ReprioritiseDialog
          ticket={reprioritising}
          priorityClasses={priorityClasses}
          auth={auth}
          notice={notice}
          onClose={() => setReprioritising(null)}
        />
      )}
    </section>
  );
}
