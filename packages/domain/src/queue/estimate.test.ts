import { describe, expect, it } from 'vitest';
import {
  averageHandlingMinutes,
  estimateWaitMinutes,
  trafficLight,
  type EstimateCounter,
  type EstimateTicket,
  type TrafficLight,
} from './estimate.ts';

const NOW = new Date('2026-12-07T10:00:00Z');
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

/** `P@45` is a pas ticket that arrived 45 minutes ago; `P@3+15` one with a 15-minute head start; `P@3>k2` sent to k2. */
function ticket(spec: string, id: string): EstimateTicket {
  const match = /^([A-Z])@(\d+(?:\.\d+)?)(?:\+(\d+))?(?:>(\w+))?$/.exec(spec);
  if (!match) throw new Error(`bad ticket spec ${spec}`);
  return {
    id,
    serviceId: match[1]!,
    arrivedAt: ago(Number(match[2])),
    headStartMinutes: Number(match[3] ?? 0),
    targetCounterId: match[4] ?? null,
  };
}

/** `k1:PM` takes P and M and is free; `k1:PM/S@4` is serving an S ticket since 4 minutes. */
function counter(spec: string): EstimateCounter {
  const match = /^(\w+):([A-Z]+)(?:\/([A-Z])@(\d+))?$/.exec(spec);
  if (!match) throw new Error(`bad counter spec ${spec}`);
  return {
    counterId: match[1]!,
    serviceIds: [...match[2]!],
    current: match[3] ? { serviceId: match[3], since: ago(Number(match[4])) } : null,
  };
}

const HANDLING = new Map([
  ['P', 10],
  ['M', 15],
  ['S', 6],
  ['K', 8],
]);

function estimate(mine: string, waiting: string[], counters: string[], handling = HANDLING) {
  return estimateWaitMinutes({
    ticket: ticket(mine, 'mine'),
    waiting: waiting.map((w, i) => ticket(w, `w${String(i).padStart(3, '0')}`)),
    counters: counters.map(counter),
    handlingMinutes: handling,
    now: NOW,
  });
}

const fiveWaitingLong = ['M@50', 'M@48', 'M@45', 'M@42', 'M@40'];

describe('estimateWaitMinutes (shared capacity, real call order)', () => {
  it.each<[string, string, string[], string[], number | null]>([
    // The reported case: nobody of the citizen's own service waits, but the one counter that takes it also takes
    // another service whose five tickets (waiting 40–50 min) are called first.
    ['issue 9: five tickets ahead on the one shared counter', 'P@0', fiveWaitingLong, ['k1:PM/M@3'], 12 + 5 * 15],
    ['issue 9, counter just free: still behind the five', 'P@0', fiveWaitingLong, ['k1:PM/M@15'], 15 * 0.25 + 5 * 15],
    ['free counter, nobody ahead: shortly', 'P@0', [], ['k1:PM'], 0],
    ['busy counter, nobody ahead: its remaining time', 'P@0', [], ['k1:PM/P@4'], 6],
    ['busy past the mean: a quarter of the mean more, not 0', 'P@0', [], ['k1:P/P@30'], 3],
    ['two free counters, one ahead: shortly', 'P@0', ['P@1'], ['k1:P', 'k2:P'], 0],
    ['one counter, two ahead', 'P@0', ['P@2', 'P@1'], ['k1:P'], 20],
    ['tickets behind in call order do not count', 'P@5', ['P@2', 'P@1', 'M@4'], ['k1:PM/P@10'], 10 * 0.25],
    ['other services on a counter that does not take mine do not count', 'P@0', fiveWaitingLong, ['k1:P/P@5', 'k2:M/M@1'], 5],
    // k1 takes P and M, k2 only M: the M tickets spread over both, so k1 is free for P sooner than alone.
    ['shared with a single-service counter', 'P@0', ['M@4', 'M@3', 'M@2', 'M@1'], ['k1:PM', 'k2:M'], 30],
    // Priority: a ticket with a head start that arrived later is still ahead; one beyond it is behind.
    ['a priority ticket with a head start goes first', 'P@10', ['P@1+15'], ['k1:P/P@0'], 20],
    ['a head start cannot pass an earlier arrival by more than it', 'P@20', ['P@1+15'], ['k1:P/P@0'], 10],
    ['mine has a head start', 'P@1+15', ['P@10', 'P@5'], ['k1:P/P@0'], 10],
    ['a ticket sent to my counter is called there first', 'P@0', ['S@1>k1'], ['k1:P/P@10', 'k2:M/M@0'], 6 + 3 - 1 + 1],
    ['a ticket sent to another counter does not delay mine', 'P@0', ['P@1>k2'], ['k1:P', 'k2:M'], 0],
    ['mine is sent to a counter that does not take its service', 'P@0>k2', ['M@1'], ['k1:P', 'k2:M'], 15],
    ['no open counter takes the service: unknown', 'P@0', [], ['k1:M', 'k2:SK'], null],
    ['no open counter at all: unknown', 'P@0', ['P@5'], [], null],
    // An idle counter while a ticket it could call waited long is not calling: left out, never "shortly".
    ['idle counter, long-waiting tickets ahead: not counted', 'P@0', fiveWaitingLong, ['k1:PM'], null],
    ['idle counter neglecting them, a working one left', 'P@0', fiveWaitingLong, ['k1:PM', 'k2:PM/P@9'], 10 * 0.25 + 5 * 15],
    ['idle counter, ticket ahead only just arrived: it is free', 'P@0', ['P@1'], ['k1:P'], 10],
  ])('%s', (_label, mine, waiting, counters, expected) => {
    expect(estimate(mine, waiting, counters)).toBe(expected === null ? null : Math.round(expected));
  });

  it('never says "shortly" to a ticket behind tickets that have waited long on its only counter', () => {
    for (const current of [null, 'M@0', 'M@14', 'M@60', 'P@1']) {
      const counters = [current ? `k1:PM/${current}` : 'k1:PM'];
      const minutes = estimate('P@0', fiveWaitingLong, counters);
      expect(minutes === null || minutes > 10, `${counters[0]}: ${minutes}`).toBe(true);
    }
  });

  it('a counter with several services counts once, not once per service', () => {
    // Old rule: 0 tickets of P ahead → 0 minutes. Shared: the counter first serves the three K tickets.
    const shared = estimate('P@0', ['K@3', 'K@2', 'K@1'], ['k1:PK/K@0', 'k2:PK/K@0']);
    const separate = estimate('P@0', ['K@3', 'K@2', 'K@1'], ['k1:P/K@0', 'k2:K/K@0']);
    expect(shared).toBe(16);
    expect(separate).toBe(8);
  });

  it('ignores the ticket itself among the waiting and the order the waiting come in', () => {
    const waiting = ['P@3', 'M@2', 'P@1', 'M@4'];
    const base = estimate('P@0', waiting, ['k1:PM/P@1', 'k2:M']);
    const shuffled = estimate('P@0', [...waiting].reverse(), ['k2:M', 'k1:PM/P@1']);
    expect(shuffled).toBe(base);
    const withSelf = estimateWaitMinutes({
      ticket: ticket('P@0', 'mine'),
      waiting: [...waiting.map((w, i) => ticket(w, `w${i}`)), ticket('P@0', 'mine')],
      counters: ['k1:PM/P@1', 'k2:M'].map(counter),
      handlingMinutes: HANDLING,
      now: NOW,
    });
    expect(withSelf).toBe(base);
  });

  it.each<[string, Map<string, number>]>([
    ['a service without handling minutes', new Map([['M', 15]])],
    [
      'negative handling minutes',
      new Map([
        ['P', -1],
        ['M', 15],
      ]),
    ],
    [
      'NaN handling minutes',
      new Map([
        ['P', Number.NaN],
        ['M', 15],
      ]),
    ],
  ])('rejects %s', (_label, handling) => {
    expect(() => estimate('P@0', ['P@2', 'M@1'], ['k1:PM/P@1'], handling)).toThrow(RangeError);
  });
});

