import { useEffect } from 'react';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

/** How often the counter screen tells the server it is still there (the server's stale limit is 2 minutes by default). */
export const HEARTBEAT_INTERVAL_MS = 30_000;

/**
 * While the counter screen is open, a sign of life every 30 s (`heartbeatCounterSession`): a browser closed at the end of
 * a shift stops it, and after the municipality's limit the counter shows as stale and no longer counts as staffed.
 */
export function useCounterHeartbeat(tokens: TokenSource, sessionId: string) {
  useEffect(() => {
    const beat = () => void call(tokens, 'heartbeatCounterSession').catch(() => {});
    beat();
    const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [tokens, sessionId]);
}
