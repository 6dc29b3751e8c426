import { Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { formatDay, formatTime, copenhagenDate } from '../../../../features/appointments/time.ts';
import { contactTopicsQueryOptions, recentContactsQueryOptions } from '../../../../features/contacts/queries.ts';
import type { MessageKey } from '../../../../i18n/da.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** The municipality's latest contacts, newest first. A named citizen shows only as "Navngivet borger". */
export function RecentContacts({ auth }: { auth: AuthSession }) {
  const { t, language } = useI18n();
  const { data: contacts } = useSuspenseQuery(recentContactsQueryOptions(auth));
  const { data: topics } = useSuspenseQuery(contactTopicsQueryOptions(auth));
  const topicLabel = (code: string) => {
    const topic = topics.find((x) => x.code === code);
    return topic ? (language === 'en' ? topic.labelEn : topic.labelDa) : code;
  };
  return (
    <section aria-labelledby="recent-contacts">
      <Stack gap="sm">
        <Title order={2} size="h3" id="recent-contacts">
          {t('contacts.recent.heading')}
        </Title>
        {contacts.length === 0 ? (
          <Text c="dimmed">{t('contacts.recent.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table striped verticalSpacing="sm">
              <Table.Caption>{t('contacts.recent.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('contacts.column.time')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.channel')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.topic')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.result')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.staff')}</Table.Th>
                  <Table.Th scope="col">{t('contacts.column.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contacts.map((contact) => (
                  <Table.Tr key={contact.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDay(copenhagenDate(contact.createdAt), language)} {formatTime(contact.createdAt, language)}
                    </Table.Td>
                    <Table.Td>{t(`contacts.channel.${contact.channel}` as MessageKey)}</Table.Td>
                    <Table.Td>{topicLabel(contact.topicCode)}</Table.Td>
                    <Table.Td>
                      {t(`contacts.result.${contact.result}` as MessageKey)}
                      {contact.referralAuthority && (
                        <Text size="sm" c="dimmed">
                          {contact.referralAuthority.name}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{contact.staff.name}</Table.Td>
                    <Table.Td>
                      {contact.note}
                      {contact.withCitizen && (
                        <Text size="sm" fs="italic">
                          {t('contacts.recent.withCitizen')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </section>
  );
}
