import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CancelCaseBody, RefuseCaseBody, type Case } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { cancelCase, refuseCase } from '../../../../features/cases/closing.ts';
import { caseKeys } from '../../../../features/cases/queries.ts';
import { citizenKeys } from '../../../../features/citizens/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

type Closing = 'cancel' | 'refuse';

/**
 * Ending a draft without completing it: "Annullér sagen" for any workflow, and "Giv afslag" with its begrundelse where
 * the workflow is refused this way (`refusable`). Each asks in a dialog first.
 */
export function DraftClosingActions({ kase, auth, refusable = false }: { kase: Case; auth: AuthSession; refusable?: boolean }) {
  const { t, language } = useI18n();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Closing | null>(null);
  const refusing = open === 'refuse';
  const form = useForm({
    initialValues: { reason: '' },
    validate: contractValidator(
      refusing
        ? { schema: RefuseCaseBody, body: ({ reason }) => ({ expectedVersion: kase.version, reason: reason.trim() }) }
        : {
            schema: CancelCaseBody,
            body: ({ reason }) => ({ expectedVersion: kase.version, ...(reason.trim() && { reason: reason.trim() }) }),
          },
      language,
    ),
  });
  const ask = (kind: Closing) => {
    form.clearErrors();
    setOpen(kind);
  };
  const close = useMutation({
    mutationFn: ({ kind, reason }: { kind: Closing; reason: string }) =>
      kind === 'cancel' ? cancelCase(auth, kase, reason ? { reason } : {}) : refuseCase(auth, kase, { reason }),
    onMutate: () => notice.clear(),
    onSuccess: (closed) => {
      setOpen(null);
      queryClient.setQueryData(caseKeys.case(closed.id), closed);
      void queryClient.invalidateQueries({ queryKey: citizenKeys.citizen(closed.citizen.id) });
    },
    onError: notice.showError,
  });
  const submit = form.onSubmit(({ reason }) => {
    if (open) close.mutate({ kind: open, reason: reason.trim() });
  });

  return (
    <>
      <Group gap="sm" justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => ask('cancel')}>
          {t('closing.cancel')}
        </Button>
        {refusable && (
          <Button variant="outline" color="red.9" onClick={() => ask('refuse')}>
            {t('closing.refuse')}
          </Button>
        )}
      </Group>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={t(refusing ? 'closing.refuseTitle' : 'closing.cancelTitle')}
        size="lg"
      >
        <Stack gap="md">
          <Text>{t(refusing ? 'closing.refuseBody' : 'closing.cancelBody')}</Text>
          <Textarea
            label={t(refusing ? 'closing.refuseReason' : 'closing.cancelReason')}
            description={refusing ? t('closing.refuseReasonHint') : undefined}
            {...form.getInputProps('reason')}
            required={refusing}
            maxLength={refusing ? 2000 : 500}
            autosize
            minRows={3}
          />
          <Notice notice={notice.notice} onClose={notice.clear} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(null)}>
              {t('closing.keep')}
            </Button>
            <Button color="red.9" loading={close.isPending} onClick={() => submit()}>
              {t(refusing ? 'closing.refuseSubmit' : 'closing.cancelSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
