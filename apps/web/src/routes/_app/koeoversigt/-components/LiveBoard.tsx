import { Box, Stack } from '@mantine/core';
import type { SessionUser } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { useLiveQueue } from '../../../../features/queue/live-cache.ts';
import { boardQueryOptions } from '../../../../features/queue/queries.ts';
import { BoardToolbar } from './BoardToolbar.tsx';
import { CountersTable } from './CountersTable.tsx';
import { ServicesTable } from './ServicesTable.tsx';
import { WaitingList } from './WaitingList.tsx';

interface LiveBoardProps {
  locationId: string;
  user: SessionUser;
  auth: AuthSession;
  onLocationChange(locationId: string): void;
}

/** The board as loaded, kept live from the event stream that resumes exactly where the board's snapshot ends. */
export function LiveBoard({ locationId, user, auth, onLocationChange }: LiveBoardProps) {
  const { data: board, dataUpdatedAt } = useSuspenseQuery(boardQueryOptions(auth, locationId));
  const status = useLiveQueue(locationId, auth, { fromSeq: board.lastEventSeq });
  const notice = useNotice();

  return (
    <Stack gap="xl">
      <div>
        <BoardToolbar
          board={board}
          user={user}
          auth={auth}
          status={status}
          updatedAt={dataUpdatedAt}
          notice={notice}
          onLocationChange={onLocationChange}
        />
        <Box mt={notice.notice ? 'lg' : 0}>
          <Notice notice={notice.notice} onClose={notice.clear} />
        </Box>
      </div>
      <ServicesTable board={board} auth={auth} notice={notice} />
      <CountersTable board={board} />
      <WaitingList board={board} auth={auth} notice={notice} />
    </Stack>
  );
}
