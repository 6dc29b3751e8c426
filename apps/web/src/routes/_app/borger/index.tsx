import { Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { parseLookupSearch } from '../../../features/citizens/search.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { LookupForm } from './-components/LookupForm.tsx';

/** Borgeropslag: the CPR number is typed here and sent in a request body only; the URL carries the errand at most. */
export const Route = createFileRoute('/_app/borger/')({
  validateSearch: parseLookupSearch,
  component: LookupPage,
});

function LookupPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
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
    </Stack>
  );
}
