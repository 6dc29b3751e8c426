import type { ContactChannel, ContactResult } from './rules.ts';
import { CONTACT_CHANNELS, CONTACT_RESULTS, isFollowUpOverdue } from './rules.ts';

export interface ContactFact {
  channel: ContactChannel;
  topicCode: string;
  result: ContactResult;
  referralAuthorityId: string | null;
}

export interface FollowUpFact {
  dueOn: string;
  doneAt: unknown;
}

export interface ContactStatistics {
  total: number;
  /** Every channel and result, zero included, in their fixed order, so a table has the same rows every time. */
  byChannel: Array<{ channel: ContactChannel; count: number }>;
  byResult: Array<{ result: ContactResult; count: number }>;
  /** Topics that occur, most frequent first (ties by code). */
  byTopic: Array<{ topicCode: string; count: number }>;
  /** Referrals per authority, most frequent first (ties by id). */
  referralsByAuthority: Array<{ authorityId: string; count: number }>;
  followUps: { open: number; overdue: number; done: number };
}

const ranked = (counts: Map<string, number>) => [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));

/** The leads' overview of a period's contacts and the follow-up tasks (pure: the facts in, the counts out). */
export function contactStatistics(contacts: readonly ContactFact[], tasks: readonly FollowUpFact[], today: string): ContactStatistics {
  const channels = new Map<ContactChannel, number>(CONTACT_CHANNELS.map((c) => [c, 0]));
  const results = new Map<ContactResult, number>(CONTACT_RESULTS.map((r) => [r, 0]));
  const topics = new Map<string, number>();
  const authorities = new Map<string, number>();
  for (const contact of contacts) {
    channels.set(contact.channel, (channels.get(contact.channel) ?? 0) + 1);
    results.set(contact.result, (results.get(contact.result) ?? 0) + 1);
    topics.set(contact.topicCode, (topics.get(contact.topicCode) ?? 0) + 1);
    if (contact.result === 'referred' && contact.referralAuthorityId !== null) {
      authorities.set(contact.referralAuthorityId, (authorities.get(contact.referralAuthorityId) ?? 0) + 1);
    }
  }
  const open = tasks.filter((t) => t.doneAt === null);
  return {
    total: contacts.length,
    byChannel: [...channels].map(([channel, count]) => ({ channel, count })),
    byResult: [...results].map(([result, count]) => ({ result, count })),
    byTopic: ranked(topics).map(([topicCode, count]) => ({ topicCode, count })),
    referralsByAuthority: ranked(authorities).map(([authorityId, count]) => ({ authorityId, count })),
    followUps: {
      open: open.length,
      overdue: open.filter((t) => isFollowUpOverdue(t, today)).length,
      done: tasks.length - open.length,
    },
  };
}
