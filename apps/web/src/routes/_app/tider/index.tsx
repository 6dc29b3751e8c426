import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Appointment } from '@skranke/contracts';
import { roleAtLeast } from '@skranke/domain';
import { IconBuildingCommunity, IconCalendarPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { EmptyState } from '../../../components/EmptyState/EmptyState.tsx';
import { Notice, useNotice } from '../../../components/Notice/Notice.tsx';
import { RouterAnchor } from '../../../components/RouterLink/RouterLink.tsx';
import { checkInAppointment } from '../../../features/appointments/actions.ts';
import {
  appointmentDayQueryOptions,
  bookingOptionsQueryOptions,
  invalidateLocationAppointments,
} from '../../../features/appointments/queries.ts';
import { addDays, copenhagenDate, formatDay, formatTime, todayInCopenhagen } from '../../../features/appointments/time.ts';
import { locationsQueryOptions } from '../../../features/locations/queries.ts';
import { queueKeys } from '../../../features/queue/queries.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { AppointmentTable } from './-components/AppointmentTable.tsx';
import { BookDialog } from './-components/BookDialog.tsx';
import { CancelDialog } from './-components/CancelDialog.tsx';
import { locationOf, parseDaySearch } from './-components/search.ts';

/** The day's bookings at the staff member's location: check a citizen in, cancel a time, book one for a citizen. */
export const Route = createFileRoute('/_app/tider/')({
  // The loader travels with the screen's chunk: its query functions stay out of the entry chunk (150 kB gzip budget).
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  validateSearch: parseDaySearch,
  loaderDeps: ({ search }) => ({ location: search.location, date: search.date }),
  loader: async ({ context, deps }) => {
    const locationId = locationOf(context.user, deps.location);
    if (!locationId) return;
    await Promise.all([
      context.queryClient.ensureQueryData(locationsQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(appointmentDayQueryOptions(context.auth, locationId, deps.date ?? todayInCopenhagen())),
      context.queryClient.ensureQueryData(bookingOptionsQueryOptions(context.auth)),
    ]);
  },
  component: AppointmentsDayPage,
});

function AppointmentsDayPage() {
  const { t } = useI18n();
  const { user } = Route.useRouteContext();
  const search = Route.useSearch();
  const locationId = locationOf(user, search.location);
  return (
    <Stack gap="lg" maw={1280}>
      <DocumentTitle title={t('appointments.heading')} />
      <div>
        <Title order={1}>{t('appointments.heading')}</Title>
        <Text c="dimmed" mt={4}>
          {t('appointments.intro')}
        </Text>
      </div>
      {locationId ? (
        <DayView key={locationId} locationId={locationId} date={search.date ?? todayInCopenhagen()} />
      ) : (
        <EmptyState icon={<IconBuildingCommunity size={26} />} title={t('appointments.heading')}>
          {t('appointments.noLocations')}
        </EmptyState>
      )}
    </Stack>
  );
}

function DayView({ locationId, date }: { locationId: string; date: string }) {
  const { t, language } = useI18n();
  const { user, auth } = Route.useRouteContext();
  const navigate = Route.useNavigate();
  const queryClient = useQueryClient();
  const notice = useNotice();
  const { data: locations } = useSuspenseQuery(locationsQueryOptions(auth));
  const { data: appointments } = useSuspenseQuery(appointmentDayQueryOptions(auth, locationId, date));
  const { data: options } = useSuspenseQuery(bookingOptionsQueryOptions(auth));
  const services = options.locations.find((l) => l.id === locationId)?.services ?? [];
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [booking, setBooking] = useState(false);
  const mine = locations.filter((l) => user.locationIds.includes(l.id));
  const today = todayInCopenhagen();
  const go = (next: { location?: string; date?: string }) =>
    void navigate({
      search: (prev) => ({ ...prev, ...next, date: (next.date ?? prev.date) === today ? undefined : (next.date ?? prev.date) }),
    });

  const checkIn = useMutation({
    mutationFn: (appointment: Appointment) => checkInAppointment(auth, locationId, { appointmentId: appointment.id }),
    onMutate: () => notice.clear(),
    onSuccess: (result, appointment) => {
      const params = {
        name: appointment.name,
        number: result.issued?.ticket.displayNumber ?? '',
        time: formatTime(result.startsAt, language),
        day: formatDay(copenhagenDate(result.startsAt), language),
      };
      const refused = result.arrival === 'late_refused' || result.arrival === 'wrong_day';
      notice.show(refused ? 'conflict' : 'success', t(`appointments.arrival.${result.arrival}`, params));
      invalidateLocationAppointments(queryClient, locationId);
      void queryClient.invalidateQueries({ queryKey: queueKeys.location(locationId) });
    },
    onError: notice.showError,
  });

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {mine.length > 1 && (
          <NativeSelect
            label={t('appointments.location')}
            value={locationId}
            data={mine.map((l) => ({ value: l.id, label: l.name }))}
            onChange={(event) => go({ location: event.currentTarget.value })}
          />
        )}
        <TextInput
          type="date"
          label={t('appointments.date')}
          value={date}
          onChange={(event) => event.currentTarget.value && go({ date: event.currentTarget.value })}
        />
        <Button variant="default" onClick={() => go({ date: addDays(date, -1) })}>
          {t('appointments.previousDay')}
        </Button>
        <Button variant="default" onClick={() => go({ date: today })} disabled={date === today}>
          {t('appointments.today')}
        </Button>
        <Button variant="default" onClick={() => go({ date: addDays(date, 1) })}>
          {t('appointments.nextDay')}
        </Button>
        <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setBooking(true)} ml="auto">
          {t('appointments.book')}
        </Button>
      </Group>
      {roleAtLeast(user.role, 'lead') && (
        <RouterAnchor to="/tider/plan" search={{ location: locationId }}>
          {t('appointments.planLink')}
        </RouterAnchor>
      )}
      <Notice notice={notice.notice} onClose={notice.clear} />
      <section aria-labelledby="day-heading">
        <Title order={2} size="h4" id="day-heading">
          {t('appointments.dayHeading', { day: formatDay(date, language) })}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('appointments.count', { count: appointments.length })}
        </Text>
        {appointments.length === 0 ? (
          <Text>{t('appointments.empty')}</Text>
        ) : (
          <AppointmentTable
            appointments={appointments}
            pendingId={checkIn.isPending ? checkIn.variables.id : null}
            onCheckIn={(appointment) => checkIn.mutate(appointment)}
            onCancel={(appointment) => {
              notice.clear();
              setCancelling(appointment);
            }}
          />
        )}
      </section>
      <CancelDialog appointment={cancelling} auth={auth} notice={notice} onClose={() => setCancelling(null)} />
      {booking && (
        <BookDialog
          auth={auth}
          locationId={locationId}
          services={services}
          initialDate={date < today ? today : date}
          onClose={() => setBooking(false)}
        />
      )}
    </Stack>
  );
}
