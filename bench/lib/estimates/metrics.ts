/** Accuracy of the estimates against the real waits: per service and over all, today's method beside the old one. */
import type { Observation } from './observe.ts';

export interface Accuracy {
  /** Called tickets with an estimate (the method's "unknown" left out and counted apart). */
  tickets: number;
  meanWait: number;
  maeNew: number;
  maeLegacy: number;
  within5New: number;
  within5Legacy: number;
  /** "Du bliver kaldt om lidt" (estimate 0) to a ticket that then waited more than 10 minutes. */
  shortlyButLongNew: number;
  shortlyButLongLegacy: number;
  unknownNew: number;
  unknownLegacy: number;
}

export function accuracy(observations: readonly Observation[]): Accuracy {
  const called = observations.filter((o) => o.realWait !== null);
  const rate = (method: 'estimate' | 'legacy') => {
    const known = called.filter((o) => o[method] !== null);
    const errors = known.map((o) => Math.abs(o[method]! - o.realWait!));
    return {
      mae: errors.reduce((a, b) => a + b, 0) / Math.max(1, errors.length),
      within5: errors.filter((e) => e <= 5).length / Math.max(1, errors.length),
      shortlyButLong: known.filter((o) => o[method] === 0 && o.realWait! > 10).length,
      unknown: called.length - known.length,
    };
  };
  const now = rate('estimate');
  const old = rate('legacy');
  return {
    tickets: called.length,
    meanWait: called.reduce((sum, o) => sum + o.realWait!, 0) / Math.max(1, called.length),
    maeNew: now.mae,
    maeLegacy: old.mae,
    within5New: now.within5,
    within5Legacy: old.within5,
    shortlyButLongNew: now.shortlyButLong,
    shortlyButLongLegacy: old.shortlyButLong,
    unknownNew: now.unknown,
    unknownLegacy: old.unknown,
  };
}
