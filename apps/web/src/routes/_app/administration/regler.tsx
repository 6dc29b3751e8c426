import { Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';

export const Route = createFileRoute('/_app/administration/regler')({
  component: AdminRulesPage,
});

function AdminRulesPage() {
  const { t } = useI18n();
  return (
    <Stack gap="lg">
      <DocumentTitle title={t('admin.section.rules')} />
      <Title order={1}>{t('admin.section.rules')}</Title>
      <Text>{t('admin.section.rules.hint')}</Text>
    </Stack>
  );
}
