import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useI18n } from '../../i18n/i18n.tsx';
import { DocumentTitle } from '../DocumentTitle/DocumentTitle.tsx';
import { RouterButton } from '../RouterLink/RouterLink.tsx';
import { StandalonePage } from '../StandalonePage/StandalonePage.tsx';

export function NotFoundView() {
  const { t } = useI18n();
  return (
    <Stack align="flex-start" gap="md" maw={560}>
      <DocumentTitle title={t('notFound.pageTitle')} />
      <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
        <IconMapQuestion size={26} />
      </ThemeIcon>
      <Title order={1}>{t('notFound.heading')}</Title>
      <Text>{t('notFound.body')}</Text>
      <RouterButton to="/">{t('notFound.home')}</RouterButton>
    </Stack>
  );
}

export function StandaloneNotFound() {
  return (
    <StandalonePage>
      <NotFoundView />
    </StandalonePage>
  );
}
