import { NativeSelect, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { RerouteTicketBody, type QueueBoard, type Ticket } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { rerouteTicket } from '../../../../features/queue/actions.ts';
import { ticketServiceName } from '../../../../features/queue/names.ts';
import { staffedCounters } from '../../../../features/queue/presence.ts';
import { queueKeys } from '../../../../features/queue/queries.ts';
import { FormDialog } from '../../../../components/FormDialog/FormDialog.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

interface RerouteDialogProps {
  ticket: Ticket;
  board: QueueBoard;
  auth: AuthSession;
  notice: ReturnType<typeof useNotice>;
  onClose(): void;
}

/** A lead sends a ticket that waits for a named counter to a staffed one, or back to its service's queue. */
export function RerouteDialog({ ticket, board, auth, notice, onClose }: RerouteDialogProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { counterId: '' },
    validate: contractValidator(
      { schema: RerouteTicketBody, body: ({ counterId }) => ({ expectedVersion: ticket.version, ...(counterId && { counterId }) }) },
      language,
    ),
  });
  const targets = staffedCounters(board, ticket.targetCounterId ?? undefined);
  const waitingFor = board.counters.find((c) => c.counterId === ticket.targetCounterId)?.name ?? '';

  const save = useMutation({
    mutationFn: (counterId: string) => rerouteTicket(auth, ticket, counterId ? { counterId } : {}),
    onMutate: () => notice.clear(),
    onSuccess: (updated) => notice.show('success', t('board.rerouted', { number: updated.displayNumber })),
    onError: notice.showError,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queueKeys.board(ticket.locationId) });
      onClose();
    },
  });

  const submit = form.onSubmit(({ counterId }) => save.mutate(counterId));

  return (
    <FormDialog
      title={t('board.reroute.title', { number: ticket.displayNumber })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('board.reroute.submit')}
      pending={save.isPending}
    >
      <Text>{t('board.reroute.intro', { number: ticket.displayNumber, counter: waitingFor })}</Text>
      <NativeSelect
        label={t('board.reroute.target')}
        {...form.getInputProps('counterId')}
        data={[
          { value: '', label: t('board.reroute.queue', { service: ticketServiceName(ticket, language) }) },
          ...targets.map((c) => ({ value: c.counterId, label: c.name })),
        ]}
        data-autofocus
      />
    </FormDialog>
  );
}
