import { Stack, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { createFileRoute } from '@tanstack/react-router';
import { requireRole } from '../../auth/require-role.ts';
import { DocumentTitle } from '../../components/DocumentTitle/DocumentTitle.tsx';
import { EmptyState } from '../../components/EmptyState/EmptyState.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export const Route = createFileRoute('/_app/statistik')({
  beforeLoad: ({ context }) => requireRole(context.user, 'lead'),
  component: StatisticsPage,
});

function StatisticsPage() {
  const { t } = useI18n();
  return (
    <Stack gap="xl" maw={960}>
      <DocumentTitle title={t('statistics.heading')} />
      <Title order={1}>{t('statistics.heading')}</Title>
      <EmptyState icon={<IconChartBar size={26} />} title={t('statistics.empty.title')}>
        {t('statistics.empty.body')}
      </EmptyState>
    </Stack>
  );
}
