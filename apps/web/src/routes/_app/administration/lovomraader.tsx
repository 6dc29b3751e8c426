import { Button, Table } from '@mantine/core';
import type { ConfigLawArea } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useNotice } from '../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../components/StatusTag/StatusTag.tsx';
import { configLawAreasQueryOptions } from '../../../features/admin/config.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ConfigPage, ConfigTable } from './-config/ConfigPage.tsx';
import { LawAreaFormDialog } from './-config/LawAreaFormDialog.tsx';

/** Lovområder: the law areas a self-service exemption can cover, with the UDK flag and the appeal body. */
export const Route = createFileRoute('/_app/administration/lovomraader')({
  loader: ({ context }) => context.queryClient.ensureQueryData(configLawAreasQueryOptions(context.auth)),
  component: AdminLawAreasPage,
});

function AdminLawAreasPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: lawAreas } = useSuspenseQuery(configLawAreasQueryOptions(auth));
  const notice = useNotice();
  const [dialog, setDialog] = useState<{ lawArea: ConfigLawArea | null } | null>(null);

  return (
    <ConfigPage
      title={t('admin.section.lawAreas')}
      intro={t('adminConfig.lawAreas.intro')}
      addLabel={t('adminConfig.lawAreas.add')}
      onAdd={() => {
        notice.clear();
        setDialog({ lawArea: null });
      }}
      notice={notice}
    >
      <ConfigTable caption={t('adminConfig.lawAreas.caption')} minWidth={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminConfig.services.nameDa')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.lawAreas.udkShort')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.lawAreas.appealBody')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.status')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lawAreas.map((area) => (
            <Table.Tr key={area.id}>
              <Table.Th scope="row" fw={500}>
                {area.nameDa}
              </Table.Th>
              <Table.Td>{t(area.udbetalingDanmark ? 'adminConfig.yes' : 'adminConfig.no')}</Table.Td>
              <Table.Td>
                {area.udbetalingDanmark
                  ? t('adminConfig.lawAreas.ankestyrelsen')
                  : (area.appealBody ?? t('adminConfig.lawAreas.municipalityItself'))}
              </Table.Td>
              <Table.Td>
                <StatusTag tone={area.active ? 'green' : 'gray'} size="sm">
                  {t(area.active ? 'adminConfig.status.active' : 'adminConfig.status.inactive')}
                </StatusTag>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('adminConfig.editFor', { name: area.nameDa })}
                  onClick={() => {
                    notice.clear();
                    setDialog({ lawArea: area });
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
        <LawAreaFormDialog
          key={dialog.lawArea?.id ?? 'new'}
          auth={auth}
          lawArea={dialog.lawArea}
          onClose={() => setDialog(null)}
          onSaved={(saved, created) => {
            setDialog(null);
            notice.show('success', t(created ? 'adminConfig.created' : 'adminConfig.saved', { name: saved.nameDa }));
          }}
        />
      )}
    </ConfigPage>
  );
}
