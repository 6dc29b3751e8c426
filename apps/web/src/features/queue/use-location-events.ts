import type { LocationEvent } from '@skranke/contracts';
import { useEffect, useRef, useState } from 'react';
import type { TokenSource } from '../../lib/api.ts';
import { openLocationStream, type LiveStatus } from './live.ts';

export interface LocationEventsOptions {
  tokens: TokenSource;
  /** Resume after this sequence number (a board's lastEventSeq). Read once, when the stream opens. */
  fromSeq?: number | undefined;
}

/** Streams a location's events for as long as the component is mounted; returns the connection's status. */
export function useLocationEvents(
  locationId: string,
  onEvent: (event: LocationEvent) => void,
  { tokens, fromSeq }: LocationEventsOptions,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const onEventRef = useRef(onEvent);
  const fromSeqRef = useRef(fromSeq);
  useEffect(() => {
    onEventRef.current = onEvent;
  });

  useEffect(() => {
    const stream = openLocationStream({
      locationId,
      tokens,
      lastEventId: fromSeqRef.current,
      onEvent: (event) => onEventRef.current(event),
      onStatus: setStatus,
    });
    return () => stream.close();
  }, [locationId, tokens]);

  return status;
}
