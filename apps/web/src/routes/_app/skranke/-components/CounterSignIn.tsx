import { Button, Checkbox, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { SessionUser } from '@skranke/contracts';
import { IconBuildingCommunity, IconLogin } from '@tabler/icons-react';
import { useMutation, useQueryClient, useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useState, type FormEvent } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { EmptyState } from '../../../../components/EmptyState/EmptyState.tsx';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { PageLoader } from '../../../../components/PageLoader/PageLoader.tsx';
import { useDeferredMount } from '../../../../lib/deferred-mount.ts';
import { locationsQueryOptions } from '../../../../features/locations/queries.ts';
import { openCounterSession } from '../../../../features/queue/actions.ts';
import { localName } from '../../../../features/queue/names.ts';
import { boardQueryOptions, countersQueryOptions, queueKeys, servicesQueryOptions } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** Before the day's first call: where, at which counter, and which services (the work profile). */
export function CounterSignIn({ user, auth }: { user: SessionUser; auth: AuthSession }) {
  const { t } = useI18n();
  const { data: locations } = useSuspenseQuery(locationsQueryOptions(auth));
  const mine = locations.filter((location) => user.locationIds.includes(location.id));
  const [locationId, setLocationId] = useState(mine[0]?.id ?? '');
  // The counters and services (a dozen inputs) render just after the heading and the location, as a transition.
  const settled = useDeferredMount();

  if (mine.length === 0) {
    return (
      <EmptyState icon={<IconBuildingCommunity size={26} />} title={t('counter.signIn.heading')}>
        {t('counter.noLocations')}
      </EmptyState>
    );
  }

  return (
    <Paper component="section" aria-labelledby="counter-sign-in" withBorder radius="md" p="xl" maw={760}>
      <Stack gap="lg">
        <div>
          <Title order={2} size="h3" id="counter-sign-in">
            {t('counter.signIn.heading')}
          </Title>
          <Text c="dimmed">{t('counter.signIn.intro')}</Text>
        </div>
        <NativeSelect
          label={t('counter.signIn.location')}
          size="md"
          value={locationId}
          onChange={(event) => setLocationId(event.currentTarget.value)}
          data={mine.map((location) => ({ value: location.id, label: location.name }))}
        />
        {settled && (
          <Suspense fallback={<PageLoader />}>
            <CounterChoice key={locationId} locationId={locationId} auth={auth} />
          </Suspense>
        )}
      </Stack>
    </Paper>
  );
}

function CounterChoice({ locationId, auth }: { locationId: string; auth: AuthSession }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const { notice, showError, clear } = useNotice();
  // Asked for together: three suspense queries in a row would wait for each other.
  const [{ data: counters }, { data: services }, { data: board }] = useSuspenseQueries({
    queries: [countersQueryOptions(auth, locationId), servicesQueryOptions(auth, locationId), boardQueryOptions(auth, locationId)],
  });
  const takenBy = new Map(board.counters.filter((c) => c.state !== 'closed').map((c) => [c.counterId, c.staffName ?? ''] as const));
  const [counterId, setCounterId] = useState(() => counters.find((c) => !takenBy.has(c.id))?.id ?? '');
  const [serviceIds, setServiceIds] = useState(() => services.filter((s) => s.active).map((s) => s.id));
  const [profileError, setProfileError] = useState(false);

  const signIn = useMutation({
    // Every service ticked: the profile is "every service", and services added later join it by themselves.
    mutationFn: () =>
      openCounterSession(
        auth,
        counterId,
        serviceIds,
        services.every((s) => serviceIds.includes(s.id)),
      ),
    onSuccess: (session) => queryClient.setQueryData(queueKeys.mySession(), session),
    onError: showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    if (serviceIds.length === 0) {
      setProfileError(true);
      return;
    }
    signIn.mutate();
  };

  if (counters.length === 0) return <Text>{t('counter.signIn.noCounters')}</Text>;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <NativeSelect
          label={t('counter.signIn.counter')}
          size="md"
          value={counterId}
          onChange={(event) => setCounterId(event.currentTarget.value)}
          data={counters.map((counter) => {
            const staff = takenBy.get(counter.id);
            return {
              value: counter.id,
              label: staff === undefined ? counter.name : t('counter.signIn.counterTaken', { counter: counter.name, name: staff }),
              disabled: staff !== undefined,
            };
          })}
        />
        <Checkbox.Group
          label={t('counter.signIn.profile')}
          description={t('counter.signIn.profileHint')}
          value={serviceIds}
          onChange={(next) => {
            setServiceIds(next);
            setProfileError(false);
          }}
          error={profileError ? t('counter.signIn.profileRequired') : undefined}
          size="md"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="sm">
            {services.map((service) => (
              <Checkbox
                key={service.id}
                value={service.id}
                label={
                  service.active
                    ? `${service.prefix} · ${localName(service, language)}`
                    : t('counter.signIn.serviceClosed', { service: `${service.prefix} · ${localName(service, language)}` })
                }
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Notice notice={notice} onClose={clear} />
        <div>
          <Button type="submit" size="lg" leftSection={<IconLogin aria-hidden />} loading={signIn.isPending} disabled={!counterId}>
            {t('counter.signIn.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
