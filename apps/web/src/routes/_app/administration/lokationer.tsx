import { Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';

export const Route = createFileRoute('/_app/administration/lokationer')({
  component: AdminLocationsPage,
});

function AdminLocationsPage() {
  const { t } = useI18n();
  return (
    <Stack gap="lg">
      <DocumentTitle title={t('admin.section.locations')} />
      <Title order={1}>{t('admin.section.locations')}</Title>
      <Text>{t('admin.section.locations.hint')}</Text>
    </Stack>
  );
}
