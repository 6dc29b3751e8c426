import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useI18n } from '../../i18n/i18n.tsx';

/** The product name in the header; deliberately not a heading, so each page keeps a single h1. */
export function Brand() {
  const { t } = useI18n();
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size={36} radius="md" aria-hidden>
        <IconBuildingCommunity size={22} stroke={1.75} />
      </ThemeIcon>
      <div>
        <Text fw={700} size="lg" lh={1.1}>
          {t('app.name')}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2}>
          {t('app.tagline')}
        </Text>
      </div>
    </Group>
  );
}
