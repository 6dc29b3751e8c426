import { describe, expect, it } from 'vitest';
import { contactStatistics, type ContactFact } from './statistics.ts';

const udk = 'udk';
const mitid = 'mitid';
const c = (
  channel: ContactFact['channel'],
  topicCode: string,
  result: ContactFact['result'],
  authority: string | null = null,
): ContactFact => ({
  channel,
  topicCode,
  result,
  referralAuthorityId: authority,
});

describe('contactStatistics', () => {
  it('is all zeros without contacts or tasks, with every channel and result listed', () => {
    const stats = contactStatistics([], [], '2026-12-07');
    expect(stats.total).toBe(0);
    expect(stats.byChannel.map((r) => [r.channel, r.count])).toEqual([
      ['counter', 0],
      ['phone', 0],
      ['digital_hotline', 0],
      ['mobile_stop', 0],
    ]);
    expect(stats.byResult.every((r) => r.count === 0)).toBe(true);
    expect(stats.byTopic).toEqual([]);
    expect(stats.referralsByAuthority).toEqual([]);
    expect(stats.followUps).toEqual({ open: 0, overdue: 0, done: 0 });
  });

  it.each<[string, ContactFact[], Partial<ReturnType<typeof contactStatistics>>]>([
    [
      'counts per channel and result',
      [c('phone', 'mitid', 'guided'), c('phone', 'mitid', 'resolved'), c('counter', 'pas', 'resolved')],
      {
        total: 3,
        byChannel: [
          { channel: 'counter', count: 1 },
          { channel: 'phone', count: 2 },
          { channel: 'digital_hotline', count: 0 },
          { channel: 'mobile_stop', count: 0 },
        ],
      },
    ],
    [
      'topics most frequent first, ties by code',
      [c('phone', 'skat', 'guided'), c('phone', 'mitid', 'guided'), c('phone', 'mitid', 'guided'), c('phone', 'digital_post', 'guided')],
      {
        byTopic: [
          { topicCode: 'mitid', count: 2 },
          { topicCode: 'digital_post', count: 1 },
          { topicCode: 'skat', count: 1 },
        ],
      },
    ],
    [
      'referrals per authority, only for referred contacts',
      [
        c('phone', 'mitid', 'referred', mitid),
        c('counter', 'pension', 'referred', udk),
        c('digital_hotline', 'pension', 'referred', udk),
        c('counter', 'pension', 'guided', null),
      ],
      {
        referralsByAuthority: [
          { authorityId: udk, count: 2 },
          { authorityId: mitid, count: 1 },
        ],
      },
    ],
  ])('%s', (_, contacts, expected) => {
    expect(contactStatistics(contacts, [], '2026-12-07')).toMatchObject(expected);
  });

  it('counts open, overdue and done follow-up tasks', () => {
    const tasks = [
      { dueOn: '2026-12-07', doneAt: null },
      { dueOn: '2026-12-01', doneAt: null },
      { dueOn: '2026-12-01', doneAt: new Date('2026-12-02T10:00:00Z') },
    ];
    expect(contactStatistics([], tasks, '2026-12-07').followUps).toEqual({ open: 2, overdue: 1, done: 1 });
  });
});
