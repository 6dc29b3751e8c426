import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { ConfigLocation } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useNotice } from '../../../components/Notice/Notice.tsx';
import { configLocationsQueryOptions } from '../../../features/admin/config.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/da.ts';
import { ConfigPage, ConfigTable } from './-config/ConfigPage.tsx';
import { LocationFormDialog } from './-config/LocationFormDialog.tsx';
import { OpeningHoursDialog } from './-config/OpeningHoursDialog.tsx';

/** Lokationer: offices and mobile stops, with their opening hours or timetable. */
export const Route = createFileRoute('/_app/administration/lokationer')({
  loader: ({ context }) => context.queryClient.ensureQueryData(configLocationsQueryOptions(context.auth)),
  component: AdminLocationsPage,
});

type Dialog = { kind: 'location'; location: ConfigLocation | null } | { kind: 'hours'; location: ConfigLocation } | null;

function AdminLocationsPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: locations } = useSuspenseQuery(configLocationsQueryOptions(auth));
  const notice = useNotice();
  const [dialog, setDialog] = useState<Dialog>(null);
  const open = (next: Dialog) => {
    notice.clear();
    setDialog(next);
  };

  return (
    <ConfigPage
      title={t('admin.section.locations')}
      intro={t('adminConfig.locations.intro')}
      addLabel={t('adminConfig.locations.add')}
      onAdd={() => open({ kind: 'location', location: null })}
      notice={notice}
    >
      <ConfigTable caption={t('adminConfig.locations.caption')} minWidth={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.column.name')}</Table.Th>
            <Table.Th scope="col">{t('admin.column.kind')}</Table.Th>
            <Table.Th scope="col">{t('admin.column.address')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.locations.hours')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {locations.map((location) => (
            <Table.Tr key={location.id}>
              <Table.Th scope="row" fw={500}>
                {location.name}
              </Table.Th>
              <Table.Td>
                <Badge variant="light" color={location.kind === 'mobile' ? 'grape' : 'blue'}>
                  {t(location.kind === 'mobile' ? 'admin.kind.mobile' : 'admin.kind.office')}
                </Badge>
              </Table.Td>
              <Table.Td>{location.address}</Table.Td>
              <Table.Td>
                {location.hours.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('adminConfig.hours.none')}
                  </Text>
                ) : (
                  <Text size="sm">
                    {location.hours
                      .map(
                        (h) =>
                          `${t(`adminConfig.weekdayShort.${h.weekday}` as MessageKey)} ${h.opens}–${h.closes}${h.place ? ` (${h.place})` : ''}`,
                      )
                      .join(', ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('adminConfig.editFor', { name: location.name })}
                    onClick={() => open({ kind: 'location', location })}
                  >
                    {t('adminConfig.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t(location.kind === 'mobile' ? 'adminConfig.hours.editTimetableFor' : 'adminConfig.hours.editFor', {
                      name: location.name,
                    })}
                    onClick={() => open({ kind: 'hours', location })}
                  >
                    {t(location.kind === 'mobile' ? 'adminConfig.hours.editTimetable' : 'adminConfig.hours.edit')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ConfigTable>
      {dialog?.kind === 'location' && (
        <LocationFormDialog
          key={dialog.location?.id ?? 'new'}
          auth={auth}
          location={dialog.location}
          onClose={() => setDialog(null)}
          onSaved={(saved, created) => {
            setDialog(null);
            notice.show('success', t(created ? 'adminConfig.created' : 'adminConfig.saved', { name: saved.name }));
          }}
        />
      )}
      {dialog?.kind === 'hours' && (
        <OpeningHoursDialog
          key={dialog.location.id}
          auth={auth}
          location={dialog.location}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            notice.show('success', t('adminConfig.hours.saved', { name: saved.name }));
          }}
        />
      )}
    </ConfigPage>
  );
}
