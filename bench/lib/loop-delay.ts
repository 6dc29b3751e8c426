/**
 * Event-loop delay of a child process (API server or SSE fleet), read over its IPC channel: how long callbacks
 * waited because the loop was busy. Tells a slow server or client apart from a slow database.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ChildProcess } from 'node:child_process';

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

export type LoopMessage = { loop: 'reset' } | { loop: 'read' };

/** In the child: answers `{ loop: 'read' }` with the delay since the last `{ loop: 'reset' }` (milliseconds). */
export function serveLoopDelay(): void {
  // The histogram records the time between samples, so a value includes the sampling interval: subtracted below.
  const resolutionMs = 5;
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  process.on('message', (message: LoopMessage) => {
    if (message?.loop === 'reset') histogram.reset();
    if (message?.loop === 'read') {
      const ms = (ns: number) => Math.max(0, ns / 1e6 - resolutionMs);
      process.send!({ loopDelay: { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) } });
    }
  });
}

export function resetLoopDelay(child: ChildProcess): void {
  child.send({ loop: 'reset' } satisfies LoopMessage);
}

export function readLoopDelay(child: ChildProcess): Promise<LoopDelay | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      resolve(null);
    }, 5000);
    const onMessage = (message: { loopDelay?: LoopDelay }) => {
      if (!message?.loopDelay) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message.loopDelay);
    };
    child.on('message', onMessage);
    child.send({ loop: 'read' } satisfies LoopMessage);
  });
}
