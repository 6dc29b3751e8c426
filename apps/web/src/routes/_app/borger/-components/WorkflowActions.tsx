import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { OverviewCase, StartCaseBody } from '@skranke/contracts';
import { IconCar, IconForms, IconHomeMove, IconId, IconEPassport, IconIdBadge2, IconStethoscope } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { startCase } from '../../../../features/cases/actions.ts';
import { caseKeys } from '../../../../features/cases/queries.ts';
import { citizenKeys } from '../../../../features/citizens/queries.ts';
import type { MessageKey } from '../../../../i18n/da.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApiError } from '../../../../lib/http.ts';

/**
 * The guided workflows a counter can start from the citizen's page. Each entry is a button that starts a case of its
 * type (from the ticket being served, if any) or resumes the citizen's open draft of that type.
 *
 * To add a workflow (passport, driving licence, MitID …): append one entry here. The Digital Post exemption has its
 * own start, resume and revoke buttons in ExemptionPanel, beside its state.
 */
export interface WorkflowStart {
  caseType: StartCaseBody['type'];
  label: MessageKey;
  icon: ReactNode;
}

export const WORKFLOW_STARTS: WorkflowStart[] = [
  { caseType: 'self_service_exemption', label: 'workflows.selfService', icon: <IconForms size={18} aria-hidden /> },
  { caseType: 'mitid', label: 'workflows.mitid', icon: <IconId size={18} aria-hidden /> },
  { caseType: 'driving_licence', label: 'workflows.drivingLicence', icon: <IconCar size={18} aria-hidden /> },
  { caseType: 'passport', label: 'workflows.passport', icon: <IconEPassport size={18} aria-hidden /> },
  { caseType: 'health_card', label: 'workflows.healthCard', icon: <IconIdBadge2 size={18} aria-hidden /> },
  { caseType: 'doctor_change', label: 'workflows.doctorChange', icon: <IconStethoscope size={18} aria-hidden /> },
  { caseType: 'address_change', label: 'workflows.addressChange', icon: <IconHomeMove size={18} aria-hidden /> },
];

function StartCaseButton({
  workflow,
  citizenId,
  draft,
  auth,
  ticketId,
  onError,
}: {
  workflow: WorkflowStart;
  citizenId: string;
  draft: OverviewCase | undefined;
  auth: AuthSession;
  ticketId: string | undefined;
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const openCase = (caseId: string) => navigate({ to: '/sager/$caseId', params: { caseId } });
  const start = useMutation({
    mutationFn: () => startCase(auth, citizenId, { type: workflow.caseType, ...(ticketId && { ticketId }) }),
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.case(created.id), created);
      void queryClient.invalidateQueries({ queryKey: citizenKeys.citizen(citizenId) });
      void openCase(created.id);
    },
    onError: (error) => {
      // A draft opened meanwhile (another tab, a colleague): resume it rather than fail.
      const caseId =
        error instanceof ApiError && error.problem?.code === 'case-already-open'
          ? (error.problem as { caseId?: unknown }).caseId
          : undefined;
      if (typeof caseId === 'string') void openCase(caseId);
      else onError(error);
    },
  });

  return draft ? (
    <Button variant="default" leftSection={workflow.icon} onClick={() => void openCase(draft.id)}>
      {t('workflows.resume', { name: t(workflow.label) })}
    </Button>
  ) : (
    <Button leftSection={workflow.icon} loading={start.isPending} onClick={() => start.mutate()}>
      {t(workflow.label)}
    </Button>
  );
}

/** "Start ærinde": one button per workflow, in one place. */
export function WorkflowActions({
  citizenId,
  cases,
  auth,
  ticketId,
}: {
  citizenId: string;
  cases: OverviewCase[];
  auth: AuthSession;
  ticketId: string | undefined;
}) {
  const { t } = useI18n();
  const notice = useNotice();
  return (
    <Paper component="section" aria-labelledby="workflows-heading" withBorder radius="md" p="xl">
      <Stack gap="sm">
        <Title order={2} size="h3" id="workflows-heading">
          {t('workflows.heading')}
        </Title>
        <Text>{t('workflows.intro')}</Text>
        <Notice notice={notice.notice} onClose={notice.clear} />
        <Group gap="sm">
          {WORKFLOW_STARTS.map((workflow) => (
            <StartCaseButton
              key={workflow.caseType}
              workflow={workflow}
              citizenId={citizenId}
              draft={cases.find((c) => c.type === workflow.caseType && c.status === 'draft')}
              auth={auth}
              ticketId={ticketId}
              onError={notice.showError}
            />
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
