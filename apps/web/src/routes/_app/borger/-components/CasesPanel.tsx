import { Button, List, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { CaseStatus, OverviewCase } from '@skranke/contracts';
import { Fragment, useState } from 'react';
import { RouterAnchor } from '../../../../components/RouterLink/RouterLink.tsx';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { formatMoment } from '../../../../features/citizens/format.ts';
import { useI18n, type I18n } from '../../../../i18n/i18n.tsx';

const STATUS_TONE: Record<CaseStatus, 'blue' | 'green' | 'yellow' | 'red'> = {
  draft: 'blue',
  completed: 'green',
  refused: 'red',
  cancelled: 'yellow',
  revoked: 'yellow',
};

const TIMELINE_ACTIONS = [
  'start',
  'save_step',
  'complete',
  'refuse',
  'cancel',
  'revoke',
  'appeal_registered',
  'appeal_upheld',
  'appeal_overturned',
  'udk_notified',
] as const;

function actionText(t: I18n['t'], action: string) {
  const known = TIMELINE_ACTIONS.find((a) => a === action);
  return known ? t(`timeline.action.${known}`) : action;
}

/** Who did what and when, oldest first. Rendered only when asked for, so the table stays short. */
function Timeline({ kase, id }: { kase: OverviewCase; id: string }) {
  const { t, formatDate } = useI18n();
  return (
    <List id={id} aria-label={t('timeline.label', { name: t(`case.type.${kase.type}`), number: kase.number })} spacing={4} size="sm">
      {kase.events.map((e, i) => (
        <List.Item key={i}>
          <Text span fw={500}>
            {actionText(t, e.action)}
            {e.note ? ` (${e.note})` : ''}
          </Text>
          {' – '}
          {t('timeline.by', { date: formatMoment(formatDate, e.at), name: e.staff.name })}
        </List.Item>
      ))}
    </List>
  );
}

/** The citizen's cases in this municipality, open ones first, each opening its wizard or receipt, with its timeline. */
export function CasesPanel({ cases }: { cases: OverviewCase[] }) {
  const { t, formatDate } = useI18n();
  const [expanded, setExpanded] = useState<string | null>(null);

  return (
    <Paper component="section" aria-labelledby="cases-heading" withBorder radius="md" p="xl">
      <Title order={2} size="h3" id="cases-heading" mb="md">
        {t('cases.heading')}
      </Title>
      {cases.length === 0 ? (
        <Text>{t('cases.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-labelledby="cases-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.column.type')}</Table.Th>
                <Table.Th scope="col">{t('cases.column.number')}</Table.Th>
                <Table.Th scope="col">{t('cases.column.status')}</Table.Th>
                <Table.Th scope="col">{t('cases.column.created')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('cases.column.open')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map((c) => {
                const open = expanded === c.id;
                const timelineId = `timeline-${c.id}`;
                return (
                  <Fragment key={c.id}>
                    <Table.Tr>
                      <Table.Td>{t(`case.type.${c.type}`)}</Table.Td>
                      <Table.Td>{c.number}</Table.Td>
                      <Table.Td>
                        <StatusTag tone={STATUS_TONE[c.status]}>{t(`case.status.${c.status}`)}</StatusTag>
                      </Table.Td>
                      <Table.Td>{formatMoment(formatDate, c.createdAt)}</Table.Td>
                      <Table.Td>
                        <RouterAnchor to="/sager/$caseId" params={{ caseId: c.id }} mr="md">
                          {t(c.status === 'draft' ? 'cases.resume' : 'cases.open')}
                        </RouterAnchor>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-expanded={open}
                          aria-controls={open ? timelineId : undefined}
                          onClick={() => setExpanded(open ? null : c.id)}
                        >
                          {t(open ? 'timeline.hide' : 'timeline.show')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                    {open && (
                      <Table.Tr>
                        <Table.Td colSpan={5}>
                          <Timeline kase={c} id={timelineId} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
