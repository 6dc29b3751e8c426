import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { Case } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { cancelCase, refuseCase } from '../../../../features/cases/closing.ts';
import { caseKeys } from '../../../../features/cases/queries.ts';
import { citizenKeys } from '../../../../features/citizens/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

type Closing = 'cancel' | 'refuse';

/**
 * Ending a draft without completing it: "Annullér sagen" for any workflow, and "Giv afslag" with its begrundelse where
 * the workflow is refused this way (`refusable`). Each asks in a dialog first.
 */
export function DraftClosingActions({ kase, auth, refusable = false }: { kase: Case; auth: AuthSession; refusable?: boolean }) {
  const { t } = useI18n();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Closing | null>(null);
  const [reason, setReason] = useState('');
  const close = useMutation({
    mutationFn: (kind: Closing) =>
      kind === 'cancel'
        ? cancelCase(auth, kase, reason.trim() ? { reason: reason.trim() } : {})
        : refuseCase(auth, kase, { reason: reason.trim() }),
    onMutate: () => notice.clear(),
    onSuccess: (closed) => {
      setOpen(null);
      queryClient.setQueryData(caseKeys.case(closed.id), closed);
      void queryClient.invalidateQueries({ queryKey: citizenKeys.citizen(closed.citizen.id) });
    },
    onError: notice.showError,
  });
  const refusing = open === 'refuse';

  return (
    <>
      <Group gap="sm" justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => setOpen('cancel')}>
          {t('closing.cancel')}
        </Button>
        {refusable && (
          <Button variant="outline" color="red.9" onClick={() => setOpen('refuse')}>
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
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
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
            <Button color="red.9" loading={close.isPending} onClick={() => open && close.mutate(open)}>
              {t(refusing ? 'closing.refuseSubmit' : 'closing.cancelSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
