import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CitizenPurpose, CounterSession, Ticket } from '@skranke/contracts';
import {
  IconArrowsTransferUp,
  IconCheck,
  IconClipboardList,
  IconMessage,
  IconParking,
  IconPlayerPlay,
  IconRepeat,
  IconUserOff,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { memo, useState, type ReactNode } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { RouterButton } from '../../../../components/RouterLink/RouterLink.tsx';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { purposeForService } from '../../../../features/citizens/purpose.ts';
import { counterActionsFor, type CounterAction } from '../../../../features/queue/counter-actions.ts';
import { localName, ticketServiceName } from '../../../../features/queue/names.ts';
import { priorityClassesQueryOptions, servicesQueryOptions } from '../../../../features/queue/queries.ts';
import { formatElapsed, secondsSince } from '../../../../features/queue/time.ts';
import { useNow } from '../../../../features/queue/use-now.ts';
import { useI18n, type I18n } from '../../../../i18n/i18n.tsx';
import { FinishDialog } from './FinishDialog.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import type { useCounterCommands } from './use-counter-commands.ts';

interface CurrentTicketProps {
  ticket: Ticket;
  session: CounterSession;
  auth: AuthSession;
  commands: ReturnType<typeof useCounterCommands>;
}

const ICONS: Record<CounterAction, ReactNode> = {
  start: <IconPlayerPlay size={18} aria-hidden />,
  recall: <IconRepeat size={18} aria-hidden />,
  noShow: <IconUserOff size={18} aria-hidden />,
  park: <IconParking size={18} aria-hidden />,
  transfer: <IconArrowsTransferUp size={18} aria-hidden />,
  finish: <IconCheck size={18} aria-hidden />,
};

function actionLabel(action: CounterAction, ticket: Ticket, t: I18n['t']): string {
  if (action === 'recall') return t('counter.action.recall', { count: ticket.recallCount });
  return t(`counter.action.${action}`);
}

/** The citizen at the counter: who, since when, and what can be done next. */
export function CurrentTicket({ ticket, session, auth, commands }: CurrentTicketProps) {
  const { t, language } = useI18n();
  const [dialog, setDialog] = useState<'transfer' | 'finish' | null>(null);
  const { data: priorityClasses } = useQuery(priorityClassesQueryOptions(auth));
  const { data: services } = useQuery(servicesQueryOptions(auth, session.locationId));
  const service = services?.find((s) => s.id === ticket.serviceId);
  const priority = priorityClasses?.find((p) => p.id === ticket.priorityClassId);
  const serving = ticket.state === 'serving';
  const since = serving ? ticket.servingStartedAt : ticket.calledAt;
  const primary: CounterAction = serving ? 'finish' : 'start';

  const run = (action: CounterAction) => {
    if (action === 'transfer' || action === 'finish') return setDialog(action);
    const simple = { start: 'start', recall: 'recall', noShow: 'no-show', park: 'park' } as const;
    commands.mutate({ kind: 'simple', ticket, action: simple[action] });
  };

  return (
    <Paper component="section" aria-labelledby="current-ticket-heading" withBorder radius="md" p="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" gap="xl">
          <Stack gap={4}>
            <Title order={2} size="h4" id="current-ticket-heading" c="dimmed" tabIndex={-1}>
              {t('counter.ticket.heading')}
            </Title>
            <Text fz={64} fw={800} lh={1.05} style={{ letterSpacing: '0.02em' }}>
              {ticket.displayNumber}
            </Text>
            <Text fz="xl" fw={600}>
              {ticketServiceName(ticket, language)}
            </Text>
            {ticket.priorityClassId && (
              <Group gap="xs" mt={4}>
                <StatusTag tone="grape" size="lg">
                  {priority ? t('counter.ticket.priority', { name: localName(priority, language) }) : t('counter.ticket.priorityUnknown')}
                </StatusTag>
                {ticket.priorityReason && <Text>{t('counter.ticket.reason', { reason: ticket.priorityReason })}</Text>}
              </Group>
            )}
          </Stack>
          <Stack gap={4} align="flex-end">
            <StatusTag tone={serving ? 'greenSolid' : 'blue'} size="xl">
              {t(serving ? 'counter.ticket.state.serving' : 'counter.ticket.state.called')}
            </StatusTag>
            <Text size="sm" c="dimmed" mt="xs">
              {t(serving ? 'counter.ticket.sinceServing' : 'counter.ticket.sinceCalled')}
            </Text>
            <ElapsedTime since={since} />
          </Stack>
        </Group>

        {ticket.transferNote && (
          <Alert
            variant="light"
            color="blue"
            icon={<IconMessage size={20} aria-hidden />}
            title={t('counter.ticket.transferNote')}
            data-testid="transfer-note"
          >
            <Text size="lg">{ticket.transferNote}</Text>
          </Alert>
        )}

        <SimpleGrid
          cols={{ base: 2, md: 3 }}
          spacing="sm"
          role="group"
          aria-label={t('counter.actions.label', { number: ticket.displayNumber })}
        >
          {counterActionsFor(ticket.state).map((action) => (
            <Button
              key={action}
              size="lg"
              fullWidth
              justify="flex-start"
              variant={action === primary ? 'filled' : 'default'}
              leftSection={ICONS[action]}
              onClick={() => run(action)}
              disabled={commands.isPending}
              data-counter-action={action}
            >
              {actionLabel(action, ticket, t)}
            </Button>
          ))}
        </SimpleGrid>

        <StartErrandLink ticketId={ticket.id} purpose={purposeForService(service?.code)} />
      </Stack>

      <TransferDialog
        opened={dialog === 'transfer'}
        onClose={() => setDialog(null)}
        ticket={ticket}
        session={session}
        auth={auth}
        pending={commands.isPending}
        onSubmit={(target) => commands.mutate({ kind: 'transfer', ticket, target }, { onSettled: () => setDialog(null) })}
      />
      <FinishDialog
        opened={dialog === 'finish'}
        onClose={() => setDialog(null)}
        ticket={ticket}
        session={session}
        auth={auth}
        pending={commands.isPending}
        onSubmit={(result) => commands.mutate({ kind: 'finish', ticket, result }, { onSettled: () => setDialog(null) })}
      />
    </Paper>
  );
}

/**
 * The running timer, alone in its component: it re-renders every second, and nothing else on the counter screen
 * does (before, the whole ticket panel re-rendered with it, the action buttons and the "Start ærinde" link included).
 * Not a live region: a screen reader hears the state changes, not every second.
 */
function ElapsedTime({ since }: { since: string | null }) {
  const now = useNow();
  return (
    <Text fz={44} fw={700} lh={1} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {since ? formatElapsed(secondsSince(since, now)) : '–'}
    </Text>
  );
}

/**
 * "Start ærinde": opens the citizen look-up with the ticket's errand. Memoised on its two plain props, so live
 * updates of the ticket panel (events, a board refetch, a pending command) leave the link as it is under the pointer.
 */
const StartErrandLink = memo(function StartErrandLink({ ticketId, purpose }: { ticketId: string; purpose: CitizenPurpose | undefined }) {
  const { t } = useI18n();
  return (
    <Group gap="sm" align="center">
      <RouterButton
        size="md"
        variant="default"
        leftSection={<IconClipboardList size={18} aria-hidden />}
        aria-describedby="start-errand-note"
        to="/borger"
        search={{ purpose, ticketId }}
      >
        {t('counter.action.startErrand')}
      </RouterButton>
      <Text id="start-errand-note" size="sm" c="dimmed">
        {t('counter.action.startErrandNote')}
      </Text>
    </Group>
  );
});
