import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import {
  getContactStatistics,
  listCitizenContacts,
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
  /** Retired ones too: the administration's list, and the labels of old contacts. */
  allTopics: () => [...contactKeys.topics(), 'all'] as const,
  authorities: () => [...contactKeys.all, 'authorities'] as const,
  allAuthorities: () => [...contactKeys.authorities(), 'all'] as const,
  /** Under the citizen's own key (features/citizens/queries.ts), so that what refreshes a citizen refreshes this. */
  ofCitizen: (citizenId: string) => ['citizens', citizenId, 'contacts'] as const,
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

export const allContactTopicsQueryOptions = (tokens: TokenSource) =>
  queryOptions({
    queryKey: contactKeys.allTopics(),
    queryFn: async () => (await listContactTopics(tokens, { includeInactive: true })).items,
    staleTime: 30_000,
  });

export const allReferralAuthoritiesQueryOptions = (tokens: TokenSource) =>
  queryOptions({
    queryKey: contactKeys.allAuthorities(),
    queryFn: async () => (await listReferralAuthorities(tokens, { includeInactive: true })).items,
    staleTime: 30_000,
  });

/** The citizen page's section: every read is audited, so it is kept a while rather than refetched on each focus. */
export const citizenContactsQueryOptions = (tokens: TokenSource, citizenId: string) =>
  queryOptions({
    queryKey: contactKeys.ofCitizen(citizenId),
    queryFn: () => listCitizenContacts(tokens, citizenId),
    staleTime: 5 * 60_000,
    gcTime: 60_000,
    refetchOnWindowFocus: false,
  });

export const contactStatisticsQueryOptions = (tokens: TokenSource, from: string, to: string) =>
  queryOptions({ queryKey: contactKeys.statistics(from, to), queryFn: () => getContactStatistics(tokens, { from, to }) });

/** After a contact or task is written: the lists and figures that show it (and the named citizen's section). */
export function invalidateContacts(queryClient: QueryClient, citizenId?: string) {
  if (citizenId) void queryClient.invalidateQueries({ queryKey: contactKeys.ofCitizen(citizenId) });
  void queryClient.invalidateQueries({ queryKey: contactKeys.recent() });
  void queryClient.invalidateQueries({ queryKey: [...contactKeys.all, 'tasks'] });
  void queryClient.invalidateQueries({ queryKey: [...contactKeys.all, 'statistics'] });
}

/** After an administrator changes a topic or an authority: the admin's list and the contact form's. */
export function invalidateDirectory(queryClient: QueryClient, what: 'topics' | 'authorities') {
  void queryClient.invalidateQueries({ queryKey: what === 'topics' ? contactKeys.topics() : contactKeys.authorities() });
}
