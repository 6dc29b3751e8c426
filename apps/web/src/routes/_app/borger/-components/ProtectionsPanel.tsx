import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import type { CitizenProtections } from '@skranke/contracts';
import { serviceDay } from '@skranke/domain';
import { IconShieldLock, IconShieldOff, IconMailOff } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import {
  endAddressProtection,
  registerAddressProtection,
  registerRobinson,
  revokeRobinson,
} from '../../../../features/address-change/actions.ts';
import { addressKeys, protectionsQueryOptions } from '../../../../features/address-change/queries.ts';
import { formatCivilDate } from '../../../../features/citizens/format.ts';
import { citizenKeys } from '../../../../features/citizens/queries.ts';
import type { MessageKey } from '../../../../i18n/da.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/**
 * Navne- og adressebeskyttelse (1 year, free, with its renewal date) and Robinsonlisten as short forms: each is one
 * action on the citizen (no fields to fill in), the answer shown here. Every read and write is audited by the API.
 */
export function ProtectionsPanel({ citizenId, auth }: { citizenId: string; auth: AuthSession }) {
  const { t, formatDate } = useI18n();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const { data } = useQuery(protectionsQueryOptions(auth, citizenId));
  const date = (d: string) => formatCivilDate(formatDate, d);

  const useAction = (fn: (tokens: AuthSession, id: string) => Promise<CitizenProtections>, done: MessageKey) =>
    useMutation({
      mutationFn: () => fn(auth, citizenId),
      onMutate: () => notice.clear(),
      onSuccess: (answer) => {
        queryClient.setQueryData(addressKeys.protections(citizenId), answer);
        // The register now withholds (or shows) the address on the citizen's details.
        void queryClient.invalidateQueries({ queryKey: citizenKeys.citizen(citizenId) });
        notice.show('success', t(done));
        setConfirmEnd(false);
      },
      onError: notice.showError,
    });
  const protect = useAction(registerAddressProtection, 'protection.registered');
  const end = useAction(endAddressProtection, 'protection.ended');
  const robinsonOn = useAction(registerRobinson, 'robinson.registered');
  const robinsonOff = useAction(revokeRobinson, 'robinson.revoked');

  const protection = data?.addressProtection ?? null;
  const robinson = data?.robinson ?? null;
  // Today in Copenhagen, as the API dates the period (in UTC the first hour or two of a Danish day is still yesterday).
  const pendingRenewal = protection && protection.startsOn > serviceDay(new Date());

  return (
    <Paper component="section" aria-labelledby="protections-heading" withBorder radius="md" p="xl">
      <Stack gap="sm">
        <Title order={2} size="h3" id="protections-heading">
          {t('protection.heading')}
        </Title>
        <Notice notice={notice.notice} onClose={notice.clear} />
        <Text data-testid="protection-state">
          {protection
            ? t(pendingRenewal ? 'protection.pending' : 'protection.active', {
                from: date(protection.startsOn),
                to: date(protection.endsOn),
                renewal: date(protection.renewalDate),
              })
            : t('protection.none')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('protection.free')}
        </Text>
        <Group gap="sm">
          <Button leftSection={<IconShieldLock size={18} aria-hidden />} loading={protect.isPending} onClick={() => protect.mutate()}>
            {t(protection ? 'protection.renew' : 'protection.register')}
          </Button>
          {protection && (
            <Button variant="default" leftSection={<IconShieldOff size={18} aria-hidden />} onClick={() => setConfirmEnd(true)}>
              {t('protection.end')}
            </Button>
          )}
        </Group>
        <Text data-testid="robinson-state" mt="sm">
          {robinson
            ? t('robinson.active', { date: date(robinson.registeredOn), effective: date(robinson.effectiveBy) })
            : t('robinson.none')}
        </Text>
        <Group gap="sm">
          {robinson ? (
            <Button variant="default" loading={robinsonOff.isPending} onClick={() => robinsonOff.mutate()}>
              {t('robinson.revoke')}
            </Button>
          ) : (
            <Button leftSection={<IconMailOff size={18} aria-hidden />} loading={robinsonOn.isPending} onClick={() => robinsonOn.mutate()}>
              {t('robinson.register')}
            </Button>
          )}
        </Group>
      </Stack>
      <Modal opened={confirmEnd} onClose={() => setConfirmEnd(false)} title={t('protection.end')}>
        <Stack>
          <Text>{t('protection.confirmEnd')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmEnd(false)}>
              {t('common.cancel.protection')}
            </Button>
            <Button color="red" loading={end.isPending} onClick={() => end.mutate()}>
              {t('protection.end')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
