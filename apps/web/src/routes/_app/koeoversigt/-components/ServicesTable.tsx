import { Paper, Switch, Table, Title } from '@mantine/core';
import type { QueueBoard } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { updateService } from '../../../../features/queue/actions.ts';
import { localName } from '../../../../features/queue/names.ts';
import { queueKeys } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { TrafficLightBadge } from './TrafficLightBadge.tsx';

type BoardService = QueueBoard['services'][number];

interface ServicesTableProps {
  board: QueueBoard;
  auth: AuthSession;
  notice: ReturnType<typeof useNotice>;
}

export function ServicesTable({ board, auth, notice }: ServicesTableProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const minutes = (value: number | null) => (value === null ? t('common.unknown') : t('common.minutes', { count: value }));

  const toggle = useMutation({
    mutationFn: (service: BoardService) => updateService(auth, service.serviceId, { active: !service.active }),
    onMutate: () => notice.clear(),
    onSuccess: (service) => {
      notice.show('success', t(service.active ? 'board.serviceOpened' : 'board.serviceClosed', { service: localName(service, language) }));
      void queryClient.invalidateQueries({ queryKey: queueKeys.board(board.locationId) });
    },
    onError: notice.showError,
  });

  return (
    <section aria-labelledby="services-heading">
      <Title order={2} size="h3" id="services-heading" mb="sm">
        {t('board.services.heading')}
      </Title>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" horizontalSpacing="md" fz="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('board.col.service')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('board.col.waiting')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('board.col.longest')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('board.col.estimate')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('board.col.staffed')}
                </Table.Th>
                <Table.Th scope="col">{t('board.col.load')}</Table.Th>
                <Table.Th scope="col">{t('board.col.takesTickets')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.services.map((service) => (
                <Table.Tr key={service.serviceId}>
                  <Table.Th scope="row" fw={600}>
                    {service.prefix} · {localName(service, language)}
                  </Table.Th>
                  <Table.Td ta="right" fw={700}>
                    {service.waiting}
                  </Table.Td>
                  <Table.Td ta="right">{minutes(service.longestWaitMinutes)}</Table.Td>
                  <Table.Td ta="right">{minutes(service.estimatedWaitMinutes)}</Table.Td>
                  <Table.Td ta="right">{service.staffedCounters}</Table.Td>
                  <Table.Td>
                    <TrafficLightBadge light={service.trafficLight} unstaffed={service.waiting > 0 && service.staffedCounters === 0} />
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      size="md"
                      checked={service.active}
                      onChange={() => toggle.mutate(service)}
                      disabled={toggle.isPending}
                      aria-label={t('board.takesTickets', { service: localName(service, language) })}
                    />
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
