import { describe, expect, it } from 'vitest';
import {
  counterPresence,
  countsAsCapacity,
  isTransferTarget,
  serviceLight,
  specificCallRefusal,
  type CounterPresence,
} from './presence.ts';

const NOW = new Date('2026-12-07T10:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe('counterPresence', () => {
  const cases: Array<[string, Parameters<typeof counterPresence>[0], number, CounterPresence]> = [
    ['no session', null, 120, 'closed'],
    ['closed session', { state: 'closed', lastSeenAt: ago(0) }, 120, 'closed'],
    ['open, just seen', { state: 'open', lastSeenAt: ago(0) }, 120, 'open'],
    ['open, seen exactly at the limit', { state: 'open', lastSeenAt: ago(120) }, 120, 'open'],
    ['open, silent one second past the limit', { state: 'open', lastSeenAt: ago(121) }, 120, 'stale'],
    ['paused, seen recently', { state: 'paused', lastSeenAt: ago(60) }, 120, 'paused'],
    ['paused, silent too long', { state: 'paused', lastSeenAt: ago(600) }, 120, 'stale'],
    ['open, a longer configured limit', { state: 'open', lastSeenAt: ago(600) }, 900, 'open'],
  ];
  it.each(cases)('%s', (_name, session, limit, expected) => {
    expect(counterPresence(session, NOW, limit)).toBe(expected);
  });

  it('refuses a limit that is not positive', () => {
    expect(() => counterPresence(null, NOW, 0)).toThrow(RangeError);
  });
});

describe('transfer targets and capacity', () => {
  const table: Array<[CounterPresence, boolean, boolean]> = [
    ['open', true, true],
    ['paused', true, false],
    ['stale', false, false],
    ['closed', false, false],
  ];
  it.each(table)('%s: transfer target %s, capacity %s', (presence, target, capacity) => {
    expect(isTransferTarget(presence)).toBe(target);
    expect(countsAsCapacity(presence)).toBe(capacity);
  });
});

describe('serviceLight', () => {
  const thresholds = { yellowMinutes: 15, redMinutes: 30 };
  const table: Array<[string, number, number, number, 'green' | 'yellow' | 'red']> = [
    ['nobody waits, nobody serves', 0, 0, 0, 'green'],
    ['one waits, nobody serves', 1, 0, 0, 'red'],
    ['one waits, one counter serves', 1, 1, 0, 'green'],
    ['long wait with a counter', 3, 1, 16, 'yellow'],
    ['very long wait with counters', 3, 2, 30, 'red'],
  ];
  it.each(table)('%s', (_name, waiting, servingCounters, longestWaitMinutes, expected) => {
    expect(serviceLight({ waiting, servingCounters, longestWaitMinutes, thresholds })).toBe(expected);
  });
});

describe('specificCallRefusal', () => {
  const table: Array<[string, string | null, string, 'sent-to-other-counter' | null]> = [
    ['a ticket of the queue', null, 'c1', null],
    ['a ticket sent to this counter', 'c1', 'c1', null],
    ['a ticket sent to another counter', 'c2', 'c1', 'sent-to-other-counter'],
  ];
  it.each(table)('%s', (_name, targetCounterId, counterId, expected) => {
    expect(specificCallRefusal({ targetCounterId }, counterId)).toBe(expected);
  });
});
