import type { TokenSource } from '../../lib/api.ts';
import type { RouterContext } from '../../router-context.ts';
import { deviceKeyStorageKey, type ScreenKind } from './device-session.ts';

/** Who a kiosk or call display acts as, and for which location. */
export interface ScreenAccess {
  tokens: TokenSource;
  locationId: string;
  /** device: the screen's own key (production); staff: a signed-in staff member trying the screen out. */
  via: 'device' | 'staff';
}

export type ScreenAccessResult = ScreenAccess | { setup: 'missing' | 'revoked' };

/**
 * A screen with a stored device key acts as that device, at the device's location. Without one, a signed-in staff
 * member may open it for one of their own locations. Otherwise the screen needs setting up.
 */
export async function resolveScreenAccess(
  { auth, devices }: Pick<RouterContext, 'auth' | 'devices'>,
  kind: ScreenKind,
  requestedLocationId: string | undefined,
): Promise<ScreenAccessResult> {
  const device = devices[kind];
  if (device.hasKey) {
    let outcome = await device.restore();
    // A screen switched on while the network is down keeps trying; it can show its page at once if it has run before.
    while (outcome === 'unreachable' && !device.device) {
      const remembered = lastKnownLocation(kind);
      if (remembered) return { tokens: device, locationId: remembered, via: 'device' };
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      outcome = await device.refresh();
    }
    if (!device.device) return { setup: 'revoked' };
    rememberDeviceLocation(kind, device.device.locationId);
    return { tokens: device, locationId: device.device.locationId, via: 'device' };
  }
  await auth.restore();
  const user = auth.user;
  if (user && user.locationIds.length > 0) {
    const locationId = requestedLocationId && user.locationIds.includes(requestedLocationId) ? requestedLocationId : user.locationIds[0]!;
    return { tokens: auth, locationId, via: 'staff' };
  }
  return { setup: 'missing' };
}

const locationStorageKey = (kind: ScreenKind) => `${deviceKeyStorageKey(kind)}.location`;

function rememberDeviceLocation(kind: ScreenKind, locationId: string): void {
  try {
    localStorage.setItem(locationStorageKey(kind), locationId);
  } catch {
    // Not remembered; a start without network then waits for the server.
  }
}

function lastKnownLocation(kind: ScreenKind): string | null {
  try {
    return localStorage.getItem(locationStorageKey(kind));
  } catch {
    return null;
  }
}
