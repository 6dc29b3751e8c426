import { describe, expect, it } from 'vitest';
import { lapsedOnReturnReason, moveTakesEffect, pendingMoveNotice, type MoveEffect, type PendingMove } from './effect.ts';

describe('a move takes effect on its moving date', () => {
  it.each<[string, string, MoveEffect]>([
    ['reported on the moving day', '2026-12-07', 'now'],
    ['reported late (moved 10 days ago)', '2026-11-27', 'now'],
    ['moving tomorrow', '2026-12-08', 'on_date'],
    ['moving in 10 days', '2026-12-17', 'on_date'],
    ['4 weeks ahead', '2027-01-04', 'on_date'],
    ['across the new year, reported on 31 December for 1 January', '2027-01-01', 'on_date'],
  ])('%s (%s) → %s', (_name, movingDate, expected) => {
    expect(moveTakesEffect(movingDate, '2026-12-07')).toBe(expected);
  });

  it('compares calendar days, not times: today is the Copenhagen day the caller passes', () => {
    expect(moveTakesEffect('2027-01-01', '2027-01-01')).toBe('now');
    expect(moveTakesEffect('2027-01-01', '2026-12-31')).toBe('on_date');
  });
});

describe('the reason an emigration exemption lapses on return', () => {
  it('names the return date in Danish', () => {
    expect(lapsedOnReturnReason('2026-12-17')).toContain('indrejse den 17. december 2026');
  });
});

describe('the notice about a move waiting for its date', () => {
  it.each<[string, PendingMove, string]>([
    [
      'a move within Denmark',
      { kind: 'domestic', movingDate: '2026-12-17', addressLine: 'Nørregade 10, 8000 Aarhus C', country: null },
      'Flytter til Nørregade 10, 8000 Aarhus C den 17. december 2026.',
    ],
    [
      'a return',
      { kind: 'return', movingDate: '2027-01-04', addressLine: 'c/o Ole Hansen, Bytoften 3, 3520 Farum', country: null },
      'Flytter til c/o Ole Hansen, Bytoften 3, 3520 Farum den 4. januar 2027.',
    ],
    [
      'an emigration',
      { kind: 'emigration', movingDate: '2026-12-21', addressLine: null, country: 'Sverige' },
      'Udrejser til Sverige den 21. december 2026.',
    ],
  ])('%s', (_name, move, start) => {
    const notice = pendingMoveNotice(move);
    expect(notice.da.startsWith(start)).toBe(true);
    expect(notice.da).toContain('Folkeregistret ændres på flyttedatoen');
    expect(notice.en).toContain(move.movingDate);
  });
});
