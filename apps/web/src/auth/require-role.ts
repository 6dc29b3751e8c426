import type { Role, SessionUser } from '@skranke/contracts';
import { roleAtLeast } from '@skranke/domain';
import { AccessDeniedError } from '../lib/http.ts';

/** For a route's beforeLoad. The API checks the same on every call; this only spares the user a broken page. */
export function requireRole(user: SessionUser, role: Role): void {
  if (!roleAtLeast(user.role, role)) throw new AccessDeniedError();
}
