import type {
  ConfigCounter,
  ConfigLawArea,
  ConfigLocation,
  ConfigPriorityClass,
  CreateCounterBody,
  CreateLawAreaBody,
  CreateLocationBody,
  CreatePriorityClassBody,
  CreateServiceBody,
  RuleValues,
  Service,
  SetOpeningHoursBody,
  UpdateCounterBody,
  UpdateLawAreaBody,
  UpdateLocationBody,
  UpdatePriorityClassBody,
  UpdateRuleValuesBody,
  UpdateServiceConfigBody,
} from '@skranke/contracts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiRequest, type TokenSource } from '../../lib/api.ts';
import { ApiError } from '../../lib/http.ts';
import { locationKeys } from '../locations/queries.ts';
import { queueKeys } from '../queue/queries.ts';

const BASE = '/api/admin/config';

export const configKeys = {
  all: ['admin', 'config'] as const,
  locations: () => [...configKeys.all, 'locations'] as const,
  counters: () => [...configKeys.all, 'counters'] as const,
  services: () => [...configKeys.all, 'services'] as const,
  priorityClasses: () => [...configKeys.all, 'priority-classes'] as const,
  lawAreas: () => [...configKeys.all, 'law-areas'] as const,
  rules: () => [...configKeys.all, 'rules'] as const,
};

const list = <T>(key: readonly string[], path: string) => (tokens: TokenSource) =>
  queryOptions({ queryKey: key, queryFn: () => apiRequest<T>(tokens, `${BASE}${path}`), staleTime: 30_000 });

export const configLocationsQueryOptions = list<ConfigLocation[]>(configKeys.locations(), '/locations');
export const configCountersQueryOptions = list<ConfigCounter[]>(configKeys.counters(), '/counters');
export const configServicesQueryOptions = list<Service[]>(configKeys.services(), '/services');
export const configPriorityClassesQueryOptions = list<ConfigPriorityClass[]>(configKeys.priorityClasses(), '/priority-classes');
export const configLawAreasQueryOptions = list<ConfigLawArea[]>(configKeys.lawAreas(), '/law-areas');
export const ruleValuesQueryOptions = list<RuleValues>(configKeys.rules(), '/rules');

// One function per API operation (named after its operationId).

const send = <T>(tokens: TokenSource, method: string, path: string, body?: unknown) =>
  apiRequest<T>(tokens, `${BASE}${path}`, { method, ...(body !== undefined && { body: JSON.stringify(body) }) });

export const createConfigLocation = (t: TokenSource, body: CreateLocationBody) => send<ConfigLocation>(t, 'POST', '/locations', body);
export const updateConfigLocation = (t: TokenSource, id: string, body: UpdateLocationBody) => send<ConfigLocation>(t, 'PATCH', `/locations/${id}`, body);
export const setConfigOpeningHours = (t: TokenSource, id: string, body: SetOpeningHoursBody) =>
  send<ConfigLocation>(t, 'PUT', `/locations/${id}/opening-hours`, body);
export const createConfigCounter = (t: TokenSource, body: CreateCounterBody) => send<ConfigCounter>(t, 'POST', '/counters', body);
export const updateConfigCounter = (t: TokenSource, id: string, body: UpdateCounterBody) => send<ConfigCounter>(t, 'PATCH', `/counters/${id}`, body);
export const deleteConfigCounter = (t: TokenSource, id: string) => send<void>(t, 'DELETE', `/counters/${id}`);
export const createConfigService = (t: TokenSource, body: CreateServiceBody) => send<Service>(t, 'POST', '/services', body);
export const updateConfigService = (t: TokenSource, id: string, body: UpdateServiceConfigBody) => send<Service>(t, 'PATCH', `/services/${id}`, body);
export const createConfigPriorityClass = (t: TokenSource, body: CreatePriorityClassBody) =>
  send<ConfigPriorityClass>(t, 'POST', '/priority-classes', body);
export const updateConfigPriorityClass = (t: TokenSource, id: string, body: UpdatePriorityClassBody) =>
  send<ConfigPriorityClass>(t, 'PATCH', `/priority-classes/${id}`, body);
export const createConfigLawArea = (t: TokenSource, body: CreateLawAreaBody) => send<ConfigLawArea>(t, 'POST', '/law-areas', body);
export const updateConfigLawArea = (t: TokenSource, id: string, body: UpdateLawAreaBody) => send<ConfigLawArea>(t, 'PATCH', `/law-areas/${id}`, body);
export const updateRuleValues = (t: TokenSource, body: UpdateRuleValuesBody) => send<RuleValues>(t, 'PATCH', '/rules', body);

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
