import type { DevicePrincipal, DeviceTokenResponse } from '@skranke/contracts';
import type { RefreshOutcome } from '../../auth/session.ts';
import type { TokenSource } from '../../lib/api.ts';
import { urlOf, type Input } from '../../lib/client.ts';
import { ApiError } from '../../lib/http.ts';

export type ScreenKind = 'kiosk' | 'display';

/** Renew this long before the access token expires (or at 80 % of its lifetime, when that comes first). */
const RENEW_MARGIN_MS = 60_000;
/** A screen must come back by itself after a network outage: it keeps trying this often, however long it takes. */
const UNREACHABLE_RETRY_MS = 15_000;

export const deviceKeyStorageKey = (kind: ScreenKind) => `skranke.device.${kind}`;

/** The pasted key belongs to another kind of device (a kiosk key on the call display, or the other way round). */
export class DeviceKindMismatchError extends Error {
  constructor(readonly actualKind: ScreenKind) {
    super(`The key belongs to a ${actualKind}`);
    this.name = 'DeviceKindMismatchError';
  }
}

/**
 * The credential of a kiosk or call display. The device key is the device's own long-lived credential, pasted once by
 * an administrator, so it is kept in localStorage on that screen; the 15-minute access token it buys stays in memory
 * and is renewed before it runs out.
 */
export class DeviceSession implements TokenSource {
  #accessToken: string | null = null;
  #device: DevicePrincipal | null = null;
  #restored: Promise<RefreshOutcome> | null = null;
  #refreshing: Promise<RefreshOutcome> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #revokedListeners = new Set<() => void>();

  constructor(readonly kind: ScreenKind) {}

  get accessToken(): string | null {
    return this.#accessToken;
  }

  get device(): DevicePrincipal | null {
    return this.#device;
  }

  get hasKey(): boolean {
    return this.#readKey() !== null;
  }

  /** The first exchange of the stored key on this page load; later calls share it. Never rejects. */
  restore(): Promise<RefreshOutcome> {
    this.#restored ??= this.refresh();
    return this.#restored;
  }

  /**
   * Exchanges a pasted key and keeps it when it belongs to a device of this kind. Throws ApiError (401: unknown or
   * revoked key), DeviceKindMismatchError, or TypeError when the server cannot be reached.
   */
  async pair(deviceKey: string): Promise<DevicePrincipal> {
    const key = deviceKey.trim();
    const response = await exchange(key);
    if (!response.ok) throw await ApiError.fromResponse(response);
    const token = (await response.json()) as DeviceTokenResponse;
    if (token.device.kind !== this.kind) throw new DeviceKindMismatchError(token.device.kind);
    this.#writeKey(key);
    this.#accept(token);
    this.#restored = Promise.resolve('renewed');
    return token.device;
  }

  /** Removes the key from this screen. */
  forget(): void {
    this.#clear();
    this.#restored = null;
    try {
      localStorage.removeItem(deviceKeyStorageKey(this.kind));
      localStorage.removeItem(`${deviceKeyStorageKey(this.kind)}.location`);
    } catch {
      // Nothing stored that could be removed.
    }
  }

  refresh(): Promise<RefreshOutcome> {
    this.#refreshing ??= this.#exchangeStoredKey().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  /** Called when the server no longer accepts the stored key (the device was revoked). */
  onRevoked(listener: () => void): () => void {
    this.#revokedListeners.add(listener);
    return () => this.#revokedListeners.delete(listener);
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }

  async #exchangeStoredKey(): Promise<RefreshOutcome> {
    const key = this.#readKey();
    if (!key) {
      this.#clear();
      return 'refused';
    }
    let response: Response;
    try {
      response = await exchange(key);
    } catch {
      this.#schedule(UNREACHABLE_RETRY_MS);
      return 'unreachable';
    }
    if (response.ok) {
      this.#accept((await response.json()) as DeviceTokenResponse);
      return 'renewed';
    }
    if (response.status >= 500 || response.status === 429) {
      this.#schedule(UNREACHABLE_RETRY_MS);
      return 'unreachable';
    }
    // 401: the key is unknown or was revoked by an administrator; it will not start working again.
    this.forget();
    for (const listener of this.#revokedListeners) listener();
    return 'refused';
  }

  #accept(token: DeviceTokenResponse): void {
    const lifetimeMs = token.expiresIn * 1000;
    this.#accessToken = token.accessToken;
    this.#device = token.device;
    this.#schedule(lifetimeMs - Math.min(RENEW_MARGIN_MS, lifetimeMs * 0.2));
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.refresh(), Math.max(0, delayMs));
  }

  #readKey(): string | null {
    try {
      return localStorage.getItem(deviceKeyStorageKey(this.kind));
    } catch {
      return null;
    }
  }

  #writeKey(key: string): void {
    localStorage.setItem(deviceKeyStorageKey(this.kind), key);
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#accessToken = null;
    this.#device = null;
  }
}

/** `issueDeviceToken`, read as a Response: its status decides between renewed, unreachable and revoked. */
function exchange(deviceKey: string): Promise<Response> {
  const body: Input<'issueDeviceToken'>['body'] = { deviceKey };
  return fetch(urlOf('issueDeviceToken', undefined), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
}

export interface DeviceSessions {
  kiosk: DeviceSession;
  display: DeviceSession;
}

export function createDeviceSessions(): DeviceSessions {
  return { kiosk: new DeviceSession('kiosk'), display: new DeviceSession('display') };
}
