import { Loader, Paper, Table, Text, Title } from '@mantine/core';
import type { Contact } from '@skranke/contracts';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { formatMoment } from '../../../../features/citizens/format.ts';
import { allContactTopicsQueryOptions, citizenContactsQueryOptions } from '../../../../features/contacts/queries.ts';
import type { MessageKey } from '../../../../i18n/da.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/**
 * Henvendelser: the contacts that name this citizen in the municipality, newest first (the API sends the latest 20
 * and how many there are). Reading them is audited on the citizen, so the list is fetched once with the page.
 */
export function CitizenContactsPanel({ citizenId, auth }: { citizenId: string; auth: AuthSession }) {
  const { t, language, formatDate } = useI18n();
  const { data, error } = useQuery(citizenContactsQueryOptions(auth, citizenId));
  const { data: topics = [] } = useQuery(allContactTopicsQueryOptions(auth));
  const topicLabel = (code: string) => {
    const topic = topics.find((x) => x.code === code);
    return topic ? (language === 'en' ? topic.labelEn : topic.labelDa) : code;
  };

  return (
    <Paper component="section" aria-labelledby="citizen-contacts-heading" withBorder radius="md" p="xl">
      <Title order={2} size="h3" id="citizen-contacts-heading" mb="md">
        {t('contacts.ofCitizen.heading')}
      </Title>
      {error ? (
        <Text c="red.8" role="alert">
          {error.message}
        </Text>
      ) : !data ? (
        <Loader size="sm" aria-label={t('contacts.ofCitizen.heading')} />
      ) : data.items.length === 0 ? (
        <Text>{t('contacts.ofCitizen.none')}</Text>
      ) : (
        <>
          {data.total > data.items.length && (
            <Text size="sm" c="dimmed" mb="xs">
              {t('contacts.ofCitizen.count', { shown: data.items.length, total: data.total })}
            </Text>
          )}
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm">
              <Table.Caption>{t('contacts.ofCitizen.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('contacts.column.time')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.channel')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.topic')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.result')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.referral')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.followUp')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.staff')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((contact) => (
                  <ContactRow
                    key={contact.id}
                    contact={contact}
                    topic={topicLabel(contact.topicCode)}
                    when={formatMoment(formatDate, contact.createdAt)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Paper>
  );
}

function ContactRow({ contact, topic, when }: { contact: Contact; topic: string; when: string }) {
  const { t } = useI18n();
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{when}</Table.Td>
      <Table.Td>{t(`contacts.channel.${contact.channel}` as MessageKey)}</Table.Td>
      <Table.Td>{topic}</Table.Td>
      <Table.Td>{t(`contacts.result.${contact.result}` as MessageKey)}</Table.Td>
      <Table.Td>
        {contact.referralAuthority ? (
          <>
            {contact.referralAuthority.name}
            <Text size="sm" c="dimmed">
              {contact.referralAuthority.phone}
            </Text>
          </>
        ) : (
          '–'
        )}
      </Table.Td>
      <Table.Td>
        {contact.openFollowUps > 0 ? t('contacts.ofCitizen.openTasks', { count: contact.openFollowUps }) : t('contacts.ofCitizen.noTask')}
      </Table.Td>
      <Table.Td>{contact.staff.name}</Table.Td>
    </Table.Tr>
  );
}
