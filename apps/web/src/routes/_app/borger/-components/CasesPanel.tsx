import { Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { CaseStatus } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { RouterAnchor } from '../../../../components/RouterLink/RouterLink.tsx';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { formatMoment } from '../../../../features/citizens/format.ts';
import { citizenCasesQueryOptions } from '../../../../features/citizens/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

const STATUS_TONE: Record<CaseStatus, 'blue' | 'green' | 'yellow' | 'red'> = {
  draft: 'blue',
  completed: 'green',
  refused: 'red',
  cancelled: 'yellow',
  revoked: 'yellow',
};

/** The citizen's cases in this municipality, newest first, each opening its wizard or receipt. */
export function CasesPanel({ citizenId, auth }: { citizenId: string; auth: AuthSession }) {
  const { t, formatDate } = useI18n();
  const { data: cases } = useSuspenseQuery(citizenCasesQueryOptions(auth, citizenId));

  return (
    <Paper component="section" aria-labelledby="cases-heading" withBorder radius="md" p="xl">
      <Title order={2} size="h3" id="cases-heading" mb="md">
        {t('cases.heading')}
      </Title>
      {cases.length === 0 ? (
        <Text>{t('cases.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" aria-labelledby="cases-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.column.type')}</Table.Th>
                <Table.Th scope="col">{t('cases.column.status')}</Table.Th>
                <Table.Th scope="col">{t('cases.column.created')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('cases.column.open')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{t(`case.type.${c.type}`)}</Table.Td>
                  <Table.Td>
                    <StatusTag tone={STATUS_TONE[c.status]}>{t(`case.status.${c.status}`)}</StatusTag>
                  </Table.Td>
                  <Table.Td>{formatMoment(formatDate, c.createdAt)}</Table.Td>
                  <Table.Td>
                    <RouterAnchor to="/sager/$caseId" params={{ caseId: c.id }}>
                      {t(c.status === 'draft' ? 'cases.resume' : 'cases.open')}
                    </RouterAnchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
