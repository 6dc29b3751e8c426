import { Grid, Stack, Text, Title } from '@mantine/core';
import { roleAtLeast } from '@skranke/domain';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import {
  assigneesQueryOptions,
  contactTopicsQueryOptions,
  followUpTasksQueryOptions,
  recentContactsQueryOptions,
  referralAuthoritiesQueryOptions,
} from '../../../features/contacts/queries.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ContactForm } from './-components/ContactForm.tsx';
import { ContactStatisticsSection } from './-components/ContactStatisticsSection.tsx';
import { FollowUpTasks } from './-components/FollowUpTasks.tsx';
import { RecentContacts } from './-components/RecentContacts.tsx';

interface ContactSearch {
  /** A served ticket the contact closes (from the counter screen) and its number, shown in the form. */
  ticketId?: string;
  ticket?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Log a contact (a phone call needs no ticket), see the recent ones and one's follow-up tasks. */
export const Route = createFileRoute('/_app/henvendelser/')({
  // The loader travels with the screen's chunk: its query functions stay out of the entry chunk (150 kB gzip budget).
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  validateSearch: (search: Record<string, unknown>): ContactSearch => ({
    ...(typeof search.ticketId === 'string' && UUID.test(search.ticketId) ? { ticketId: search.ticketId } : {}),
    ...(typeof search.ticket === 'string' && /^[A-Z0-9-]{1,12}$/i.test(search.ticket) ? { ticket: search.ticket } : {}),
  }),
  loader: async ({ context }) => {
    const lead = roleAtLeast(context.user.role, 'lead');
    await Promise.all([
      context.queryClient.ensureQueryData(contactTopicsQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(referralAuthoritiesQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(assigneesQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(recentContactsQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(followUpTasksQueryOptions(context.auth, 'mine')),
      ...(lead ? [context.queryClient.ensureQueryData(followUpTasksQueryOptions(context.auth, 'open'))] : []),
    ]);
  },
  component: ContactsPage,
});

function ContactsPage() {
  const { t } = useI18n();
  const { auth, user } = Route.useRouteContext();
  const search = Route.useSearch();
  const lead = roleAtLeast(user.role, 'lead');
  return (
    <Stack gap="xl" maw={1280}>
      <DocumentTitle title={t('contacts.heading')} />
      <div>
        <Title order={1}>{t('contacts.heading')}</Title>
        <Text c="dimmed" mt={4}>
          {t('contacts.intro')}
        </Text>
      </div>
      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ContactForm auth={auth} userId={user.id} ticketId={search.ticketId} ticketNumber={search.ticket} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="xl">
            <FollowUpTasks auth={auth} scope="mine" />
            {lead && <FollowUpTasks auth={auth} scope="open" />}
          </Stack>
        </Grid.Col>
      </Grid>
      <RecentContacts auth={auth} />
      {lead && <ContactStatisticsSection auth={auth} />}
    </Stack>
  );
}
