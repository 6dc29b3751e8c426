import { Button, Table } from '@mantine/core';
import type { Service } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useNotice } from '../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../components/StatusTag/StatusTag.tsx';
import { configServicesQueryOptions, ruleValuesQueryOptions } from '../../../features/admin/config.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ConfigPage, ConfigTable } from './-config/ConfigPage.tsx';
import { ServiceFormDialog } from './-config/ServiceFormDialog.tsx';

/** Ydelser: the services on the kiosk, in kiosk order; closed ones stay listed so they can be opened again. */
export const Route = createFileRoute('/_app/administration/ydelser')({
  loader: ({ context }) =>
    Promise.all([
      context.queryClient.ensureQueryData(configServicesQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(ruleValuesQueryOptions(context.auth)),
    ]),
  component: AdminServicesPage,
});

function AdminServicesPage() {
  const { t, formatNumber } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: services } = useSuspenseQuery(configServicesQueryOptions(auth));
  const { data: rules } = useSuspenseQuery(ruleValuesQueryOptions(auth));
  const notice = useNotice();
  const [dialog, setDialog] = useState<{ service: Service | null } | null>(null);

  return (
    <ConfigPage
      title={t('admin.section.services')}
      intro={t('adminConfig.services.intro')}
      addLabel={t('adminConfig.services.add')}
      onAdd={() => {
        notice.clear();
        setDialog({ service: null });
      }}
      notice={notice}
    >
      <ConfigTable caption={t('adminConfig.services.caption')} minWidth={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminConfig.services.prefix')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.services.nameDa')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.services.nameEn')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.services.expectedShort')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.services.trafficShort')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.status')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service) => (
            <Table.Tr key={service.id}>
              <Table.Td ff="monospace" fw={700}>
                {service.prefix}
              </Table.Td>
              <Table.Th scope="row" fw={500}>
                {service.nameDa}
              </Table.Th>
              <Table.Td lang="en">{service.nameEn}</Table.Td>
              <Table.Td>{t('common.minutes', { count: formatNumber(service.expectedMinutes) })}</Table.Td>
              <Table.Td>{t('adminConfig.services.traffic', { yellow: service.yellowMinutes, red: service.redMinutes })}</Table.Td>
              <Table.Td>
                <StatusTag tone={service.active ? 'green' : 'gray'} size="sm">
                  {t(service.active ? 'adminConfig.status.open' : 'adminConfig.status.closed')}
                </StatusTag>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('adminConfig.editFor', { name: service.nameDa })}
                  onClick={() => {
                    notice.clear();
                    setDialog({ service });
                  }}
                >
                  {t('adminConfig.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ConfigTable>
      {dialog && (
        <ServiceFormDialog
          key={dialog.service?.id ?? 'new'}
          auth={auth}
          service={dialog.service}
          defaults={{ yellowMinutes: rules.trafficYellowMinutes, redMinutes: rules.trafficRedMinutes }}
          onClose={() => setDialog(null)}
          onSaved={(saved, created) => {
            setDialog(null);
            notice.show('success', t(created ? 'adminConfig.services.created' : 'adminConfig.saved', { name: saved.nameDa }));
          }}
        />
      )}
    </ConfigPage>
  );
}
