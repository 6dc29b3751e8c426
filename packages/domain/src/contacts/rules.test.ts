import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CONTACT_NOTE_MAX,
  CONTACT_TOPIC_CODE,
  DEFAULT_CONTACT_TOPICS,
  isFollowUpOverdue,
  isWorkingDay,
  validateContact,
  validateFollowUpDue,
  type ContactDraft,
} from './rules.ts';

describe('validateContact', () => {
  const udk = '00000000-0000-4000-8000-00000000aaaa';
  it.each<[string, ContactDraft, string[]]>([
    ['resolved, nothing else', { result: 'resolved' }, []],
    ['guided with a note', { result: 'guided', note: 'Vist vej på borger.dk' }, []],
    ['referred with an authority', { result: 'referred', referralAuthorityId: udk }, []],
    ['referred without an authority', { result: 'referred' }, ['referralAuthorityId']],
    ['referred with a null authority', { result: 'referred', referralAuthorityId: null }, ['referralAuthorityId']],
    ['an authority on a non-referral', { result: 'resolved', referralAuthorityId: udk }, ['referralAuthorityId']],
    ['a note at the limit', { result: 'guided', note: 'x'.repeat(CONTACT_NOTE_MAX) }, []],
    ['a note over the limit', { result: 'guided', note: 'x'.repeat(CONTACT_NOTE_MAX + 1) }, ['note']],
    ['both wrong', { result: 'referred', note: 'x'.repeat(CONTACT_NOTE_MAX + 1) }, ['referralAuthorityId', 'note']],
  ])('%s', (_, draft, fields) => {
    expect(validateContact(draft).map((p) => p.field)).toEqual(fields);
  });
});

describe('validateFollowUpDue', () => {
  const today = '2026-12-07';
  it.each<[string, string, string[]]>([
    ['today', '2026-12-07', []],
    ['tomorrow', '2026-12-08', []],
    ['yesterday', '2026-12-06', ['dueOn']],
    ['90 days ahead', '2027-03-07', []],
    ['91 days ahead', '2027-03-08', ['dueOn']],
    ['not a date', '2026-02-30', ['dueOn']],
  ])('%s', (_, dueOn, fields) => {
    expect(validateFollowUpDue(dueOn, today).map((p) => p.field)).toEqual(fields);
  });
});

describe('working days', () => {
  it.each<[string, boolean]>([
    ['2026-12-07', true], // Monday
    ['2026-12-05', false], // Saturday
    ['2026-12-06', false], // Sunday
    ['2026-12-24', false], // juleaftensdag (closed by custom)
    ['2026-12-25', false], // juledag
    ['2027-03-26', false], // langfredag 2027
    ['2027-03-30', true], // the Tuesday after 2. påskedag
  ])('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each<[string, number, string]>([
    ['2026-12-07', 0, '2026-12-07'],
    ['2026-12-07', 3, '2026-12-10'],
    ['2026-12-11', 1, '2026-12-14'], // Friday → Monday
    ['2026-12-23', 1, '2026-12-28'], // over Christmas
    ['2026-12-30', 1, '2027-01-04'], // nytårsaftensdag and nytårsdag closed, then the weekend
  ])('%s + %d working days = %s', (date, days, expected) => {
    expect(addWorkingDays(date, days)).toBe(expected);
  });

  it('refuses a negative count', () => {
    expect(() => addWorkingDays('2026-12-07', -1)).toThrow(RangeError);
  });
});

describe('isFollowUpOverdue', () => {
  it.each<[string, { dueOn: string; doneAt: unknown }, boolean]>([
    ['due today, open', { dueOn: '2026-12-07', doneAt: null }, false],
    ['due yesterday, open', { dueOn: '2026-12-06', doneAt: null }, true],
    ['due yesterday, done', { dueOn: '2026-12-06', doneAt: new Date() }, false],
  ])('%s', (_, task, expected) => {
    expect(isFollowUpOverdue(task, '2026-12-07')).toBe(expected);
  });
});

describe('default topics', () => {
  it('have valid, unique codes and Danish labels', () => {
    const codes = DEFAULT_CONTACT_TOPICS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const topic of DEFAULT_CONTACT_TOPICS) {
      expect(topic.code).toMatch(CONTACT_TOPIC_CODE);
      expect(topic.labelDa.trim()).not.toBe('');
    }
  });
});
