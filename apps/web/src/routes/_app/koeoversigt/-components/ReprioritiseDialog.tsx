import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import type { PriorityClass, Ticket } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { reprioritiseTicket } from '../../../../features/queue/actions.ts';
import { localName } from '../../../../features/queue/names.ts';
import { queueKeys } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface ReprioritiseDialogProps {
  ticket: Ticket;
  priorityClasses: PriorityClass[];
  auth: AuthSession;
  notice: ReturnType<typeof useNotice>;
  onClose(): void;
}

/** A lead changes a waiting ticket's priority class; classes that require it ask for a reason (it is audited). */
export function ReprioritiseDialog({ ticket, priorityClasses, auth, notice, onClose }: ReprioritiseDialogProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [classId, setClassId] = useState(ticket.priorityClassId ?? '');
  const [reason, setReason] = useState(ticket.priorityReason ?? '');
  const [reasonMissing, setReasonMissing] = useState(false);
  const chosen = priorityClasses.find((p) => p.id === classId);

  const save = useMutation({
    mutationFn: () =>
      reprioritiseTicket(auth, ticket, {
        priorityClassId: classId || null,
        ...(classId && reason.trim() && { reason: reason.trim() }),
      }),
    onMutate: () => notice.clear(),
    onSuccess: (updated) => notice.show('success', t('board.priority.saved', { number: updated.displayNumber })),
    onError: notice.showError,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queueKeys.board(ticket.locationId) });
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen?.requiresReason && !reason.trim()) return setReasonMissing(true);
    save.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('board.priority.title', { number: ticket.displayNumber })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('board.priority.intro')}</Text>
          <NativeSelect
            label={t('board.priority.class')}
            value={classId}
            onChange={(event) => setClassId(event.currentTarget.value)}
            data={[
              { value: '', label: t('board.priority.none') },
              ...priorityClasses.map((p) => ({
                value: p.id,
                label: t('board.priority.option', { name: localName(p, language), minutes: p.headStartMinutes }),
              })),
            ]}
          />
          {classId && (
            <Textarea
              label={t('board.priority.reason')}
              required={chosen?.requiresReason ?? false}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonMissing(false);
              }}
              error={reasonMissing ? t('board.priority.reasonRequired') : undefined}
              maxLength={500}
              autosize
              minRows={2}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('board.priority.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
