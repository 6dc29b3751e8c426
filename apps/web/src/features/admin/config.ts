import type {
  CreateCounterBody,
  CreateLawAreaBody,
  CreateLocationBody,
  CreatePriorityClassBody,
  CreateServiceBody,
  SetOpeningHoursBody,
  UpdateCounterBody,
  UpdateLawAreaBody,
  UpdateLocationBody,
  UpdatePriorityClassBody,
  UpdateRuleValuesBody,
  UpdateServiceConfigBody,
} from '@skranke/contracts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';
import { ApiError } from '../../lib/http.ts';
import { locationKeys } from '../locations/queries.ts';
import { queueKeys } from '../queue/queries.ts';

export const configKeys = {
  all: ['admin', 'config'] as const,
  locations: () => [...configKeys.all, 'locations'] as const,
  counters: () => [...configKeys.all, 'counters'] as const,
  services: () => [...configKeys.all, 'services'] as const,
  priorityClasses: () => [...configKeys.all, 'priority-classes'] as const,
  lawAreas: () => [...configKeys.all, 'law-areas'] as const,
  rules: () => [...configKeys.all, 'rules'] as const,
};

const list =
  <T>(key: readonly string[], read: (tokens: TokenSource) => Promise<T>) =>
  (tokens: TokenSource) =>
    queryOptions({ queryKey: key, queryFn: () => read(tokens), staleTime: 30_000 });

export const configLocationsQueryOptions = list(configKeys.locations(), (t) => call(t, 'listConfigLocations'));
export const configCountersQueryOptions = list(configKeys.counters(), (t) => call(t, 'listConfigCounters'));
export const configServicesQueryOptions = list(configKeys.services(), (t) => call(t, 'listConfigServices'));
export const configPriorityClassesQueryOptions = list(configKeys.priorityClasses(), (t) => call(t, 'listConfigPriorityClasses'));
export const configLawAreasQueryOptions = list(configKeys.lawAreas(), (t) => call(t, 'listConfigLawAreas'));
export const ruleValuesQueryOptions = list(configKeys.rules(), (t) => call(t, 'getRuleValues'));

// One function per API operation (named after its operationId).

export const createConfigLocation = (t: TokenSource, body: CreateLocationBody) => call(t, 'createConfigLocation', { body });
export const updateConfigLocation = (t: TokenSource, id: string, body: UpdateLocationBody) =>
  call(t, 'updateConfigLocation', { params: { id }, body });
export const setConfigOpeningHours = (t: TokenSource, id: string, body: SetOpeningHoursBody) =>
  call(t, 'setConfigOpeningHours', { params: { id }, body });
export const createConfigCounter = (t: TokenSource, body: CreateCounterBody) => call(t, 'createConfigCounter', { body });
export const updateConfigCounter = (t: TokenSource, id: string, body: UpdateCounterBody) =>
  call(t, 'updateConfigCounter', { params: { id }, body });
export const deleteConfigCounter = (t: TokenSource, id: string) => call(t, 'deleteConfigCounter', { params: { id } });
export const createConfigService = (t: TokenSource, body: CreateServiceBody) => call(t, 'createConfigService', { body });
export const updateConfigService = (t: TokenSource, id: string, body: UpdateServiceConfigBody) =>
  call(t, 'updateConfigService', { params: { id }, body });
export const createConfigPriorityClass = (t: TokenSource, body: CreatePriorityClassBody) => call(t, 'createConfigPriorityClass', { body });
export const updateConfigPriorityClass = (t: TokenSource, id: string, body: UpdatePriorityClassBody) =>
  call(t, 'updateConfigPriorityClass', { params: { id }, body });
export const createConfigLawArea = (t: TokenSource, body: CreateLawAreaBody) => call(t, 'createConfigLawArea', { body });
export const updateConfigLawArea = (t: TokenSource, id: string, body: UpdateLawAreaBody) =>
  call(t, 'updateConfigLawArea', { params: { id }, body });
export const updateRuleValues = (t: TokenSource, body: UpdateRuleValuesBody) => call(t, 'updateRuleValues', { body });

/** After a change: the admin lists, and what staff screens cache from the same tables (locations, queue lists). */
export function invalidateConfig(queryClient: QueryClient, key: readonly string[]) {
  void queryClient.invalidateQueries({ queryKey: key });
  void queryClient.invalidateQueries({ queryKey: locationKeys.all });
  void queryClient.invalidateQueries({ queryKey: queueKeys.all });
}

/**
 * A refused form's messages: per field by the `/body/<path>` pointer (`intervals/1/opens` for an opening-hours row),
 * and for the form as a whole the problem's detail when no field claims it.
 */
export function configFormErrors(error: unknown): { fields: Record<string, string>; general: string | null } {
  const fields: Record<string, string> = {};
  if (!(error instanceof ApiError)) return { fields, general: null };
  for (const { pointer, detail } of error.problem?.errors ?? []) {
    if (!pointer.startsWith('/body/')) continue;
    const field = pointer.slice('/body/'.length);
    if (!fields[field]) fields[field] = detail;
  }
  const general = Object.keys(fields).length > 0 ? null : (error.problem?.detail ?? error.message);
  return { fields, general };
}
