import { Alert, List, Paper, Table, Text, Title } from '@mantine/core';
import type { IdentityDocumentView } from '@skranke/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { StatusTag, type StatusTone } from '../../../../components/StatusTag/StatusTag.tsx';
import { formatCivilDate } from '../../../../features/citizens/format.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

const STATE_TONE: Record<IdentityDocumentView['state'], StatusTone> = {
  valid: 'green',
  expires_soon: 'yellow',
  expired: 'red',
  invalid: 'gray',
};

/** Passports and driving licences on record, with a warning for any current one that expires within the period. */
export function DocumentsPanel({ documents, warningMonths }: { documents: IdentityDocumentView[]; warningMonths: number }) {
  const { t, formatDate } = useI18n();
  const date = (civil: string) => formatCivilDate(formatDate, civil);
  const kind = (d: IdentityDocumentView) => t(`documents.kind.${d.kind}`);
  const warnings = documents.filter((d) => d.warning);
  const stateText = (d: IdentityDocumentView) =>
    d.state === 'invalid' && d.status !== 'valid' && d.status !== 'expired'
      ? t(`documents.status.${d.status}`)
      : t(`documents.state.${d.state}`);

  return (
    <Paper component="section" aria-labelledby="documents-heading" withBorder radius="md" p="xl">
      <Title order={2} size="h3" id="documents-heading" mb="md">
        {t('documents.heading')}
      </Title>
      {warnings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('documents.warningTitle')}
          // Mantine's yellow title on its light tint misses WCAG 4.5:1 (axe in e2e/citizen.e2e.test.ts); dark text does not.
          styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
          mb="md"
        >
          <List spacing={2}>
            {warnings.map((d) => (
              <List.Item key={d.id}>
                {d.state === 'expired'
                  ? t('documents.warning.expired', { document: kind(d), date: date(d.expiresOn) })
                  : t('documents.warning.expiresSoon', { document: kind(d), date: date(d.expiresOn), months: warningMonths })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {documents.length === 0 ? (
        <Text>{t('documents.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-labelledby="documents-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('documents.column.kind')}</Table.Th>
                <Table.Th scope="col">{t('documents.column.number')}</Table.Th>
                <Table.Th scope="col">{t('documents.column.issued')}</Table.Th>
                <Table.Th scope="col">{t('documents.column.expires')}</Table.Th>
                <Table.Th scope="col">{t('documents.column.state')}</Table.Th>
                <Table.Th scope="col">{t('documents.column.notes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Th scope="row" fw={500}>
                    {kind(d)}
                  </Table.Th>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{d.documentNumber}</Table.Td>
                  <Table.Td>{date(d.issuedOn)}</Table.Td>
                  <Table.Td>{date(d.expiresOn)}</Table.Td>
                  <Table.Td>
                    <StatusTag tone={STATE_TONE[d.state]}>{stateText(d)}</StatusTag>
                  </Table.Td>
                  <Table.Td>
                    {[
                      d.categories?.length ? t('documents.categories', { categories: d.categories.join(', ') }) : null,
                      d.healthLimited ? t('documents.healthLimited') : null,
                      d.replacementOrderedOn ? t('documents.replacementOrdered', { date: date(d.replacementOrderedOn) }) : null,
                    ]
                      .filter(Boolean)
                      .join('. ')}
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
