import { Group, Paper, Text } from '@mantine/core';
import type { CitizenVisit } from '@skranke/contracts';
import { IconTicket } from '@tabler/icons-react';
import { RouterAnchor } from '../../../../components/RouterLink/RouterLink.tsx';
import { formatMoment } from '../../../../features/citizens/format.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { visitStateText } from './VisitsPanel.tsx';

/** The ticket being served, when the citizen was opened from "Start ærinde" at the counter. */
export function CurrentVisitPanel({ visit }: { visit: CitizenVisit }) {
  const { t, language, formatDate } = useI18n();
  return (
    <Paper component="section" aria-labelledby="current-visit-heading" radius="md" p="lg" bg="#e7f1fb" c="#0b2f57">
      <Group justify="space-between" align="flex-start">
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <IconTicket aria-hidden style={{ marginTop: 4 }} />
          <div>
            <Text component="h2" fw={700} fz="lg" m={0} id="current-visit-heading">
              {t('overview.visit.heading')}
            </Text>
            <Text>
              {t('overview.visit.line', {
                number: visit.displayNumber,
                service: language === 'da' ? visit.service.nameDa : visit.service.nameEn,
                location: visit.location,
              })}
            </Text>
            <Text size="sm">
              {visit.calledAt
                ? t('overview.visit.called', { date: formatMoment(formatDate, visit.calledAt) })
                : t('overview.visit.arrived', { date: formatMoment(formatDate, visit.arrivedAt) })}
              {' · '}
              {visitStateText(t, visit.state)}
            </Text>
          </div>
        </Group>
        <RouterAnchor to="/skranke" c="#0b4a8b">
          {t('overview.visit.toCounter')}
        </RouterAnchor>
      </Group>
    </Paper>
  );
}
