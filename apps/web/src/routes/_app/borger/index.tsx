import { Stack, Text, Title } from '@mantine/core';
import { roleAtLeast } from '@skranke/domain';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { parseLookupSearch } from '../../../features/citizens/search.ts';
import { loadMessages, useI18n } from '../../../i18n/i18n.tsx';
import { ExpiringProtectionsPanel } from './-components/ExpiringProtectionsPanel.tsx';
import { LookupForm } from './-components/LookupForm.tsx';

/** Borgeropslag: the CPR number is typed here and sent in a request body only; the URL carries the errand at most. */
export const Route = createFileRoute('/_app/borger/')({
  validateSearch: parseLookupSearch,
  // The leads' list of protections to renew has its texts in a lazily loaded part.
  beforeLoad: () => loadMessages('addressChange'),
  component: LookupPage,
});

function LookupPage() {
  const { t } = useI18n();
  const { auth, user } = Route.useRouteContext();
  const { purpose, ticketId } = Route.useSearch();
  const navigate = Route.useNavigate();

  return (
    <Stack gap="lg" maw={640}>
      <DocumentTitle title={t('citizen.lookup.heading')} />
      <div>
        <Title order={1}>{t('citizen.lookup.heading')}</Title>
        <Text c="dimmed" mt={4}>
          {t('citizen.lookup.intro')}
        </Text>
      </div>
      <LookupForm
        // A new errand from the counter starts a fresh form.
        key={`${purpose ?? ''}-${ticketId ?? ''}`}
        auth={auth}
        initialPurpose={purpose}
        onFound={(citizen, chosen) =>
          navigate({
            to: '/borger/$citizenId',
            params: { citizenId: citizen.id },
            search: { purpose: chosen.purpose, purposeText: chosen.purposeText, ticketId },
          })
        }
      />
      {roleAtLeast(user.role, 'lead') && <ExpiringProtectionsPanel auth={auth} />}
    </Stack>
  );
}
