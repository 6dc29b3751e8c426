import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CounterSession } from '@skranke/contracts';
import { IconLogout, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { LiveStatusBadge } from '../../../../components/LiveStatus/LiveStatus.tsx';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { locationsQueryOptions } from '../../../../features/locations/queries.ts';
import { closeCounterSession, updateCounterSession } from '../../../../features/queue/actions.ts';
import type { LiveStatus } from '../../../../features/queue/live.ts';
import { localName } from '../../../../features/queue/names.ts';
import { queueKeys, servicesQueryOptions } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface SessionBarProps {
  session: CounterSession;
  auth: AuthSession;
  status: LiveStatus;
  notice: ReturnType<typeof useNotice>;
}

/** Where I sit, what I take, how many I have served today; pause and sign out of the counter. */
export function SessionBar({ session, auth, status, notice }: SessionBarProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const { data: locations } = useQuery(locationsQueryOptions(auth));
  const { data: services } = useQuery(servicesQueryOptions(auth, session.locationId));
  const locationName = locations?.find((l) => l.id === session.locationId)?.name ?? '';
  const profile = (services ?? []).filter((s) => session.serviceIds.includes(s.id)).map((s) => localName(s, language));
  const paused = session.state === 'paused';

  const pause = useMutation({
    mutationFn: () => updateCounterSession(auth, { state: paused ? 'open' : 'paused' }),
    onMutate: () => notice.clear(),
    onSuccess: (next) => queryClient.setQueryData(queueKeys.mySession(), next),
    onError: notice.showError,
  });
  const signOut = useMutation({
    mutationFn: () => closeCounterSession(auth),
    onMutate: () => notice.clear(),
    onSuccess: () => queryClient.setQueryData(queueKeys.mySession(), null),
    onError: notice.showError,
  });

  return (
    <Paper component="section" aria-labelledby="session-heading" withBorder radius="md" p="lg">
      <Group justify="space-between" align="flex-start" gap="lg">
        {/* The long list of services gives way first, so the buttons keep their place beside it. */}
        <Stack gap={6} style={{ flex: '1 1 280px', minWidth: 0 }}>
          <Group gap="sm">
            <Title order={2} size="h3" id="session-heading" tabIndex={-1}>
              {session.counterName}
            </Title>
            <StatusTag tone={paused ? 'yellow' : 'green'}>
              {t(paused ? 'counter.session.state.paused' : 'counter.session.state.open')}
            </StatusTag>
          </Group>
          <Text c="dimmed" lang="da">
            {locationName}
          </Text>
          {profile.length > 0 && <Text size="sm">{t('counter.session.profile', { services: profile.join(', ') })}</Text>}
        </Stack>
        <Stack gap="sm" align="flex-end" style={{ flex: '0 0 auto' }}>
          <Group gap="lg">
            <LiveStatusBadge status={status} />
            <Text fw={700} size="lg">
              {t('counter.session.servedToday', { count: session.servedToday })}
            </Text>
          </Group>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={paused ? <IconPlayerPlay size={18} aria-hidden /> : <IconPlayerPause size={18} aria-hidden />}
              onClick={() => pause.mutate()}
              loading={pause.isPending}
            >
              {t(paused ? 'counter.session.resume' : 'counter.session.pause')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconLogout size={18} aria-hidden />}
              onClick={() => signOut.mutate()}
              loading={signOut.isPending}
            >
              {t('counter.session.signOut')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
