import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import {
  getContactStatistics,
  listContacts,
  listContactTopics,
  listFollowUpAssignees,
  listFollowUpTasks,
  listReferralAuthorities,
} from './actions.ts';

export const contactKeys = {
  all: ['contacts'] as const,
  recent: () => [...contactKeys.all, 'recent'] as const,
  tasks: (scope: 'mine' | 'open') => [...contactKeys.all, 'tasks', scope] as const,
  assignees: () => [...contactKeys.all, 'assignees'] as const,
  topics: () => [...contactKeys.all, 'topics'] as const,
  authorities: () => [...contactKeys.all, 'authorities'] as const,
  statistics: (from: string, to: string) => [...contactKeys.all, 'statistics', from, to] as const,
};

/** The latest contacts of the municipality (one page). */
export const recentContactsQueryOptions = (tokens: TokenSource) =>
  queryOptions({ queryKey: contactKeys.recent(), queryFn: async () => (await listContacts(tokens, { limit: 25 })).items });

export const followUpTasksQueryOptions = (tokens: TokenSource, scope: 'mine' | 'open') =>
  queryOptions({ queryKey: contactKeys.tasks(scope), queryFn: async () => (await listFollowUpTasks(tokens, { scope })).items });

export const assigneesQueryOptions = (tokens: TokenSource) =>
  queryOptions({ queryKey: contactKeys.assignees(), queryFn: async () => (await listFollowUpAssignees(tokens)).items, staleTime: 300_000 });

export const contactTopicsQueryOptions = (tokens: TokenSource) =>
  queryOptions({ queryKey: contactKeys.topics(), queryFn: async () => (await listContactTopics(tokens)).items, staleTime: 300_000 });

export const referralAuthoritiesQueryOptions = (tokens: TokenSource) =>
  queryOptions({
    queryKey: contactKeys.authorities(),
    queryFn: async () => (await listReferralAuthorities(tokens)).items,
    staleTime: 300_000,
  });

export const contactStatisticsQueryOptions = (tokens: TokenSource, from: string, to: string) =>
  queryOptions({ queryKey: contactKeys.statistics(from, to), queryFn: () => getContactStatistics(tokens, { from, to }) });

/** After a contact or task is written: the lists and figures that show it. */
export function invalidateContacts(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: contactKeys.recent() });
  void queryClient.invalidateQueries({ queryKey: [...contactKeys.all, 'tasks'] });
  void queryClient.invalidateQueries({ queryKey: [...contactKeys.all, 'statistics'] });
}
