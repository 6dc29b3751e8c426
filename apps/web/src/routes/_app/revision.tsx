import { Stack, Text, Title } from '@mantine/core';
import type { RelatedCitizen } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { requireRole } from '../../auth/require-role.ts';
import { DocumentTitle } from '../../components/DocumentTitle/DocumentTitle.tsx';
import { auditStaffQueryOptions, type AuditCriteria } from '../../features/audit/queries.ts';
import { loadMessages, useI18n } from '../../i18n/i18n.tsx';
import { AccessLogDownloads } from './revision/-components/AccessLogDownloads.tsx';
import { AuditResults } from './revision/-components/AuditResults.tsx';
import { AuditSearchForm } from './revision/-components/AuditSearchForm.tsx';

/**
 * Revision: the audit trail searched by citizen, staff member, action and date, for leads and admins. The criteria
 * stay in the page, not the URL: the citizen is found by a CPR number typed into the form, and each search is
 * audited by the server, so a search runs only when asked for.
 */
export const Route = createFileRoute('/_app/revision')({
  beforeLoad: async ({ context }) => {
    requireRole(context.user, 'lead');
    await loadMessages('audit');
  },
  loader: ({ context }) => context.queryClient.ensureQueryData(auditStaffQueryOptions(context.auth)),
  component: AuditPage,
});

function AuditPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: staff } = useSuspenseQuery(auditStaffQueryOptions(auth));
  const [citizen, setCitizen] = useState<RelatedCitizen | null>(null);
  const [criteria, setCriteria] = useState<AuditCriteria | null>(null);
  const [cursors, setCursors] = useState<Array<number | null>>([null]);

  return (
    <Stack gap="lg" maw={1120}>
      <DocumentTitle title={t('audit.heading')} />
      <div>
        <Title order={1}>{t('audit.heading')}</Title>
        <Text c="dimmed" mt={4}>
          {t('audit.intro')}
        </Text>
      </div>
      <AuditSearchForm
        auth={auth}
        staff={staff}
        citizen={citizen}
        onRemoveCitizen={() => setCitizen(null)}
        onSearch={(next, chosen) => {
          setCitizen(chosen);
          setCriteria(next);
          setCursors([null]);
        }}
        onReset={() => {
          setCitizen(null);
          setCriteria(null);
          setCursors([null]);
        }}
      />
      {citizen && <AccessLogDownloads citizen={citizen} auth={auth} />}
      {criteria ? (
        <AuditResults auth={auth} criteria={criteria} cursors={cursors} onPage={setCursors} staff={staff} />
      ) : (
        <Text>{t('audit.results.notYet')}</Text>
      )}
    </Stack>
  );
}
