import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { QueueBoard } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { closeDay } from '../../../../features/queue/actions.ts';
import { queueKeys } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface CloseDayDialogProps {
  opened: boolean;
  onClose(): void;
  board: QueueBoard;
  auth: AuthSession;
  notice: ReturnType<typeof useNotice>;
}

/** The end of the day settles every open ticket, so it asks first and says exactly what will happen. */
export function CloseDayDialog({ opened, onClose, board, auth, notice }: CloseDayDialogProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const close = useMutation({
    mutationFn: () => closeDay(auth, board.locationId),
    onMutate: () => notice.clear(),
    onSuccess: ({ settled }) => {
      notice.show('success', t('board.closeDay.done', { count: settled }));
      void queryClient.invalidateQueries({ queryKey: queueKeys.board(board.locationId) });
    },
    onError: notice.showError,
    onSettled: onClose,
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('board.closeDay.title', { location: board.locationName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        <Text>{t('board.closeDay.body')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" onClick={() => close.mutate()} loading={close.isPending}>
            {t('board.closeDay.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
