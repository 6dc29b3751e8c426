import { Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { CaseStatistics } from '@skranke/contracts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useFormat } from './format.ts';

/** Settled cases by kind and outcome; exemptions by ground and law area. */
export function CaseTables({ data }: { data: CaseStatistics }) {
  const { t } = useI18n();
  const f = useFormat();
  if (data.byKind.length === 0 && data.exemptionsByGround.length === 0) return <Text>{t('statistics.cases.none')}</Text>;
  return (
    <>
      <Title order={3} size="h4">
        {t('statistics.cases.byKind')}
      </Title>
      <Table striped withTableBorder>
        <VisuallyHidden component="caption">{t('statistics.cases.byKind')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('statistics.col.caseType')}</Table.Th>
            <Table.Th scope="col">{t('statistics.col.outcome')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('statistics.col.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.byKind.map((r) => (
            <Table.Tr key={`${r.caseType}-${r.status}`}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              <Table.Td>{r.statusLabel}</Table.Td>
              <Table.Td ta="right">{f.number(r.count, 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h4">
        {t('statistics.cases.byGround')}
      </Title>
      <Table striped withTableBorder>
        <VisuallyHidden component="caption">{t('statistics.cases.byGround')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('statistics.col.exemption')}</Table.Th>
            <Table.Th scope="col">{t('statistics.col.ground')}</Table.Th>
            <Table.Th scope="col">{t('statistics.col.lawArea')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('statistics.col.granted')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('statistics.col.refused')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.exemptionsByGround.map((r) => (
            <Table.Tr key={`${r.exemption}-${r.ground}-${r.lawArea ?? ''}`}>
              <Table.Th scope="row" fw={400}>
                {t(`statistics.exemption.${r.exemption}`)}
              </Table.Th>
              <Table.Td>{r.groundLabel}</Table.Td>
              <Table.Td>{r.lawAreaLabel ?? '–'}</Table.Td>
              <Table.Td ta="right">{f.number(r.granted, 0)}</Table.Td>
              <Table.Td ta="right">{f.number(r.refused, 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
