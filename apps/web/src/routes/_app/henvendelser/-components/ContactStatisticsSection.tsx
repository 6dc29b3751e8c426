import { Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { addDays, todayInCopenhagen } from '../../../../features/appointments/time.ts';
import { contactStatisticsQueryOptions } from '../../../../features/contacts/queries.ts';
import type { MessageKey } from '../../../../i18n/da.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

function CountTable({
  caption,
  rows,
  labelHeading,
}: {
  caption: string;
  rows: Array<{ label: string; count: number }>;
  labelHeading: string;
}) {
  const { t } = useI18n();
  return (
    <Table striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{labelHeading}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('contacts.statistics.count')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 ? (
          <Table.Tr>
            <Table.Td colSpan={2}>{t('contacts.statistics.none')}</Table.Td>
          </Table.Tr>
        ) : (
          rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              <Table.Td ta="right">{row.count}</Table.Td>
            </Table.Tr>
          ))
        )}
      </Table.Tbody>
    </Table>
  );
}

/** For leads: the period's contacts per channel, topic and result, referrals per authority, and the open tasks. */
export function ContactStatisticsSection({ auth }: { auth: AuthSession }) {
  const { t, language } = useI18n();
  const today = todayInCopenhagen();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const { data } = useQuery({ ...contactStatisticsQueryOptions(auth, from, to), enabled: valid });
  return (
    <section aria-labelledby="contact-statistics">
      <Stack gap="md">
        <Title order={2} size="h3" id="contact-statistics">
          {t('contacts.statistics.heading')}
        </Title>
        <Group>
          <TextInput type="date" label={t('contacts.statistics.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label={t('contacts.statistics.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </Group>
        {data && (
          <>
            <Text fw={600}>{t('contacts.statistics.total', { count: data.total })}</Text>
            <Text>{t('contacts.statistics.followUps', data.followUps)}</Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <CountTable
                caption={t('contacts.statistics.byChannel')}
                labelHeading={t('contacts.column.channel')}
                rows={data.byChannel.map((r) => ({ label: t(`contacts.channel.${r.channel}` as MessageKey), count: r.count }))}
              />
              <CountTable
                caption={t('contacts.statistics.byResult')}
                labelHeading={t('contacts.column.result')}
                rows={data.byResult.map((r) => ({ label: t(`contacts.result.${r.result}` as MessageKey), count: r.count }))}
              />
              <CountTable
                caption={t('contacts.statistics.byTopic')}
                labelHeading={t('contacts.column.topic')}
                rows={data.byTopic.map((r) => ({ label: language === 'en' ? r.labelEn : r.labelDa, count: r.count }))}
              />
              <CountTable
                caption={t('contacts.statistics.referrals')}
                labelHeading={t('contacts.form.authority')}
                rows={data.referralsByAuthority.map((r) => ({ label: r.name, count: r.count }))}
              />
            </SimpleGrid>
          </>
        )}
      </Stack>
    </section>
  );
}
