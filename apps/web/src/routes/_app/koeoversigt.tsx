import { Stack, Title } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { createFileRoute } from '@tanstack/react-router';
import { requireRole } from '../../auth/require-role.ts';
import { DocumentTitle } from '../../components/DocumentTitle/DocumentTitle.tsx';
import { EmptyState } from '../../components/EmptyState/EmptyState.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export const Route = createFileRoute('/_app/koeoversigt')({
  beforeLoad: ({ context }) => requireRole(context.user, 'lead'),
  component: QueueOverviewPage,
});

function QueueOverviewPage() {
  const { t } = useI18n();
  return (
    <Stack gap="xl" maw={960}>
      <DocumentTitle title={t('queue.heading')} />
      <Title order={1}>{t('queue.heading')}</Title>
      <EmptyState icon={<IconListDetails size={26} />} title={t('queue.empty.title')}>
        {t('queue.empty.body')}
      </EmptyState>
    </Stack>
  );
}
