import { Box, Stack, VisuallyHidden } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { CounterSession, QueueBoard } from '@skranke/contracts';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { RouterAnchor } from '../../../../components/RouterLink/RouterLink.tsx';
import { ticketsForCounter } from '../../../../features/queue/counter-queue.ts';
import { useLiveQueue } from '../../../../features/queue/live-cache.ts';
import { useCounterHeartbeat } from '../../../../features/queue/use-counter-heartbeat.ts';
import { boardQueryOptions } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { CallNextPanel } from './CallNextPanel.tsx';
import { CounterQueue } from './CounterQueue.tsx';
import { CurrentTicket } from './CurrentTicket.tsx';
import { NewServicesOffer } from './NewServicesOffer.tsx';
import { ParkedTickets } from './ParkedTickets.tsx';
import { SessionBar } from './SessionBar.tsx';
import { useCounterCommands } from './use-counter-commands.ts';

/** Citizens waiting for this counter: its work profile's queues, and tickets transferred to it by name. */
export function waitingForCounter(board: QueueBoard, session: CounterSession): number {
  return ticketsForCounter(board, session).length;
}

export function CounterWorkspace({ session, auth }: { session: CounterSession; auth: AuthSession }) {
  const { t } = useI18n();
  const notice = useNotice();
  const commands = useCounterCommands({ session, auth, notice });
  const status = useLiveQueue(session.locationId, auth);
  useCounterHeartbeat(auth, session.id);
  const { data: board } = useQuery(boardQueryOptions(auth, session.locationId));
  const ticket = session.currentTicket;
  const canCall = !ticket && session.state === 'open' && !commands.isPending;
  // The ticket just finished here: its contact can be logged (Henvendelser, docs/contacts.md).
  const finished = !ticket && commands.data?.state === 'done' ? commands.data : null;

  useHotkeys([['F2', () => canCall && commands.mutate({ kind: 'callNext' })]], []);

  // Read out when the ticket at the counter changes state, never on the running timer.
  const stateText = ticket
    ? t(ticket.state === 'serving' ? 'counter.status.serving' : 'counter.status.called', {
        number: ticket.displayNumber,
        counter: session.counterName,
      })
    : '';

  return (
    <Stack gap="lg">
      <div>
        <SessionBar session={session} auth={auth} status={status} notice={notice} />
        <VisuallyHidden role="status">{stateText}</VisuallyHidden>
        <Box mt={notice.notice ? 'lg' : 0}>
          <Notice notice={notice.notice} onClose={notice.clear} />
          {finished && (
            <RouterAnchor to="/henvendelser" search={{ ticketId: finished.id, ticket: finished.displayNumber }} size="sm">
              {t('counter.recordContact', { number: finished.displayNumber })}
            </RouterAnchor>
          )}
        </Box>
      </div>
      <NewServicesOffer
        session={session}
        auth={auth}
        notice={notice}
        onAnswered={() => document.getElementById('session-heading')?.focus()}
      />
      {ticket ? (
        <CurrentTicket ticket={ticket} session={session} auth={auth} commands={commands} />
      ) : (
        <CallNextPanel
          paused={session.state === 'paused'}
          pending={commands.isPending}
          waiting={board ? waitingForCounter(board, session) : undefined}
          onCallNext={() => commands.mutate({ kind: 'callNext' })}
        />
      )}
      {board && <CounterQueue board={board} session={session} auth={auth} canCall={canCall} commands={commands} notice={notice} />}
      <ParkedTickets locationId={session.locationId} auth={auth} canCall={canCall} commands={commands} />
    </Stack>
  );
}
