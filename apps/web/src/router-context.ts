import type { QueryClient } from '@tanstack/react-query';
import type { AuthSession } from './auth/session.ts';

/** What every route's loader and beforeLoad receive. */
export interface RouterContext {
  queryClient: QueryClient;
  auth: AuthSession;
}
