import { Button, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { auditActionLabel, auditPurposeLabel } from '@skranke/contracts';
import { IconListSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice } from '../../../../components/Notice/Notice.tsx';
import { formatMoment } from '../../../../features/citizens/format.ts';
import { citizenAccessLogQueryOptions } from '../../../../features/citizens/queries.ts';
import { useI18n, type Language } from '../../../../i18n/i18n.tsx';

const actionLabel = (action: string, language: Language) => auditActionLabel(action, language);
const purposeLabel = (purpose: string | null, language: Language) => auditPurposeLabel(purpose, language) ?? '–';

/** Logudtræk (GDPR art. 15) for a lead: produced only when asked for, since producing it is itself audited. */
export function AccessLogPanel({ citizenId, auth }: { citizenId: string; auth: AuthSession }) {
  const { t, language, formatDate } = useI18n();
  const [asked, setAsked] = useState(false);
  const log = useQuery({ ...citizenAccessLogQueryOptions(auth, citizenId), enabled: asked });

  return (
    <Paper component="section" aria-labelledby="access-log-heading" withBorder radius="md" p="xl">
      <Stack gap="md">
        <Title order={2} size="h3" id="access-log-heading">
          {t('accessLog.heading')}
        </Title>
        <Text>{t('accessLog.intro')}</Text>
        {!asked && (
          <Button variant="default" w="fit-content" leftSection={<IconListSearch size={18} aria-hidden />} onClick={() => setAsked(true)}>
            {t('accessLog.show')}
          </Button>
        )}
        {log.isLoading && <Loader size="sm" aria-label={t('app.loading')} />}
        {log.isError && <Notice notice={{ tone: 'error', text: log.error.message }} onClose={() => setAsked(false)} />}
        {log.data && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" striped aria-labelledby="access-log-heading">
              <Table.Caption>
                {t('accessLog.generated', { date: formatMoment(formatDate, log.data.generatedAt), count: log.data.entries.length })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('accessLog.column.at')}</Table.Th>
                  <Table.Th scope="col">{t('accessLog.column.action')}</Table.Th>
                  <Table.Th scope="col">{t('accessLog.column.purpose')}</Table.Th>
                  <Table.Th scope="col">{t('accessLog.column.staff')}</Table.Th>
                  <Table.Th scope="col">{t('accessLog.column.municipality')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.data.entries.map((entry, index) => (
                  <Table.Tr key={`${entry.at}-${index}`}>
                    <Table.Td>{formatMoment(formatDate, entry.at)}</Table.Td>
                    <Table.Td>{actionLabel(entry.action, language)}</Table.Td>
                    <Table.Td>{entry.purposeText ?? purposeLabel(entry.purpose, language)}</Table.Td>
                    <Table.Td>{entry.staff ? `${entry.staff.name} (${entry.staff.username})` : '–'}</Table.Td>
                    <Table.Td>{entry.municipality.name}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
