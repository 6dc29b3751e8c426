import { Group, Text } from '@mantine/core';
import { IconPlugConnected, IconRefresh } from '@tabler/icons-react';
import type { LiveStatus } from '../../features/queue/live.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { StatusTag } from '../StatusTag/StatusTag.tsx';

interface LiveStatusBadgeProps {
  status: LiveStatus;
  /** When the data on screen was last fetched; shown beside the status, outside its live region. */
  updatedAt?: number | undefined;
  size?: 'md' | 'lg' | 'xl';
}

/**
 * Whether the screen is live. The status is a polite live region, so a screen reader hears it when the connection is
 * lost or back; the "updated" time changes with every event and sits outside it.
 */
export function LiveStatusBadge({ status, updatedAt, size = 'md' }: LiveStatusBadgeProps) {
  const { t, formatDate } = useI18n();
  const live = status === 'live';
  const iconSize = size === 'xl' ? 24 : 16;
  return (
    <Group gap="sm" wrap="nowrap">
      <div role="status">
        <StatusTag
          tone={live ? 'green' : 'yellow'}
          size={size}
          icon={live ? <IconPlugConnected size={iconSize} aria-hidden /> : <IconRefresh size={iconSize} aria-hidden />}
        >
          {t(`live.${status}`)}
        </StatusTag>
      </div>
      {updatedAt ? (
        <Text size="sm" c="dimmed">
          {t('live.updated', { time: formatDate(new Date(updatedAt), { timeStyle: 'medium' }) })}
        </Text>
      ) : null}
    </Group>
  );
}
