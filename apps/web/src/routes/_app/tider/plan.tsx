import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { requireRole } from '../../../auth/require-role.ts';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { EmptyState } from '../../../components/EmptyState/EmptyState.tsx';
import { Notice, useNotice } from '../../../components/Notice/Notice.tsx';
import { RouterAnchor } from '../../../components/RouterLink/RouterLink.tsx';
import {
  appointmentBlocksQueryOptions,
  appointmentPlanQueryOptions,
  counterScheduleQueryOptions,
} from '../../../features/appointments/queries.ts';
import { addDays, formatDay, mondayOf, todayInCopenhagen } from '../../../features/appointments/time.ts';
import { locationsQueryOptions } from '../../../features/locations/queries.ts';
import { servicesQueryOptions } from '../../../features/queue/queries.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { BlocksSection } from './-components/BlocksSection.tsx';
import { CountersSection } from './-components/CountersSection.tsx';
import { PlanTable } from './-components/PlanTable.tsx';
import { locationOf, parseDaySearch } from './-components/search.ts';

/**
 * The week's plan for a lead: per day and errand, times offered, booked, checked in and missed; the day's counters for
 * bookings (with a change of one day) and the times booked beyond them; the blocked periods.
 */
export const Route = createFileRoute('/_app/tider/plan')({
  // The loader travels with the screen's chunk: its query functions stay out of the entry chunk (150 kB gzip budget).
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  validateSearch: parseDaySearch,
  beforeLoad: ({ context }) => requireRole(context.user, 'lead'),
  loaderDeps: ({ search }) => ({ location: search.location, date: search.date }),
  loader: async ({ context, deps }) => {
    const locationId = locationOf(context.user, deps.location);
    if (!locationId) return;
    const from = mondayOf(deps.date ?? todayInCopenhagen());
    await Promise.all([
      context.queryClient.ensureQueryData(locationsQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(appointmentPlanQueryOptions(context.auth, locationId, from)),
      context.queryClient.ensureQueryData(appointmentBlocksQueryOptions(context.auth, locationId)),
      context.queryClient.ensureQueryData(counterScheduleQueryOptions(context.auth, locationId)),
      context.queryClient.ensureQueryData(servicesQueryOptions(context.auth, locationId)),
    ]);
  },
  component: AppointmentPlanPage,
});

function AppointmentPlanPage() {
  const { t } = useI18n();
  const { user } = Route.useRouteContext();
  const search = Route.useSearch();
  const locationId = locationOf(user, search.location);
  return (
    <Stack gap="lg" maw={1280}>
      <DocumentTitle title={t('appointments.plan.heading')} />
      <div>
        <Title order={1}>{t('appointments.plan.heading')}</Title>
        <Text c="dimmed" mt={4}>
          {t('appointments.plan.intro')}
        </Text>
      </div>
      {locationId ? (
        <PlanView key={locationId} locationId={locationId} from={mondayOf(search.date ?? todayInCopenhagen())} />
      ) : (
        <EmptyState icon={<IconBuildingCommunity size={26} />} title={t('appointments.plan.heading')}>
          {t('appointments.noLocations')}
        </EmptyState>
      )}
    </Stack>
  );
}

function PlanView({ locationId, from }: { locationId: string; from: string }) {
  const { t, language } = useI18n();
  const { user, auth } = Route.useRouteContext();
  const navigate = Route.useNavigate();
  const notice = useNotice();
  const { data: locations } = useSuspenseQuery(locationsQueryOptions(auth));
  const { data: plan } = useSuspenseQuery(appointmentPlanQueryOptions(auth, locationId, from));
  const { data: blocks } = useSuspenseQuery(appointmentBlocksQueryOptions(auth, locationId));
  const { data: schedule } = useSuspenseQuery(counterScheduleQueryOptions(auth, locationId));
  const { data: services } = useSuspenseQuery(servicesQueryOptions(auth, locationId));
  const mine = locations.filter((l) => user.locationIds.includes(l.id));
  const thisWeek = mondayOf(todayInCopenhagen());
  const go = (next: { location?: string; date?: string }) => void navigate({ search: (prev) => ({ ...prev, ...next }) });

  return (
    <Stack gap="lg">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {mine.length > 1 && (
          <NativeSelect
            label={t('appointments.location')}
            value={locationId}
            data={mine.map((l) => ({ value: l.id, label: l.name }))}
            onChange={(event) => go({ location: event.currentTarget.value })}
          />
        )}
        <Button variant="default" onClick={() => go({ date: addDays(from, -7) })}>
          {t('appointments.plan.previousWeek')}
        </Button>
        <Button variant="default" onClick={() => go({ date: undefined })} disabled={from === thisWeek}>
          {t('appointments.plan.thisWeek')}
        </Button>
        <Button variant="default" onClick={() => go({ date: addDays(from, 7) })}>
          {t('appointments.plan.nextWeek')}
        </Button>
        <RouterAnchor to="/tider" search={{ location: locationId }} ml="auto">
          {t('appointments.dayLink')}
        </RouterAnchor>
      </Group>
      <section aria-labelledby="plan-week-heading">
        <Title order={2} size="h4" id="plan-week-heading" mb="sm">
          {t('appointments.plan.week', { day: formatDay(from, language) })}
        </Title>
        <PlanTable plan={plan} services={services} />
      </section>
      <Notice notice={notice.notice} onClose={notice.clear} />
      <CountersSection auth={auth} locationId={locationId} from={from} plan={plan} schedule={schedule} notice={notice} />
      <BlocksSection auth={auth} locationId={locationId} blocks={blocks} services={services} notice={notice} />
    </Stack>
  );
}
