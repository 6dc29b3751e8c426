import type {
  ContactStatisticsQuery,
  CreateContactTopicBody,
  CreateFollowUpTaskBody,
  CreateReferralAuthorityBody,
  ListContactsQuery,
  ListDirectoryQuery,
  ListFollowUpTasksQuery,
  RecordContactBody,
  UpdateContactTopicBody,
  UpdateReferralAuthorityBody,
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

/** The citizen's contacts in the municipality (the newest 20 and their number), by opaque id: audited on the citizen. */
export const listCitizenContacts = (tokens: TokenSource, citizenId: string) =>
  call(tokens, 'listCitizenContacts', { params: { id: citizenId } });

export const listContactTopics = (tokens: TokenSource, query: ListDirectoryQuery = {}) => call(tokens, 'listContactTopics', { query });

export const createContactTopic = (tokens: TokenSource, body: CreateContactTopicBody) => call(tokens, 'createContactTopic', { body });

export const updateContactTopic = (tokens: TokenSource, id: string, body: UpdateContactTopicBody) =>
  call(tokens, 'updateContactTopic', { params: { id }, body });

export const listReferralAuthorities = (tokens: TokenSource, query: ListDirectoryQuery = {}) =>
  call(tokens, 'listReferralAuthorities', { query });

export const createReferralAuthority = (tokens: TokenSource, body: CreateReferralAuthorityBody) =>
  call(tokens, 'createReferralAuthority', { body });

export const updateReferralAuthority = (tokens: TokenSource, id: string, body: UpdateReferralAuthorityBody) =>
  call(tokens, 'updateReferralAuthority', { params: { id }, body });

export const getContactStatistics = (tokens: TokenSource, query: ContactStatisticsQuery) => call(tokens, 'getContactStatistics', { query });
