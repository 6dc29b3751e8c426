import { Button, NativeSelect, Table, Text } from '@mantine/core';
import type { AppointmentRule, Service } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useNotice } from '../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../components/StatusTag/StatusTag.tsx';
import { configServicesQueryOptions } from '../../../features/admin/config.ts';
import { appointmentRulesQueryOptions, counterScheduleQueryOptions } from '../../../features/appointments/queries.ts';
import { parseLocationSearch } from '../../../features/locations/search.ts';
import { locationsQueryOptions } from '../../../features/locations/queries.ts';
import { loadMessages, useI18n } from '../../../i18n/i18n.tsx';
import { ConfigPage, ConfigTable } from './-config/ConfigPage.tsx';
import { CounterScheduleSection } from './-tidsbestilling/CounterScheduleSection.tsx';
import { defaultRule, RuleFormDialog } from './-tidsbestilling/RuleFormDialog.tsx';

/**
 * Tidsbestilling: per location, the booking rules of each errand (slot length, places, akuttider, grace, …) and the
 * weekly counter schedule for bookings shared by the errands.
 */
export const Route = createFileRoute('/_app/administration/tidsbestilling')({
  // The loader travels with the screen's chunk: its query functions stay out of the entry chunk (150 kB gzip budget).
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  validateSearch: parseLocationSearch,
  beforeLoad: () => loadMessages('appointments'),
  loaderDeps: ({ search }) => ({ location: search.location }),
  loader: async ({ context, deps }) => {
    const locations = await context.queryClient.ensureQueryData(locationsQueryOptions(context.auth));
    const locationId = deps.location ?? locations[0]?.id;
    await Promise.all([
      context.queryClient.ensureQueryData(configServicesQueryOptions(context.auth)),
      locationId && context.queryClient.ensureQueryData(appointmentRulesQueryOptions(context.auth, locationId)),
      locationId && context.queryClient.ensureQueryData(counterScheduleQueryOptions(context.auth, locationId)),
    ]);
  },
  component: AdminAppointmentsPage,
});

function AdminAppointmentsPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const { data: locations } = useSuspenseQuery(locationsQueryOptions(auth));
  const locationId = locations.some((l) => l.id === search.location) ? search.location! : locations[0]?.id;
  const notice = useNotice();
  return (
    <ConfigPage title={t('admin.section.appointments')} intro={t('adminAppointments.intro')} notice={notice}>
      {locations.length > 1 && (
        <NativeSelect
          label={t('adminAppointments.location')}
          value={locationId}
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          onChange={(event) => {
            notice.clear();
            void navigate({ search: { location: event.currentTarget.value } });
          }}
          maw={360}
        />
      )}
      {locationId && <RulesTable key={locationId} locationId={locationId} notice={notice} />}
      {locationId && <CounterScheduleSection key={`schedule-${locationId}`} auth={auth} locationId={locationId} notice={notice} />}
    </ConfigPage>
  );
}

function RulesTable({ locationId, notice }: { locationId: string; notice: ReturnType<typeof useNotice> }) {
  const { t, language } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: services } = useSuspenseQuery(configServicesQueryOptions(auth));
  const { data: rules } = useSuspenseQuery(appointmentRulesQueryOptions(auth, locationId));
  const [editing, setEditing] = useState<{ service: Service; rule: AppointmentRule } | null>(null);
  const nameOf = (service: Service) => (language === 'en' ? service.nameEn : service.nameDa);

  return (
    <>
      <ConfigTable caption={t('adminAppointments.caption')} minWidth={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminAppointments.column.errand')}</Table.Th>
            <Table.Th scope="col">{t('adminAppointments.column.status')}</Table.Th>
            <Table.Th scope="col">{t('adminAppointments.column.slot')}</Table.Th>
            <Table.Th scope="col">{t('adminAppointments.column.rules')}</Table.Th>
            <Table.Th scope="col">{t('adminAppointments.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service) => {
            const rule = rules.find((r) => r.serviceId === service.id);
            return (
              <Table.Tr key={service.id}>
                <Table.Th scope="row" fw={500}>
                  {nameOf(service)}
                </Table.Th>
                <Table.Td>
                  <StatusTag tone={rule?.active ? 'green' : 'gray'} size="sm">
                    {t(!rule ? 'adminAppointments.notSetUp' : rule.active ? 'adminAppointments.active' : 'adminAppointments.inactive')}
                  </StatusTag>
                </Table.Td>
                <Table.Td>
                  {rule && t('adminAppointments.slot', { minutes: rule.slotMinutes, capacity: rule.capacity, acute: rule.acuteSeats })}
                </Table.Td>
                <Table.Td>
                  {rule && (
                    <Text size="sm">
                      {t('adminAppointments.summary', {
                        cutoff: rule.cutoffMinutes,
                        horizon: rule.horizonDays,
                        grace: rule.graceMinutes,
                        policy: t(`adminAppointments.policy.${rule.latePolicy}`),
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('adminAppointments.editFor', { errand: nameOf(service) })}
                    onClick={() => {
                      notice.clear();
                      setEditing({ service, rule: rule ?? defaultRule(service.id, service.expectedMinutes) });
                    }}
                  >
                    {t('adminAppointments.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ConfigTable>
      {editing && (
        <RuleFormDialog
          auth={auth}
          locationId={locationId}
          errand={nameOf(editing.service)}
          rule={editing.rule}
          onClose={() => setEditing(null)}
          onSaved={() => {
            notice.show('success', t('adminAppointments.saved', { errand: nameOf(editing.service) }));
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
