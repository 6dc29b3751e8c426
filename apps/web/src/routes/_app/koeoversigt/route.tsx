import { Stack, Title } from '@mantine/core';
import type { SessionUser } from '@skranke/contracts';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { createFileRoute } from '@tanstack/react-router';
import { requireRole } from '../../../auth/require-role.ts';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { EmptyState } from '../../../components/EmptyState/EmptyState.tsx';
import { parseLocationSearch } from '../../../features/locations/search.ts';
import { locationsQueryOptions } from '../../../features/locations/queries.ts';
import { boardQueryOptions, priorityClassesQueryOptions } from '../../../features/queue/queries.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { LiveBoard } from './-components/LiveBoard.tsx';

/** The chosen location when it is one of the lead's, otherwise their first. */
function locationOf(user: SessionUser, requested: string | undefined): string | undefined {
  return requested && user.locationIds.includes(requested) ? requested : user.locationIds[0];
}

export const Route = createFileRoute('/_app/koeoversigt')({
  validateSearch: parseLocationSearch,
  beforeLoad: ({ context }) => requireRole(context.user, 'lead'),
  loaderDeps: ({ search }) => ({ location: search.location }),
  loader: async ({ context, deps }) => {
    const locationId = locationOf(context.user, deps.location);
    if (!locationId) return;
    await Promise.all([
      context.queryClient.ensureQueryData(locationsQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(boardQueryOptions(context.auth, locationId)),
      context.queryClient.ensureQueryData(priorityClassesQueryOptions(context.auth)),
    ]);
  },
  component: QueueOverviewPage,
});

function QueueOverviewPage() {
  const { t } = useI18n();
  const { user, auth } = Route.useRouteContext();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const locationId = locationOf(user, search.location);

  return (
    <Stack gap="lg" maw={1280}>
      <DocumentTitle title={t('queue.heading')} />
      <Title order={1}>{t('queue.heading')}</Title>
      {locationId ? (
        <LiveBoard
          key={locationId}
          locationId={locationId}
          user={user}
          auth={auth}
          onLocationChange={(location) => void navigate({ search: { location } })}
        />
      ) : (
        <EmptyState icon={<IconBuildingCommunity size={26} />} title={t('queue.heading')}>
          {t('board.noLocations')}
        </EmptyState>
      )}
    </Stack>
  );
}
