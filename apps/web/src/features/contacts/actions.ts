import type {
  ContactStatisticsQuery,
  CreateFollowUpTaskBody,
  ListContactsQuery,
  ListFollowUpTasksQuery,
  RecordContactBody,
} from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';

// One function per API operation of the contact log (docs/contacts.md). Reads are wrapped in queries.ts.

export const recordContact = (tokens: TokenSource, body: RecordContactBody) => call(tokens, 'recordContact', { body });

export const listContacts = (tokens: TokenSource, query: ListContactsQuery = {}) => call(tokens, 'listContacts', { query });

export const listFollowUpTasks = (tokens: TokenSource, query: ListFollowUpTasksQuery = {}) => call(tokens, 'listFollowUpTasks', { query });

export const createFollowUpTask = (tokens: TokenSource, body: CreateFollowUpTaskBody) => call(tokens, 'createFollowUpTask', { body });

export const completeFollowUpTask = (tokens: TokenSource, taskId: string) =>
  call(tokens, 'completeFollowUpTask', { params: { id: taskId } });

export const listFollowUpAssignees = (tokens: TokenSource) => call(tokens, 'listFollowUpAssignees');

export const listContactTopics = (tokens: TokenSource) => call(tokens, 'listContactTopics');

export const listReferralAuthorities = (tokens: TokenSource) => call(tokens, 'listReferralAuthorities');

export const getContactStatistics = (tokens: TokenSource, query: ContactStatisticsQuery) => call(tokens, 'getContactStatistics', { query });
