import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { CounterSession } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Notice, useNotice } from '../../components/Notice/Notice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { TokenSource } from '../../lib/api.ts';
import { closeCounterSession } from './actions.ts';
import { mySessionQueryOptions } from './queries.ts';

/**
 * Signing out of the app while signed in at a counter: asks first, then closes the counter session and signs out,
 * so the counter does not stay "open" on the board and in the estimates. Without a counter session it signs out at once.
 */
export function useCounterAwareSignOut(tokens: TokenSource, signOut: () => void) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const notice = useNotice();
  const [session, setSession] = useState<CounterSession | null>(null);

  const close = useMutation({
    mutationFn: () => closeCounterSession(tokens),
    onMutate: () => notice.clear(),
    onSuccess: () => {
      setSession(null);
      signOut();
    },
    onError: notice.showError,
  });

  const request = async () => {
    let current: CounterSession | null = null;
    try {
      current = await queryClient.fetchQuery({ ...mySessionQueryOptions(tokens), staleTime: 0 });
    } catch {
      current = null; // no counter role, or offline: nothing to close here
    }
    if (current) setSession(current);
    else signOut();
  };

  const dismiss = () => {
    notice.clear();
    setSession(null);
  };

  const dialog = (
    <Modal
      opened={session !== null}
      onClose={dismiss}
      title={t('shell.counterSignOut.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('shell.counterSignOut.body', { counter: session?.counterName ?? '' })}</Text>
        <Notice notice={notice.notice} onClose={notice.clear} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={dismiss} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => close.mutate()} loading={close.isPending}>
            {t('shell.counterSignOut.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );

  return { request, dialog };
}
