import { Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { locationsQueryOptions } from '../../../features/locations/queries.ts';
import { mySessionQueryOptions } from '../../../features/queue/queries.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { CounterSignIn } from './-components/CounterSignIn.tsx';
import { CounterWorkspace } from './-components/CounterWorkspace.tsx';

export const Route = createFileRoute('/_app/skranke')({
  loader: ({ context }) =>
    Promise.all([
      context.queryClient.ensureQueryData(mySessionQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(locationsQueryOptions(context.auth)),
    ]),
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
