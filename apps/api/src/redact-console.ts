import { formatWithOptions } from 'node:util';
import { redactCprShaped } from '@skranke/domain';

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace';
const METHODS: readonly ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug', 'trace'];

/**
 * Sends every `console.*` line of this process through the same CPR redaction as the request logs: start-up messages,
 * a failed start's error (which may quote a connection string or a query) and anything a dependency prints.
 * Idempotent.
 */
export function redactConsole(target: Pick<Console, ConsoleMethod> = console): void {
  const marked = target as { __skrankeRedacted?: boolean };
  if (marked.__skrankeRedacted) return;
  marked.__skrankeRedacted = true;
  for (const method of METHODS) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => original(redactCprShaped(formatWithOptions({ colors: false }, ...args)));
  }
}
