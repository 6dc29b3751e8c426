import { IdParams } from '../common.ts';
import {
  CitizenContactList,
  Contact,
  ContactList,
  ContactStatistics,
  ContactStatisticsQuery,
  ContactTopic,
  ContactTopicList,
  CreateContactTopicBody,
  CreateFollowUpTaskBody,
  CreateReferralAuthorityBody,
  FollowUpAssigneeList,
  FollowUpTask,
  FollowUpTaskList,
  ListContactsQuery,
  ListDirectoryQuery,
  ListFollowUpTasksQuery,
  RecordContactBody,
  ReferralAuthority,
  ReferralAuthorityList,
  UpdateContactTopicBody,
  UpdateReferralAuthorityBody,
} from '../contacts.ts';
import { access, defineOperation, media, StreamedText } from './define.ts';

// The contact log (henvendelser, docs/contacts.md): every contact, follow-up task, topic and authority is the caller's
// municipality's. recordContact, listContacts, createFollowUpTask and completeFollowUpTask are a contract.

const tags = ['contacts'];
const Csv = media('text/csv', 'CSV (charset=utf-8): UTF-8 with BOM, semicolons', StreamedText);

export const recordContact = defineOperation({
  operationId: 'recordContact',
  method: 'POST',
  path: '/api/contacts',
  tags,
  summary: 'Record a contact (served ticket, phone, Digital Hotline, mobile stop): topic, result, referral; a named citizen is audited',
  access: access.counter,
  body: RecordContactBody,
  responses: { 201: Contact },
  errors: ['invalid-contact', 'unknown-topic', 'unknown-authority', 'not-found', 'unknown-location'],
});

export const listContacts = defineOperation({
  operationId: 'listContacts',
  method: 'GET',
  path: '/api/contacts',
  tags,
  summary: "The municipality's contacts, newest first, by period, channel, topic or staff member (a page at a time)",
  access: access.counter,
  query: ListContactsQuery,
  responses: { 200: ContactList },
  errors: ['period-reversed', 'invalid-cursor'],
});

export const listCitizenContacts = defineOperation({
  operationId: 'listCitizenContacts',
  method: 'GET',
  path: '/api/citizens/:id/contacts',
  tags,
  summary: "The citizen's contacts in this municipality: the newest 20 and how many (audited on the citizen)",
  access: access.counter,
  params: IdParams,
  responses: { 200: CitizenContactList },
  errors: ['citizen-not-found'],
});

export const listFollowUpTasks = defineOperation({
  operationId: 'listFollowUpTasks',
  method: 'GET',
  path: '/api/follow-up-tasks',
  tags,
  summary: "Follow-up tasks: the caller's own (open, and done in the last 7 days), or every open one (leads)",
  access: access.counter,
  query: ListFollowUpTasksQuery,
  responses: { 200: FollowUpTaskList },
  errors: [],
});

export const createFollowUpTask = defineOperation({
  operationId: 'createFollowUpTask',
  method: 'POST',
  path: '/api/follow-up-tasks',
  tags,
  summary: 'Give a colleague of the same municipality a task from a contact, due today to 90 days ahead',
  access: access.counter,
  body: CreateFollowUpTaskBody,
  responses: { 201: FollowUpTask },
  errors: ['not-found', 'invalid-task', 'unknown-assignee'],
});

export const completeFollowUpTask = defineOperation({
  operationId: 'completeFollowUpTask',
  method: 'POST',
  path: '/api/follow-up-tasks/:id/complete',
  tags,
  summary: 'Mark a follow-up task done (its assignee, or a lead); done twice: 409',
  access: access.counter,
  params: IdParams,
  responses: { 200: FollowUpTask },
  errors: ['not-found', 'task-done'],
});

export const listFollowUpAssignees = defineOperation({
  operationId: 'listFollowUpAssignees',
  method: 'GET',
  path: '/api/follow-up-tasks/assignees',
  tags,
  summary: 'The colleagues a follow-up task may be given to: active staff of the caller’s municipality',
  access: access.counter,
  responses: { 200: FollowUpAssigneeList },
  errors: [],
});

export const listContactTopics = defineOperation({
  operationId: 'listContactTopics',
  method: 'GET',
  path: '/api/contact-topics',
  tags,
  summary: "The municipality's contact topics (active ones unless includeInactive)",
  access: access.counter,
  query: ListDirectoryQuery,
  responses: { 200: ContactTopicList },
  errors: [],
});

export const createContactTopic = defineOperation({
  operationId: 'createContactTopic',
  method: 'POST',
  path: '/api/contact-topics',
  tags,
  summary: 'Add a contact topic (admin)',
  access: access.admin,
  body: CreateContactTopicBody,
  responses: { 201: ContactTopic },
  errors: ['topic-taken'],
});

export const updateContactTopic = defineOperation({
  operationId: 'updateContactTopic',
  method: 'PATCH',
  path: '/api/contact-topics/:id',
  tags,
  summary: 'Rename, reorder or retire a contact topic (admin); its code stays',
  access: access.admin,
  params: IdParams,
  body: UpdateContactTopicBody,
  responses: { 200: ContactTopic },
  errors: ['not-found'],
});

export const listReferralAuthorities = defineOperation({
  operationId: 'listReferralAuthorities',
  method: 'GET',
  path: '/api/referral-authorities',
  tags,
  summary: 'The referral directory: authorities with phone and opening hours (active ones unless includeInactive)',
  access: access.counter,
  query: ListDirectoryQuery,
  responses: { 200: ReferralAuthorityList },
  errors: [],
});

export const createReferralAuthority = defineOperation({
  operationId: 'createReferralAuthority',
  method: 'POST',
  path: '/api/referral-authorities',
  tags,
  summary: 'Add an authority to the referral directory (admin)',
  access: access.admin,
  body: CreateReferralAuthorityBody,
  responses: { 201: ReferralAuthority },
  errors: ['authority-taken'],
});

export const updateReferralAuthority = defineOperation({
  operationId: 'updateReferralAuthority',
  method: 'PATCH',
  path: '/api/referral-authorities/:id',
  tags,
  summary: "Change an authority's name, phone, opening hours or link, or retire it (admin)",
  access: access.admin,
  params: IdParams,
  body: UpdateReferralAuthorityBody,
  responses: { 200: ReferralAuthority },
  errors: ['not-found', 'authority-taken'],
});

export const getContactStatistics = defineOperation({
  operationId: 'getContactStatistics',
  method: 'GET',
  path: '/api/statistics/contacts',
  tags,
  summary: 'Contacts per channel, topic and result, referrals per authority, and open and overdue follow-up tasks (leads)',
  access: access.lead,
  query: ContactStatisticsQuery,
  responses: { 200: ContactStatistics },
  errors: ['period-reversed', 'period-too-long'],
});

export const exportContactStatisticsCsv = defineOperation({
  operationId: 'exportContactStatisticsCsv',
  method: 'GET',
  path: '/api/statistics/contacts.csv',
  tags,
  summary: 'The contact statistics as CSV (one row per figure)',
  access: access.lead,
  query: ContactStatisticsQuery,
  responses: { 200: Csv },
  errors: ['period-reversed', 'period-too-long'],
});
