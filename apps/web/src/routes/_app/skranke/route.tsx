import { Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { locationsQueryOptions } from '../../../features/locations/queries.ts';
import { counterLocationToPrefetch, prefetchCounterLocation } from '../../../features/queue/counter-prefetch.ts';
import { mySessionQueryOptions } from '../../../features/queue/queries.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { CounterSignIn } from './-components/CounterSignIn.tsx';
import { CounterWorkspace } from './-components/CounterWorkspace.tsx';

export const Route = createFileRoute('/_app/skranke')({
  loader: async ({ context: { queryClient, auth, user } }) => {
    // The likely location's counters, services and board leave now, alongside the session and the locations, not
    // once the page has rendered and asked for them (a round trip less before the counter's first screen).
    const guess = counterLocationToPrefetch(user);
    if (guess) prefetchCounterLocation(queryClient, auth, guess);
    const [session, locations] = await Promise.all([
      queryClient.ensureQueryData(mySessionQueryOptions(auth)),
      queryClient.ensureQueryData(locationsQueryOptions(auth)),
    ]);
    const chosen = counterLocationToPrefetch(user, { session, locations });
    if (chosen && chosen !== guess) prefetchCounterLocation(queryClient, auth, chosen);
  },
  component: CounterPage,
});

function CounterPage() {
  const { t, formatDate } = useI18n();
  const { user, auth } = Route.useRouteContext();
  const { data: session } = useSuspenseQuery(mySessionQueryOptions(auth));

  return (
    <Stack gap="lg" maw={1120}>
      <DocumentTitle title={t('counter.heading')} />
      <div>
        <Title order={1}>{t('counter.heading')}</Title>
        <Text c="dimmed" mt={4}>
          {t('counter.today', { date: formatDate(new Date(), { dateStyle: 'full' }) })}
        </Text>
      </div>
      {session ? <CounterWorkspace session={session} auth={auth} /> : <CounterSignIn user={user} auth={auth} />}
    </Stack>
  );
}
