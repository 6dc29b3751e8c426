import type { QueryClient } from '@tanstack/react-query';
import type { AuthSession } from './auth/session.ts';
import type { DeviceSessions } from './features/devices/device-session.ts';

/** What every route's loader and beforeLoad receive. */
export interface RouterContext {
  queryClient: QueryClient;
  auth: AuthSession;
  /** The kiosk's and call display's own credentials, for the screens that run without a staff member. */
  devices: DeviceSessions;
}
