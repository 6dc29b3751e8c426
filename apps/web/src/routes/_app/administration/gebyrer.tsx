import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { FeeTable } from '@skranke/contracts';
import { formatKroner } from '@skranke/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useNotice } from '../../../components/Notice/Notice.tsx';
import { feeTablesQueryOptions } from '../../../features/admin/fee-tables.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ConfigPage, ConfigTable } from './-config/ConfigPage.tsx';
import { ages, FeeTableDialog } from './-config/FeeTableDialog.tsx';

/** Gebyrer: fee tables per product and year (the national ones and the municipality's own); amounts and new years. */
export const Route = createFileRoute('/_app/administration/gebyrer')({
  loader: ({ context }) => context.queryClient.ensureQueryData(feeTablesQueryOptions(context.auth)),
  component: AdminFeesPage,
});

const PRODUCTS = ['passport', 'driving_licence', 'health_card'] as const;
const PRODUCT_LABEL = {
  passport: 'adminConfig.fees.passport',
  driving_licence: 'adminConfig.fees.drivingLicence',
  health_card: 'adminConfig.fees.healthCard',
} as const;

function AdminFeesPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: tables } = useSuspenseQuery(feeTablesQueryOptions(auth));
  const notice = useNotice();
  const [dialog, setDialog] = useState<{ table: FeeTable; mode: 'edit' | 'copy' } | null>(null);
  const productName = (product: FeeTable['product']) => t(PRODUCT_LABEL[product]);

  return (
    <ConfigPage title={t('admin.section.fees')} intro={t('adminConfig.fees.intro')} notice={notice}>
      {PRODUCTS.map((product) => {
        const rows = tables.filter((table) => table.product === product).sort((a, b) => b.year - a.year || a.scope.localeCompare(b.scope));
        return (
          <Stack key={product} gap="xs">
            <Title order={2} size="h4">
              {productName(product)}
            </Title>
            {rows.length === 0 ? (
              <Text c="dimmed">{t('adminConfig.fees.none')}</Text>
            ) : (
              <ConfigTable caption={t('adminConfig.fees.caption', { product: productName(product) })} minWidth={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('adminConfig.fees.year')}</Table.Th>
                    <Table.Th scope="col">{t('adminConfig.fees.scope')}</Table.Th>
                    <Table.Th scope="col">{t('adminConfig.fees.rates')}</Table.Th>
                    <Table.Th scope="col">{t('adminConfig.column.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((table) => {
                    const name = `${productName(product)} ${table.year}`;
                    return (
                      <Table.Tr key={table.id}>
                        <Table.Th scope="row">{table.year}</Table.Th>
                        <Table.Td>
                          <Group gap={6}>
                            <Text size="sm">
                              {t(table.scope === 'national' ? 'adminConfig.fees.scope.national' : 'adminConfig.fees.scope.municipality')}
                            </Text>
                            {table.approximate && (
                              <Badge color="yellow" variant="light" c="dark">
                                {t('adminConfig.fees.approximateShort')}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {table.rates
                              .map((rate) => `${rate.labelDa} (${ages(rate.from, rate.to, t)}): ${formatKroner(rate.amountOre)}`)
                              .join(' · ')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t(table.scope === 'national' ? 'adminConfig.fees.makeOwnFor' : 'adminConfig.fees.editFor', {
                                name,
                              })}
                              onClick={() => {
                                notice.clear();
                                setDialog({ table, mode: 'edit' });
                              }}
                            >
                              {t(table.scope === 'national' ? 'adminConfig.fees.makeOwn' : 'adminConfig.edit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('adminConfig.fees.copyFor', { name })}
                              onClick={() => {
                                notice.clear();
                                setDialog({ table, mode: 'copy' });
                              }}
                            >
                              {t('adminConfig.fees.copy')}
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </ConfigTable>
            )}
          </Stack>
        );
      })}
      {dialog && (
        <FeeTableDialog
          key={`${dialog.table.id}-${dialog.mode}`}
          auth={auth}
          table={dialog.table}
          mode={dialog.mode}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            notice.show('success', t('adminConfig.fees.saved', { name: `${productName(saved.product)} ${saved.year}` }));
          }}
        />
      )}
    </ConfigPage>
  );
}
