import type { LoginBody, SessionUser, TokenResponse } from '@skranke/contracts';
import { urlOf } from '../lib/client.ts';
import { takeEarlyRefresh } from './early-refresh.ts';
import { ApiError } from '../lib/http.ts';

/** Renew this long before the access token expires (or at 80 % of its lifetime, when that comes first). */
const RENEW_MARGIN_MS = 60_000;
/** When the server cannot be reached, try again this often while the token is still valid. */
const UNREACHABLE_RETRY_MS = 15_000;

/** refused: the server said the session is over. unreachable: network trouble or a 5xx; the session may live on. */
export type RefreshOutcome = 'renewed' | 'refused' | 'unreachable';

/**
 * The signed-in user and their access token. The token lives in memory only: a reload restores it through the
 * httpOnly refresh cookie (refreshSession), which scripts cannot read. Sign-in, sign-out and renewal call fetch
 * themselves, taking only the URL from the contract: the client's renew-on-401 loop is built on them.
 */
export class AuthSession {
  #accessToken: string | null = null;
  #expiresAt = 0;
  #user: SessionUser | null = null;
  #restored: Promise<void> | null = null;
  #refreshing: Promise<RefreshOutcome> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #expiredListeners = new Set<() => void>();

  get user(): SessionUser | null {
    return this.#user;
  }

  get accessToken(): string | null {
    return this.#accessToken;
  }

  /** Tries once per page load to pick the session up from the refresh cookie. Never rejects. */
  restore(): Promise<void> {
    this.#restored ??= this.#refreshOnce().then(() => undefined);
    return this.#restored;
  }

  /** Throws ApiError (401 wrong credentials, 429 too many attempts, 400 invalid) or TypeError when offline. */
  async login(body: LoginBody): Promise<SessionUser> {
    const response = await fetch(urlOf('login', undefined), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    if (!response.ok) throw await ApiError.fromResponse(response);
    const token = (await response.json()) as TokenResponse;
    this.#accept(token);
    this.#restored = Promise.resolve();
    return token.user;
  }

  /**
   * Ends the session on the server first: on a shared front-desk PC, a sign-out that only forgot the token locally
   * would let the next person reload into the previous user's session. Throws when the server did not confirm.
   */
  async logout(): Promise<void> {
    const headers: HeadersInit = this.#accessToken ? { authorization: `Bearer ${this.#accessToken}` } : {};
    const response = await fetch(urlOf('logout', undefined), { method: 'POST', headers, credentials: 'same-origin' });
    if (!response.ok) throw await ApiError.fromResponse(response);
    this.#clear();
  }

  /** Renews the access token; concurrent callers share one request. */
  refresh(): Promise<RefreshOutcome> {
    return this.#refreshOnce();
  }

  /** Called when a signed-in session could not be renewed. Returns an unsubscribe function. */
  onExpired(listener: () => void): () => void {
    this.#expiredListeners.add(listener);
    return () => this.#expiredListeners.delete(listener);
  }

  /** Stops the renewal timer (tests, and pages that go away). */
  dispose(): void {
    clearTimeout(this.#timer);
  }

  #refreshOnce(): Promise<RefreshOutcome> {
    this.#refreshing ??= this.#requestRefresh().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  async #requestRefresh(): Promise<RefreshOutcome> {
    let response: Response;
    try {
      response = await (takeEarlyRefresh() ?? fetch(urlOf('refreshSession', undefined), { method: 'POST', credentials: 'same-origin' }));
    } catch {
      return 'unreachable';
    }
    if (response.ok) {
      this.#accept((await response.json()) as TokenResponse);
      return 'renewed';
    }
    if (response.status >= 500) return 'unreachable';
    const wasSignedIn = this.#user !== null;
    this.#clear();
    if (wasSignedIn) for (const listener of this.#expiredListeners) listener();
    return 'refused';
  }

  #accept(token: TokenResponse): void {
    const lifetimeMs = token.expiresIn * 1000;
    this.#accessToken = token.accessToken;
    this.#user = token.user;
    this.#expiresAt = Date.now() + lifetimeMs;
    this.#schedule(lifetimeMs - Math.min(RENEW_MARGIN_MS, lifetimeMs * 0.2));
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#renewInBackground(), Math.max(0, delayMs));
  }

  async #renewInBackground(): Promise<void> {
    const outcome = await this.#refreshOnce();
    if (outcome !== 'unreachable') return;
    if (Date.now() + UNREACHABLE_RETRY_MS < this.#expiresAt) {
      this.#schedule(UNREACHABLE_RETRY_MS);
    }
    // Otherwise the next API call meets a 401 and tries once more; that is where an expiry is noticed.
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#accessToken = null;
    this.#user = null;
    this.#expiresAt = 0;
  }
}
