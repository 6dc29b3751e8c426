import { Button, Table } from '@mantine/core';
import type { ConfigPriorityClass } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useNotice } from '../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../components/StatusTag/StatusTag.tsx';
import { configPriorityClassesQueryOptions, ruleValuesQueryOptions } from '../../../features/admin/config.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ConfigPage, ConfigTable } from './-config/ConfigPage.tsx';
import { PriorityFormDialog } from './-config/PriorityFormDialog.tsx';

/** Prioriteter: priority classes with their head start (at most the fairness bound) and whether a reason is needed. */
export const Route = createFileRoute('/_app/administration/prioriteter')({
  loader: ({ context }) =>
    Promise.all([
      context.queryClient.ensureQueryData(configPriorityClassesQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(ruleValuesQueryOptions(context.auth)),
    ]),
  component: AdminPrioritiesPage,
});

function AdminPrioritiesPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: priorities } = useSuspenseQuery(configPriorityClassesQueryOptions(auth));
  const { data: rules } = useSuspenseQuery(ruleValuesQueryOptions(auth));
  const notice = useNotice();
  const [dialog, setDialog] = useState<{ priority: ConfigPriorityClass | null } | null>(null);

  return (
    <ConfigPage
      title={t('admin.section.priorities')}
      intro={t('adminConfig.priorities.intro', { max: rules.fairnessBoundMinutes })}
      addLabel={t('adminConfig.priorities.add')}
      onAdd={() => {
        notice.clear();
        setDialog({ priority: null });
      }}
      notice={notice}
    >
      <ConfigTable caption={t('adminConfig.priorities.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminConfig.services.nameDa')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.priorities.headStart')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.priorities.reasonColumn')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.status')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {priorities.map((priority) => (
            <Table.Tr key={priority.id}>
              <Table.Th scope="row" fw={500}>
                {priority.nameDa}
              </Table.Th>
              <Table.Td>{t('common.minutes', { count: priority.headStartMinutes })}</Table.Td>
              <Table.Td>{t(priority.requiresReason ? 'adminConfig.yes' : 'adminConfig.no')}</Table.Td>
              <Table.Td>
                <StatusTag tone={priority.active ? 'green' : 'gray'} size="sm">
                  {t(priority.active ? 'adminConfig.status.active' : 'adminConfig.status.inactive')}
                </StatusTag>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('adminConfig.editFor', { name: priority.nameDa })}
                  onClick={() => {
                    notice.clear();
                    setDialog({ priority });
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
        <PriorityFormDialog
          key={dialog.priority?.id ?? 'new'}
          auth={auth}
          priority={dialog.priority}
          fairnessBoundMinutes={rules.fairnessBoundMinutes}
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
