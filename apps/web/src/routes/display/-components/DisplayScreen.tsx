import { Button, Text } from '@mantine/core';
import type { LocationEvent, QueueBoard, Ticket } from '@skranke/contracts';
import { IconVolume } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { LiveStatusBadge } from '../../../components/LiveStatus/LiveStatus.tsx';
import type { ScreenAccess } from '../../../features/devices/screen-access.ts';
import { announcementText } from '../../../features/queue/announce.ts';
import { useLiveQueue } from '../../../features/queue/live-cache.ts';
import { boardQueryOptions } from '../../../features/queue/queries.ts';
import { useAnnouncer } from '../../../features/queue/use-announcer.ts';
import { useNow } from '../../../features/queue/use-now.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { CallList } from './CallList.tsx';
import classes from './display.module.css';

/**
 * The calls still to be shown at `now`: those of the last `recentCallMinutes` (the municipality's setting), newest
 * first, also when their citizen has been served meanwhile.
 */
export function recentCalls(board: QueueBoard, now: number): Ticket[] {
  const since = now - board.recentCallMinutes * 60_000;
  return board.recentCalls.filter((ticket) => ticket.calledAt && Date.parse(ticket.calledAt) >= since);
}

/** Calls older than this when they arrive (replayed after an outage) are shown but not read out. */
const ANNOUNCE_WITHIN_MS = 60_000;
/** A screen retries for ever, but never more often than every ten seconds once it has failed a few times. */
const retryDelay = (attempt: number) => Math.min(10_000, 1_000 * 2 ** attempt);

export function DisplayScreen({ access }: { access: ScreenAccess }) {
  const { t } = useI18n();
  const board = useQuery({ ...boardQueryOptions(access.tokens, access.locationId), retry: true, retryDelay });
  const { soundAllowed, enableSound, announce } = useAnnouncer();

  return (
    <div className={classes.screen}>
      <DocumentTitle title={board.data ? `${t('display.pageTitle')} · ${board.data.locationName}` : t('display.pageTitle')} />
      {board.data ? (
        <LiveCalls board={board.data} access={access} announce={announce} />
      ) : (
        <main className={classes.loading}>
          <h1 className={classes.title}>{t('display.pageTitle')}</h1>
          <p role="status">{t('display.loading')}</p>
        </main>
      )}
      {!soundAllowed && (
        <div className={classes.sound}>
          <Button size="lg" leftSection={<IconVolume aria-hidden />} onClick={() => void enableSound()} aria-describedby="sound-hint">
            {t('display.enableSound')}
          </Button>
          <Text id="sound-hint" c="white" size="md">
            {t('display.enableSoundHint')}
          </Text>
        </div>
      )}
    </div>
  );
}

interface LiveCallsProps {
  board: QueueBoard;
  access: ScreenAccess;
  announce(text: string): void;
}

function LiveCalls({ board, access, announce }: LiveCallsProps) {
  const { formatDate } = useI18n();
  const now = useNow(10_000);

  const onEvent = useCallback(
    (event: LocationEvent) => {
      if (event.type !== 'ticket.call' && event.type !== 'ticket.recall') return;
      if (Date.now() - Date.parse(event.at) > ANNOUNCE_WITHIN_MS) return;
      const { ticket } = event.payload;
      if (ticket.counterName) announce(announcementText(ticket.displayNumber, ticket.counterName));
    },
    [announce],
  );
  const status = useLiveQueue(access.locationId, access.tokens, { fromSeq: board.lastEventSeq, onEvent });

  return (
    <>
      <header className={classes.bar}>
        <h1 className={classes.title} lang="da">
          {board.locationName}
        </h1>
        <div className={classes.barRight}>
          {status !== 'live' && <LiveStatusBadge status={status} size="xl" />}
          <span className={classes.clock}>{formatDate(new Date(now), { timeStyle: 'short' })}</span>
        </div>
      </header>
      <CallList called={recentCalls(board, now)} />
    </>
  );
}
