import { Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';

export const Route = createFileRoute('/_app/administration/lovomraader')({
  component: AdminLawAreasPage,
});

function AdminLawAreasPage() {
  const { t } = useI18n();
  return (
    <Stack gap="lg">
      <DocumentTitle title={t('admin.section.lawAreas')} />
      <Title order={1}>{t('admin.section.lawAreas')}</Title>
      <Text>{t('admin.section.lawAreas.hint')}</Text>
    </Stack>
  );
}
