import { NativeSelect, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ReprioritiseTicketBody, type PriorityClass, type Ticket } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { reprioritiseTicket } from '../../../../features/queue/actions.ts';
import { localName } from '../../../../features/queue/names.ts';
import { queueKeys } from '../../../../features/queue/queries.ts';
import { FormDialog } from '../../../../components/FormDialog/FormDialog.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

type Values = { classId: string; reason: string };
const toChange = ({ classId, reason }: Values) => ({
  priorityClassId: classId || null,
  ...(classId && reason.trim() && { reason: reason.trim() }),
});

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
  const requiresReason = (classId: string) => priorityClasses.find((p) => p.id === classId)?.requiresReason ?? false;
  const form = useForm<Values>({
    initialValues: { classId: ticket.priorityClassId ?? '', reason: ticket.priorityReason ?? '' },
    validate: contractValidator<Values>(
      {
        schema: ReprioritiseTicketBody,
        body: (values) => ({ expectedVersion: ticket.version, ...toChange(values) }),
        // The class decides whether a reason is needed; the schema has it optional.
        rules: ({ classId, reason }) => ({
          reason: requiresReason(classId) && !reason.trim() ? t('board.priority.reasonRequired') : undefined,
        }),
      },
      language,
    ),
  });
  const { classId } = form.values;

  const save = useMutation({
    mutationFn: (values: Values) => reprioritiseTicket(auth, ticket, toChange(values)),
    onMutate: () => notice.clear(),
    onSuccess: (updated) => notice.show('success', t('board.priority.saved', { number: updated.displayNumber })),
    onError: notice.showError,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queueKeys.board(ticket.locationId) });
      onClose();
    },
  });

  const submit = form.onSubmit((values) => save.mutate(values));

  return (
    <FormDialog
      title={t('board.priority.title', { number: ticket.displayNumber })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('board.priority.submit')}
      pending={save.isPending}
    >
      <Text>{t('board.priority.intro')}</Text>
      <NativeSelect
        label={t('board.priority.class')}
        {...form.getInputProps('classId')}
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
          required={requiresReason(classId)}
          {...form.getInputProps('reason')}
          maxLength={500}
          autosize
          minRows={2}
        />
      )}
    </FormDialog>
  );
}
