import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Device } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { Notice, useNotice } from '../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../components/StatusTag/StatusTag.tsx';
import { devicesQueryOptions } from '../../../features/admin/devices.ts';
import { formatMoment } from '../../../features/citizens/format.ts';
import { locationsQueryOptions } from '../../../features/locations/queries.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { CreateDeviceForm } from './-enheder/CreateDeviceForm.tsx';
import { RevokeDeviceDialog } from './-enheder/RevokeDeviceDialog.tsx';

/** Enheder: kiosks and call displays; register one (its key is shown once) and revoke one. */
export const Route = createFileRoute('/_app/administration/enheder')({
  loader: ({ context }) =>
    Promise.all([
      context.queryClient.ensureQueryData(devicesQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(locationsQueryOptions(context.auth)),
    ]),
  component: AdminDevicesPage,
});

function AdminDevicesPage() {
  const { t, formatDate } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: devices } = useSuspenseQuery(devicesQueryOptions(auth));
  const { data: locations } = useSuspenseQuery(locationsQueryOptions(auth));
  const notice = useNotice();
  const [revoking, setRevoking] = useState<Device | null>(null);
  const locationName = new Map(locations.map((location) => [location.id, location.name]));
  // Active ones first, newest first within each.
  const sorted = [...devices].sort(
    (a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt),
  );

  return (
    <Stack gap="lg">
      <DocumentTitle title={t('adminDevices.heading')} />
      <div>
        <Title order={1}>{t('adminDevices.heading')}</Title>
        <Text c="dimmed" mt={4}>
          {t('adminDevices.intro')}
        </Text>
      </div>
      <CreateDeviceForm auth={auth} locations={locations} />
      <Notice notice={notice.notice} onClose={notice.clear} />
      <Paper component="section" aria-labelledby="devices-heading" withBorder radius="md" p="md">
        <Title order={2} size="h3" id="devices-heading" mb="sm">
          {t('adminDevices.listHeading', { count: devices.length })}
        </Title>
        {devices.length === 0 ? (
          <Text>{t('adminDevices.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" horizontalSpacing="md" aria-labelledby="devices-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('adminDevices.column.name')}</Table.Th>
                  <Table.Th scope="col">{t('adminDevices.column.kind')}</Table.Th>
                  <Table.Th scope="col">{t('adminDevices.column.location')}</Table.Th>
                  <Table.Th scope="col">{t('adminDevices.column.created')}</Table.Th>
                  <Table.Th scope="col">{t('adminDevices.column.status')}</Table.Th>
                  <Table.Th scope="col">{t('adminDevices.column.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((device) => (
                  <Table.Tr key={device.id}>
                    <Table.Th scope="row" fw={500}>
                      {device.name}
                    </Table.Th>
                    <Table.Td>{t(device.kind === 'kiosk' ? 'adminDevices.kind.kiosk' : 'adminDevices.kind.display')}</Table.Td>
                    <Table.Td>{locationName.get(device.locationId) ?? '–'}</Table.Td>
                    <Table.Td>{formatMoment(formatDate, device.createdAt)}</Table.Td>
                    <Table.Td>
                      {device.revokedAt ? (
                        <StatusTag tone="gray" size="sm">
                          {t('adminDevices.status.revoked', { date: formatMoment(formatDate, device.revokedAt) })}
                        </StatusTag>
                      ) : (
                        <StatusTag tone="green" size="sm">
                          {t('adminDevices.status.active')}
                        </StatusTag>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {!device.revokedAt && (
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          aria-label={t('adminDevices.revokeFor', { name: device.name })}
                          onClick={() => {
                            notice.clear();
                            setRevoking(device);
                          }}
                        >
                          {t('adminDevices.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {revoking && (
        <RevokeDeviceDialog
          auth={auth}
          device={revoking}
          onClose={() => setRevoking(null)}
          onDone={(saved) => {
            setRevoking(null);
            notice.show('success', t('adminDevices.revoked', { name: saved.name }));
          }}
        />
      )}
    </Stack>
  );
}
