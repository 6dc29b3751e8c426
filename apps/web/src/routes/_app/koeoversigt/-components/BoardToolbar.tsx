import { Button, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import type { QueueBoard, SessionUser } from '@skranke/contracts';
import { IconDeviceDesktop, IconDeviceTablet, IconDoorExit } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { LiveStatusBadge } from '../../../../components/LiveStatus/LiveStatus.tsx';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { RouterButton } from '../../../../components/RouterLink/RouterLink.tsx';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { locationsQueryOptions } from '../../../../features/locations/queries.ts';
import type { LiveStatus } from '../../../../features/queue/live.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { CloseDayDialog } from './CloseDayDialog.tsx';

interface BoardToolbarProps {
  board: QueueBoard;
  user: SessionUser;
  auth: AuthSession;
  status: LiveStatus;
  updatedAt: number;
  notice: ReturnType<typeof useNotice>;
  onLocationChange(locationId: string): void;
}

export function BoardToolbar({ board, user, auth, status, updatedAt, notice, onLocationChange }: BoardToolbarProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { data: locations = [] } = useQuery(locationsQueryOptions(auth));
  const mine = locations.filter((l) => user.locationIds.includes(l.id));
  const screenSearch = { location: board.locationId };

  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" align="flex-end" gap="lg">
        <Stack gap="xs">
          <NativeSelect
            label={t('board.location')}
            value={board.locationId}
            onChange={(event) => onLocationChange(event.currentTarget.value)}
            data={mine.map((l) => ({ value: l.id, label: l.name }))}
            miw={280}
          />
          <Group gap="md">
            <LiveStatusBadge status={status} updatedAt={updatedAt} />
            <StatusTag tone={board.open ? 'green' : 'gray'}>{t(board.open ? 'board.openNow' : 'board.closedNow')}</StatusTag>
          </Group>
        </Stack>
        <Group gap="sm" role="group" aria-label={t('board.screens')}>
          <RouterButton
            to="/display"
            search={screenSearch}
            target="_blank"
            aria-label={`${t('board.openDisplay')} ${t('board.newTab')}`}
            variant="default"
            leftSection={<IconDeviceDesktop size={18} aria-hidden />}
          >
            {t('board.openDisplay')}
          </RouterButton>
          <RouterButton
            to="/kiosk"
            search={screenSearch}
            target="_blank"
            aria-label={`${t('board.openKiosk')} ${t('board.newTab')}`}
            variant="default"
            leftSection={<IconDeviceTablet size={18} aria-hidden />}
          >
            {t('board.openKiosk')}
          </RouterButton>
          <Button variant="default" c="red.9" leftSection={<IconDoorExit size={18} aria-hidden />} onClick={() => setConfirming(true)}>
            {t('board.closeDay')}
          </Button>
        </Group>
      </Group>
      <CloseDayDialog opened={confirming} onClose={() => setConfirming(false)} board={board} auth={auth} notice={notice} />
    </Paper>
  );
}
