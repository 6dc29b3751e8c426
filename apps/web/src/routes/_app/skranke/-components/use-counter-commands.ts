import type { CounterSession, FinishTicketBody, QueueBoard, Ticket, TransferTicketBody } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import {
  actOnTicket,
  callNextTicket,
  callTicket,
  finishTicket,
  transferTicket,
  type SimpleTicketAction,
} from '../../../../features/queue/actions.ts';
import { withCall } from '../../../../features/queue/live-cache.ts';
import { queueKeys } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { focusWhenReady } from '../../../../lib/focus.ts';
import { ApiError } from '../../../../lib/http.ts';

export type CounterCommand =
  | { kind: 'callNext' }
  | { kind: 'simple'; ticket: Ticket; action: SimpleTicketAction }
  | { kind: 'transfer'; ticket: Ticket; target: Omit<TransferTicketBody, 'expectedVersion'> }
  | { kind: 'finish'; ticket: Ticket; result: Omit<FinishTicketBody, 'expectedVersion'> }
  | { kind: 'callParked'; ticket: Ticket }
  | { kind: 'call'; ticket: Ticket };

/** The counter's buttons carry `data-counter-action` (CurrentTicket, CallNextPanel) so focus can find them. */
export type CounterFocusTarget = 'callNext' | 'start' | 'recall' | 'finish';
const focusCounter = (...targets: CounterFocusTarget[]) =>
  focusWhenReady(() => document.querySelector<HTMLElement>(targets.map((t) => `[data-counter-action="${t}"]`).join(', ')));

/**
 * Where the keyboard goes after a command: the ticket still at the counter → its next step (recall stays on recall, as
 * it is often pressed again); the ticket gone (finished, parked, transferred …) or nobody waiting → "call next".
 */
function focusAfter(ticket: Ticket | null, command: CounterCommand) {
  if (!ticket || (ticket.state !== 'called' && ticket.state !== 'serving')) return focusCounter('callNext');
  // Called by hand from the list: the row and its button go, so the reader goes on at the citizen now at the counter.
  if (command.kind === 'call') return focusWhenReady(() => document.getElementById('current-ticket-heading'));
  if (command.kind === 'simple' && command.action === 'recall') return focusCounter('recall');
  return focusCounter(ticket.state === 'serving' ? 'finish' : 'start');
}

interface Options {
  session: CounterSession;
  auth: AuthSession;
  notice: ReturnType<typeof useNotice>;
}

/**
 * Every ticket action of the counter, through one mutation: while one is in flight the buttons wait, so a double
 * click never sends two. Each sends the ticket's version; a 409 shows the server's explanation and reloads the session.
 */
export function useCounterCommands({ session, auth, notice }: Options) {
  const { t } = useI18n();
  const queryClient = useQueryClient();

  const setCurrent = (ticket: Ticket | null) =>
    queryClient.setQueryData<CounterSession | null>(queueKeys.mySession(), (s) => s && { ...s, currentTicket: ticket });
  const refetchSession = () => queryClient.invalidateQueries({ queryKey: queueKeys.mySession() });
  const storeTicket = (ticket: Ticket) => queryClient.setQueryData(queueKeys.ticket(ticket.id), ticket);
  const refetchParked = () => queryClient.invalidateQueries({ queryKey: queueKeys.parked(session.locationId) });

  return useMutation({
    mutationFn: async (command: CounterCommand): Promise<Ticket | null> => {
      switch (command.kind) {
        case 'callNext':
          return callNextTicket(auth, session.counterId);
        case 'simple':
          return actOnTicket(auth, command.ticket, command.action);
        case 'transfer':
          return transferTicket(auth, command.ticket, command.target);
        case 'finish':
          return finishTicket(auth, command.ticket, command.result);
        case 'callParked':
        case 'call':
          return callTicket(auth, command.ticket, session.counterId);
      }
    },
    onMutate: async () => {
      notice.clear();
      // A session read still on its way (e.g. the one a fresh live connection asks for) would land after this
      // command's answer and put back the counter as it was before it.
      await queryClient.cancelQueries({ queryKey: queueKeys.mySession() });
    },
    onSuccess: (ticket, command) => {
      focusAfter(ticket, command);
      if (!ticket) {
        notice.show('info', t('counter.nobodyWaiting'));
        return;
      }
      const number = ticket.displayNumber;
      storeTicket(ticket);
      // The boards follow at once (the live event says the same a moment later; older versions are ignored).
      queryClient.setQueryData<QueueBoard>(queueKeys.board(session.locationId), (board) => board && withCall(board, ticket));
      if (ticket.state === 'called' || ticket.state === 'serving') {
        setCurrent(ticket);
        if (command.kind === 'callParked') void refetchParked();
        return;
      }
      setCurrent(null);
      if (ticket.state === 'parked') {
        void refetchParked();
        notice.show('success', t('counter.notice.parked', { number }));
      } else if (ticket.state === 'no_show') {
        notice.show('success', t('counter.notice.noShow', { number }));
      } else if (ticket.state === 'done') {
        notice.show('success', t('counter.notice.finished', { number }));
        void refetchSession(); // "served today" is counted by the server
      } else if (command.kind === 'transfer') {
        notice.show('success', t('counter.notice.transferred', { number }));
      } else if (ticket.state === 'waiting') {
        if (command.kind === 'simple' && command.action === 'return') void refetchParked();
        notice.show('success', t('counter.notice.requeued', { number }));
      }
    },
    onError: (error, command) => {
      notice.showError(error);
      focusCounter('start', 'finish', 'callNext');
      if (error instanceof ApiError && error.status === 409) {
        void refetchSession();
        if ('ticket' in command) void queryClient.invalidateQueries({ queryKey: queueKeys.ticket(command.ticket.id) });
      }
    },
  });
}