describe('averageHandlingMinutes', () => {
  it.each<[string, number[], number, number | undefined, number]>([
    ['no history: expected', [], 10, undefined, 10],
    ['four samples: still expected', [4, 4, 4, 4], 10, undefined, 10],
    ['five samples: their mean', [4, 6, 8, 10, 12], 10, undefined, 8],
    ['many samples', [5, 5, 5, 5, 5, 5, 5, 5, 5, 15], 10, undefined, 6],
    ['fractional mean is kept', [1, 2, 2, 2, 2], 10, undefined, 1.8],
    ['custom minimum met', [3, 5], 10, 2, 4],
    ['custom minimum not met', [3, 5], 10, 3, 10],
    ['minimum of 1', [7], 10, 1, 7],
  ])('%s', (_label, durations, expected, minSamples, result) => {
    expect(averageHandlingMinutes(durations, expected, minSamples)).toBeCloseTo(result, 10);
  });

  it.each<[number[], number, number]>([
    [[1, 2, 3, 4, -1], 10, 5],
    [[1, 2, 3, 4, Number.NaN], 10, 5],
    [[], -1, 5],
    [[], 10, 0],
    [[], 10, 2.5],
  ])('rejects %j with expected %s and minimum %s', (durations, expected, minSamples) => {
    expect(() => averageHandlingMinutes(durations, expected, minSamples)).toThrow(RangeError);
  });
});

describe('trafficLight', () => {
  const thresholds = { yellowMinutes: 15, redMinutes: 30 };
  it.each<[number, TrafficLight]>([
    [0, 'green'],
    [14.9, 'green'],
    [15, 'yellow'],
    [29, 'yellow'],
    [30, 'red'],
    [240, 'red'],
    [Number.POSITIVE_INFINITY, 'red'],
  ])('%s min → %s', (longest, expected) => {
    expect(trafficLight(longest, thresholds)).toBe(expected);
  });

  it('yellow and red may coincide: no yellow band', () => {
    expect(trafficLight(20, { yellowMinutes: 20, redMinutes: 20 })).toBe('red');
    expect(trafficLight(19, { yellowMinutes: 20, redMinutes: 20 })).toBe('green');
  });

  it.each([
    [10, { yellowMinutes: 30, redMinutes: 15 }],
    [10, { yellowMinutes: -1, redMinutes: 15 }],
    [10, { yellowMinutes: Number.NaN, redMinutes: 15 }],
    [10, { yellowMinutes: 5, redMinutes: Number.POSITIVE_INFINITY }],
    [Number.NaN, { yellowMinutes: 5, redMinutes: 15 }],
  ])('rejects %s with %j', (longest, bad) => {
    expect(() => trafficLight(longest, bad)).toThrow(RangeError);
  });
});
