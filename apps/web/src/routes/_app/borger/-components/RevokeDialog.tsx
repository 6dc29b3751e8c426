import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { Citizen } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { revokeDigitalPostExemption } from '../../../../features/cases/actions.ts';
import { caseKeys } from '../../../../features/cases/queries.ts';
import { citizenKeys } from '../../../../features/citizens/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface RevokeDialogProps {
  opened: boolean;
  onClose(): void;
  citizen: Citizen;
  auth: AuthSession;
}

/** Ophævelse (FD 011): registered at once; the revocation case's page then offers its receipt. */
export function RevokeDialog({ opened, onClose, citizen, auth }: RevokeDialogProps) {
  const { t } = useI18n();
  const notice = useNotice();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const revoke = useMutation({
    mutationFn: () => revokeDigitalPostExemption(auth, citizen.id, reason.trim() ? { reason: reason.trim() } : {}),
    onSuccess: (revocation) => {
      queryClient.setQueryData(caseKeys.case(revocation.id), revocation);
      void queryClient.invalidateQueries({ queryKey: citizenKeys.exemption(citizen.id) });
      void queryClient.invalidateQueries({ queryKey: citizenKeys.cases(citizen.id) });
      void navigate({ to: '/sager/$caseId', params: { caseId: revocation.id } });
    },
    onError: notice.showError,
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('revoke.title', { name: citizen.name })} size="lg">
      <Stack gap="md">
        <Text>{t('revoke.body')}</Text>
        <Textarea
          label={t('revoke.reason')}
          description={t('revoke.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
        <Notice notice={notice.notice} onClose={notice.clear} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate()}>
            {t('revoke.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
