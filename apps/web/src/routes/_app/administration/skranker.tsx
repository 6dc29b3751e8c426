import { Button, Group, Table, Text } from '@mantine/core';
import type { ConfigCounter } from '@skranke/contracts';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useNotice } from '../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../components/StatusTag/StatusTag.tsx';
import {
  configCountersQueryOptions,
  configKeys,
  configLocationsQueryOptions,
  deleteConfigCounter,
  invalidateConfig,
  updateConfigCounter,
} from '../../../features/admin/config.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ConfigPage, ConfigTable } from './-config/ConfigPage.tsx';
import { CounterFormDialog } from './-config/CounterFormDialog.tsx';

/** Skranker: counters per location. One that tickets refer to can be closed but not deleted. */
export const Route = createFileRoute('/_app/administration/skranker')({
  loader: ({ context }) =>
    Promise.all([
      context.queryClient.ensureQueryData(configCountersQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(configLocationsQueryOptions(context.auth)),
    ]),
  component: AdminCountersPage,
});

function AdminCountersPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: counters } = useSuspenseQuery(configCountersQueryOptions(auth));
  const { data: locations } = useSuspenseQuery(configLocationsQueryOptions(auth));
  const queryClient = useQueryClient();
  const notice = useNotice();
  const [dialog, setDialog] = useState<{ counter: ConfigCounter | null } | null>(null);
  const locationName = new Map(locations.map((l) => [l.id, l.name]));
  const sorted = [...counters].sort(
    (a, b) =>
      (locationName.get(a.locationId) ?? '').localeCompare(locationName.get(b.locationId) ?? '', 'da') ||
      a.name.localeCompare(b.name, 'da', { numeric: true }),
  );

  const toggle = useMutation({
    mutationFn: (counter: ConfigCounter) => updateConfigCounter(auth, counter.id, { active: !counter.active }),
    onSuccess: (saved) => {
      invalidateConfig(queryClient, configKeys.counters());
      notice.show('success', t(saved.active ? 'adminConfig.counters.opened' : 'adminConfig.counters.closed', { name: saved.name }));
    },
    onError: notice.showError,
  });
  const remove = useMutation({
    mutationFn: (counter: ConfigCounter) => deleteConfigCounter(auth, counter.id),
    onSuccess: (_result, counter) => {
      invalidateConfig(queryClient, configKeys.counters());
      notice.show('success', t('adminConfig.counters.deleted', { name: counter.name }));
    },
    onError: notice.showError,
  });

  return (
    <ConfigPage
      title={t('admin.section.counters')}
      intro={t('adminConfig.counters.intro')}
      addLabel={t('adminConfig.counters.add')}
      onAdd={() => {
        notice.clear();
        setDialog({ counter: null });
      }}
      notice={notice}
    >
      <ConfigTable caption={t('adminConfig.counters.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminConfig.counters.location')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.counters.name')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.status')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((counter) => {
            const label = `${counter.name}, ${locationName.get(counter.locationId) ?? ''}`;
            return (
              <Table.Tr key={counter.id}>
                <Table.Td>{locationName.get(counter.locationId)}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {counter.name}
                </Table.Th>
                <Table.Td>
                  <StatusTag tone={counter.active ? 'green' : 'gray'} size="sm">
                    {t(counter.active ? 'adminConfig.status.active' : 'adminConfig.status.inactive')}
                  </StatusTag>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('adminConfig.counters.renameFor', { name: label })}
                      onClick={() => setDialog({ counter })}
                    >
                      {t('adminConfig.counters.rename')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t(counter.active ? 'adminConfig.counters.closeFor' : 'adminConfig.counters.openFor', { name: label })}
                      loading={toggle.isPending && toggle.variables?.id === counter.id}
                      onClick={() => {
                        notice.clear();
                        toggle.mutate(counter);
                      }}
                    >
                      {t(counter.active ? 'adminConfig.counters.close' : 'adminConfig.counters.open')}
                    </Button>
                    {counter.inUse ? (
                      <Text size="xs" c="dimmed">
                        {t('adminConfig.counters.inUse')}
                      </Text>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        aria-label={t('adminConfig.counters.deleteFor', { name: label })}
                        loading={remove.isPending && remove.variables?.id === counter.id}
                        onClick={() => {
                          notice.clear();
                          remove.mutate(counter);
                        }}
                      >
                        {t('adminConfig.counters.delete')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ConfigTable>
      {dialog && (
        <CounterFormDialog
          key={dialog.counter?.id ?? 'new'}
          auth={auth}
          locations={locations}
          counter={dialog.counter}
          onClose={() => setDialog(null)}
          onSaved={(saved, created) => {
            setDialog(null);
            notice.show('success', t(created ? 'adminConfig.counters.created' : 'adminConfig.saved', { name: saved.name }));
          }}
        />
      )}
    </ConfigPage>
  );
}
