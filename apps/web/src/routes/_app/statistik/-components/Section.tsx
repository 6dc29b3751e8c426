import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../../i18n/i18n.tsx';

/**
 * A chart with the table of figures behind it. The chart is one image to assistive technology, named by a short
 * summary (its span and highest values); the figure's caption says the table below carries every figure.
 */
export function Section({
  id,
  heading,
  description,
  chart,
  actions,
  children,
}: {
  id: string;
  heading: string;
  description?: string;
  chart?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Paper component="section" aria-labelledby={`${id}-heading`} withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id={`${id}-heading`}>
              {heading}
            </Title>
            {description && (
              <Text c="dimmed" size="sm">
                {description}
              </Text>
            )}
          </div>
          {actions}
        </Group>
        {chart && (
          <figure style={{ margin: 0 }} aria-labelledby={`${id}-heading`} aria-describedby={`${id}-note`}>
            {chart}
            <Text component="figcaption" id={`${id}-note`} size="xs" c="dimmed">
              {t('statistics.chartNote')}
            </Text>
          </figure>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
