import { Group, Stack, Text, Title } from '@mantine/core';
import { CITIZEN_PURPOSE_LABELS, type CitizenPurposeQuery } from '@skranke/contracts';
import { roleAtLeast } from '@skranke/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, redirect } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { RouterAnchor } from '../../../components/RouterLink/RouterLink.tsx';
import { citizenOverviewQueryOptions, citizenQueryOptions } from '../../../features/citizens/queries.ts';
import { parseCitizenSearch } from '../../../features/citizens/search.ts';
import { loadMessages, useI18n } from '../../../i18n/i18n.tsx';
import { AccessLogPanel } from './-components/AccessLogPanel.tsx';
import { CasesPanel } from './-components/CasesPanel.tsx';
import { CitizenContactsPanel } from './-components/CitizenContactsPanel.tsx';
import { CitizenDetails } from './-components/CitizenDetails.tsx';
import { CurrentVisitPanel } from './-components/CurrentVisitPanel.tsx';
import { DocumentsPanel } from './-components/DocumentsPanel.tsx';
import { ExemptionPanel } from './-components/ExemptionPanel.tsx';
import { ProtectionsPanel } from './-components/ProtectionsPanel.tsx';
import { RepresentationPanel } from './-components/RepresentationPanel.tsx';
import { SelfServicePanel } from './-components/SelfServicePanel.tsx';
import { VisitsPanel } from './-components/VisitsPanel.tsx';
import { WorkflowActions } from './-components/WorkflowActions.tsx';

/**
 * The citizen overview, named by an opaque id; the purpose in the search is what the server audits each read with.
 * Every workflow starts here (WorkflowActions); the ticket in the search is the visit being served.
 */
export const Route = createFileRoute('/_app/borger/$citizenId')({
  validateSearch: parseCitizenSearch,
  beforeLoad: async ({ search }) => {
    if (!search.purpose) throw redirect({ to: '/borger' });
    const purpose: CitizenPurposeQuery = { purpose: search.purpose, ...(search.purposeText && { purposeText: search.purposeText }) };
    // The protection short forms' texts come with this page, not in the entry chunk.
    await loadMessages('addressChange');
    await loadMessages('representation');
    // The contact log's words (channels, results) for the citizen's Henvendelser section.
    await loadMessages('contacts');
    return { purpose };
  },
  loaderDeps: ({ search }) => ({ ticketId: search.ticketId }),
  loader: ({ context, params, deps }) =>
    Promise.all([
      context.queryClient.ensureQueryData(citizenQueryOptions(context.auth, params.citizenId, context.purpose)),
      context.queryClient.ensureQueryData(citizenOverviewQueryOptions(context.auth, params.citizenId, context.purpose, deps.ticketId)),
    ]),
  component: CitizenPage,
});

function CitizenPage() {
  const { t, language } = useI18n();
  const { auth, user, purpose } = Route.useRouteContext();
  const { citizenId } = Route.useParams();
  const { ticketId } = Route.useSearch();
  const { data: citizen } = useSuspenseQuery(citizenQueryOptions(auth, citizenId, purpose));
  const { data: overview } = useSuspenseQuery(citizenOverviewQueryOptions(auth, citizenId, purpose, ticketId));

  return (
    // Keyed by citizen: a revealed CPR number never survives a move to another citizen.
    <Stack gap="xl" maw={1040} key={citizenId}>
      <DocumentTitle title={citizen.name} />
      <div>
        <RouterAnchor to="/borger" search={{ purpose: purpose.purpose, ticketId }} size="sm">
          {t('citizen.backToLookup')}
        </RouterAnchor>
        <Group justify="space-between" align="flex-end" mt="xs">
          <Title order={1}>{citizen.name}</Title>
          <Text c="dimmed">
            {t('citizen.openedFor', { purpose: purpose.purposeText ?? CITIZEN_PURPOSE_LABELS[purpose.purpose][language] })}
          </Text>
        </Group>
      </div>
      {overview.currentVisit && <CurrentVisitPanel visit={overview.currentVisit} />}
      <CitizenDetails citizen={citizen} auth={auth} purpose={purpose} />
      <WorkflowActions citizenId={citizenId} cases={overview.cases} auth={auth} ticketId={ticketId} />
      <DocumentsPanel documents={overview.identityDocuments} warningMonths={overview.expiryWarningMonths} />
      <ExemptionPanel citizen={citizen} auth={auth} ticketId={ticketId} exemption={overview.digitalPostExemption} cases={overview.cases} />
      <SelfServicePanel selfService={overview.selfService} />
      <ProtectionsPanel citizenId={citizenId} auth={auth} />
      <RepresentationPanel citizenId={citizenId} auth={auth} purpose={purpose} />
      <CasesPanel cases={overview.cases} />
      <VisitsPanel visits={overview.visits} />
      <CitizenContactsPanel citizenId={citizenId} auth={auth} />
      {roleAtLeast(user.role, 'lead') && <AccessLogPanel citizenId={citizenId} auth={auth} />}
    </Stack>
  );
}
