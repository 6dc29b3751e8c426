import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Citizen, DigitalPostExemption, OverviewCase } from '@skranke/contracts';
import { APPLICANT_TYPE_TEXT, DIGITAL_POST_GROUND_TEXT } from '@skranke/domain';
import { IconMailOff, IconMailbox } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { startCase } from '../../../../features/cases/actions.ts';
import { caseKeys } from '../../../../features/cases/queries.ts';
import { formatMoment } from '../../../../features/citizens/format.ts';
import { citizenKeys } from '../../../../features/citizens/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApiError } from '../../../../lib/http.ts';
import { RevokeDialog } from './RevokeDialog.tsx';

function ExemptionFacts({ exemption }: { exemption: DigitalPostExemption }) {
  const { t, language, formatDate } = useI18n();
  const grounds = exemption.grounds?.length
    ? t('exemption.grounds', { grounds: exemption.grounds.map((g) => DIGITAL_POST_GROUND_TEXT[g][language]).join(', ') })
    : t('exemption.noGrounds');
  return (
    <Stack gap={4}>
      <Text>
        {t('exemption.registered', {
          date: formatMoment(formatDate, exemption.registeredAt),
          name: exemption.registeredBy.name,
          municipality: exemption.municipality.name,
        })}
      </Text>
      <Text>{t('exemption.applicant', { applicant: APPLICANT_TYPE_TEXT[exemption.applicantType][language] })}</Text>
      <Text>{grounds}</Text>
      <Text>{t(exemption.lapsesOnReturn ? 'exemption.lapsesOnReturn' : 'exemption.untilRevoked')}</Text>
      {exemption.revokedAt && <Text>{t('exemption.revokedAt', { date: formatMoment(formatDate, exemption.revokedAt) })}</Text>}
    </Stack>
  );
}

interface ExemptionPanelProps {
  citizen: Citizen;
  auth: AuthSession;
  ticketId: string | undefined;
  /** From the citizen overview, which reads (and audits) them once for the page. */
  exemption: DigitalPostExemption | null;
  cases: OverviewCase[];
}

/** Fritagelse fra Digital Post: the current state, and starting (or resuming) the case, or revoking. */
export function ExemptionPanel({ citizen, auth, ticketId, exemption, cases }: ExemptionPanelProps) {
  const { t } = useI18n();
  const notice = useNotice();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState(false);
  const openCase = cases.find((c) => c.type === 'digital_post_exemption' && c.status === 'draft');
  const active = exemption?.state === 'active';

  const openCaseView = (caseId: string) => navigate({ to: '/sager/$caseId', params: { caseId } });
  const start = useMutation({
    mutationFn: () => startCase(auth, citizen.id, { type: 'digital_post_exemption', ...(ticketId && { ticketId }) }),
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.case(created.id), created);
      void queryClient.invalidateQueries({ queryKey: citizenKeys.citizen(citizen.id) });
      void openCaseView(created.id);
    },
    onError: (error) => {
      // Someone (perhaps this staff member, in another tab) has a draft open: resume it rather than fail.
      const problem = error instanceof ApiError && error.problem?.code === 'case-already-open' ? error.problem : undefined;
      const caseId = (problem as { caseId?: unknown } | undefined)?.caseId;
      if (typeof caseId === 'string') void openCaseView(caseId);
      else notice.showError(error);
    },
  });

  return (
    <Paper component="section" aria-labelledby="digital-post-heading" withBorder radius="md" p="xl">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="digital-post-heading">
            {t('exemption.heading')}
          </Title>
          <StatusTag tone={active ? 'greenSolid' : 'blue'} size="lg">
            {t(exemption ? `exemption.state.${exemption.state}` : 'exemption.state.none')}
          </StatusTag>
        </Group>
        {exemption ? <ExemptionFacts exemption={exemption} /> : <Text>{t('exemption.none')}</Text>}
        <Notice notice={notice.notice} onClose={notice.clear} />
        <Group gap="sm">
          {active ? (
            <Button variant="default" leftSection={<IconMailbox size={18} aria-hidden />} onClick={() => setRevoking(true)}>
              {t('exemption.revoke')}
            </Button>
          ) : openCase ? (
            <Button leftSection={<IconMailOff size={18} aria-hidden />} onClick={() => void openCaseView(openCase.id)}>
              {t('exemption.resume')}
            </Button>
          ) : (
            <Button leftSection={<IconMailOff size={18} aria-hidden />} loading={start.isPending} onClick={() => start.mutate()}>
              {t('exemption.start')}
            </Button>
          )}
        </Group>
      </Stack>
      <RevokeDialog opened={revoking} onClose={() => setRevoking(false)} citizen={citizen} auth={auth} />
    </Paper>
  );
}
