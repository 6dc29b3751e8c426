import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { NotificationOutboxEntry } from '@skranke/contracts';
import { IconInfoCircle } from '@tabler/icons-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { requireRole } from '../../auth/require-role.ts';
import { DocumentTitle } from '../../components/DocumentTitle/DocumentTitle.tsx';
import { outboxQueryOptions } from '../../features/notifications/queries.ts';
import type { MessageKey } from '../../i18n/da.ts';
import { loadMessages, useI18n } from '../../i18n/i18n.tsx';

/**
 * Udbakke: what the local NotificationSender wrote, for leads. No SMS or e-mail gateway is connected, so this is
 * where a confirmation, reminder, "turn is near" or "passport ready" message can be seen; nothing leaves the building.
 */
export const Route = createFileRoute('/_app/udbakke')({
  beforeLoad: async ({ context }) => {
    requireRole(context.user, 'lead');
    await loadMessages('appointments');
  },
  loader: ({ context }) => context.queryClient.ensureQueryData(outboxQueryOptions(context.auth)),
  component: OutboxPage,
});

const zone = { timeZone: 'Europe/Copenhagen' } as const;
const dateFormats = {
  da: new Intl.DateTimeFormat('da-DK', { ...zone, dateStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { ...zone, dateStyle: 'short' }),
};
const clockFormats = {
  da: new Intl.DateTimeFormat('da-DK', { ...zone, timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { ...zone, timeStyle: 'short' }),
};
/** '08.12.2026 kl. 10.30' as Danes write it, '08/12/2026 10:30' in English; on the Copenhagen clock. */
const sentAt = (iso: string, language: 'da' | 'en') =>
  `${dateFormats[language].format(new Date(iso))}${language === 'da' ? ' kl. ' : ' '}${clockFormats[language].format(new Date(iso))}`;

function OutboxPage() {
  const { t, language } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: items, refetch, isFetching } = useSuspenseQuery(outboxQueryOptions(auth));
  return (
    <Stack gap="lg" maw={1120}>
      <DocumentTitle title={t('outbox.heading')} />
      <div>
        <Title order={1}>{t('outbox.heading')}</Title>
        <Text c="dimmed">{t('outbox.intro')}</Text>
      </div>
      <Alert variant="light" color="yellow" icon={<IconInfoCircle aria-hidden />} title={t('outbox.localOnly')} />
      <Group>
        <Button variant="default" onClick={() => void refetch()} loading={isFetching}>
          {t('outbox.refresh')}
        </Button>
      </Group>
      {items.length === 0 ? (
        <Text>{t('outbox.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>{t('outbox.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('outbox.column.time')}</Table.Th>
                <Table.Th scope="col">{t('outbox.column.channel')}</Table.Th>
                <Table.Th scope="col">{t('outbox.column.kind')}</Table.Th>
                <Table.Th scope="col">{t('outbox.column.recipient')}</Table.Th>
                <Table.Th scope="col">{t('outbox.column.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <OutboxRow key={item.id} item={item} time={sentAt(item.createdAt, language)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function OutboxRow({ item, time }: { item: NotificationOutboxEntry; time: string }) {
  const { t } = useI18n();
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{time}</Table.Td>
      <Table.Td>{t(`outbox.channel.${item.channel}` as MessageKey)}</Table.Td>
      <Table.Td>{t(`outbox.kind.${item.kind}` as MessageKey)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.recipient}</Table.Td>
      <Table.Td>
        {item.subject && (
          <Text size="sm" fw={600}>
            {item.subject}
          </Text>
        )}
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {item.body}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
