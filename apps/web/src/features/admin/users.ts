import type { CreateUserBody, UpdateUserBody } from '@skranke/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { TokenSource } from '../../lib/api.ts';
import { call } from '../../lib/client.ts';
import { ApiError } from '../../lib/http.ts';

export const adminUserKeys = {
  all: ['admin', 'users'] as const,
  list: () => [...adminUserKeys.all, 'list'] as const,
};

export function usersQueryOptions(tokens: TokenSource) {
  return queryOptions({
    queryKey: adminUserKeys.list(),
    queryFn: () => call(tokens, 'listUsers'),
    staleTime: 30_000,
  });
}

// One function per API operation (named after its operationId).

export const createUser = (tokens: TokenSource, body: CreateUserBody) => call(tokens, 'createUser', { body });

export const updateUser = (tokens: TokenSource, userId: string, body: UpdateUserBody) =>
  call(tokens, 'updateUser', { params: { id: userId }, body });

type UserField = 'username' | 'name' | 'role' | 'password' | 'locationIds';
const USER_FIELDS: readonly UserField[] = ['username', 'name', 'role', 'password', 'locationIds'];

/**
 * Where a refused user form's messages belong: schema errors by their `/body/<field>` pointer, a taken username and
 * a weak password (problem types the admin API answers) beside their field; anything else is for the form as a whole.
 */
export function userFormErrors(error: unknown): { fields: Partial<Record<UserField, string>>; general: string | null } {
  const fields: Partial<Record<UserField, string>> = {};
  if (!(error instanceof ApiError) || error.status >= 500) return { fields, general: null };
  for (const { pointer, detail } of error.problem?.errors ?? []) {
    const field = USER_FIELDS.find((f) => pointer === `/body/${f}` || pointer.startsWith(`/body/${f}/`));
    if (field && !fields[field]) fields[field] = detail;
  }
  const type = error.problem?.type ?? '';
  const detail = error.problem?.detail ?? null;
  if (type.endsWith('username-taken') && detail) fields.username = detail;
  else if (type.endsWith('weak-password') && detail) fields.password = detail;
  else if (Object.keys(fields).length === 0) return { fields, general: detail ?? error.message };
  return { fields, general: null };
}
