import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeApi, json, problem, tokenFor, USERS } from '../test/fake-api.ts';
import { ApiError } from '../lib/http.ts';
import { AuthSession } from './session.ts';

let session: AuthSession;
beforeEach(() => {
  session = new AuthSession();
});
afterEach(() => {
  session.dispose();
  vi.useRealTimers();
});

describe('AuthSession', () => {
  it('signs in, keeps the token in memory only and never in web storage', async () => {
    const api = installFakeApi({ login: () => json(200, tokenFor(USERS.anna)) });
    const user = await session.login({ username: 'anna', password: 'skranke-demo' });

    expect(user.name).toBe('Anna Sørensen');
    expect(session.accessToken).toMatch(/^token-anna-/);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(await api.called('POST', '/api/auth/login')[0]?.json()).toEqual({
      username: 'anna',
      password: 'skranke-demo',
    });
  });

  it('turns a failed sign-in into an ApiError carrying the status', async () => {
    installFakeApi({ login: () => problem(429, 'Too Many Requests') });
    const failure = session.login({ username: 'anna', password: 'x' });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 429 });
    expect(session.user).toBeNull();
  });

  it('restores a session from the refresh cookie, once per page load', async () => {
    const api = installFakeApi({ refreshSession: () => json(200, tokenFor(USERS.lars)) });
    await Promise.all([session.restore(), session.restore()]);
    await session.restore();
    expect(session.user?.username).toBe('lars');
    expect(api.called('POST', '/api/auth/refresh')).toHaveLength(1);
  });

  it('without a refresh cookie stays signed out and does not call it an expiry', async () => {
    installFakeApi({ refreshSession: () => problem(401, 'Unauthorized') });
    const expired = vi.fn();
    session.onExpired(expired);
    await session.restore();
    expect(session.user).toBeNull();
    expect(expired).not.toHaveBeenCalled();
  });

  it('renews the access token a minute before it expires', async () => {
    vi.useFakeTimers();
    const api = installFakeApi({
      login: () => json(200, tokenFor(USERS.anna, 900)),
      refreshSession: () => json(200, tokenFor(USERS.anna, 900)),
    });
    await session.login({ username: 'anna', password: 'skranke-demo' });
    const first = session.accessToken;

    await vi.advanceTimersByTimeAsync(839_000);
    expect(api.called('POST', '/api/auth/refresh')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(api.called('POST', '/api/auth/refresh')).toHaveLength(1);
    expect(session.accessToken).not.toBe(first);
  });

  it('reports an expiry when the server refuses to renew a signed-in session', async () => {
    vi.useFakeTimers();
    installFakeApi({
      login: () => json(200, tokenFor(USERS.anna, 60)),
      refreshSession: () => problem(401, 'Unauthorized'),
    });
    const expired = vi.fn();
    session.onExpired(expired);
    await session.login({ username: 'anna', password: 'skranke-demo' });

    await vi.advanceTimersByTimeAsync(60_000);
    expect(expired).toHaveBeenCalledTimes(1);
    expect(session.user).toBeNull();
    expect(session.accessToken).toBeNull();
  });

  it('keeps the session and retries later when the server cannot be reached', async () => {
    vi.useFakeTimers();
    let online = false;
    const api = installFakeApi({
      login: () => json(200, tokenFor(USERS.anna, 900)),
      refreshSession: () => (online ? json(200, tokenFor(USERS.anna)) : Promise.reject(new TypeError('offline'))),
    });
    const expired = vi.fn();
    session.onExpired(expired);
    await session.login({ username: 'anna', password: 'skranke-demo' });

    await vi.advanceTimersByTimeAsync(840_000);
    expect(session.user?.username).toBe('anna');
    online = true;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(api.called('POST', '/api/auth/refresh')).toHaveLength(2);
    expect(expired).not.toHaveBeenCalled();
  });

  it('signs out on the server and forgets the user', async () => {
    const api = installFakeApi({
      login: () => json(200, tokenFor(USERS.anna)),
      logout: () => new Response(null, { status: 204 }),
    });
    await session.login({ username: 'anna', password: 'skranke-demo' });
    const token = session.accessToken;
    await session.logout();

    expect(api.called('POST', '/api/auth/logout')[0]?.headers.get('authorization')).toBe(`Bearer ${token}`);
    expect(session.user).toBeNull();
  });

  it('stays signed in when the server did not confirm the sign-out', async () => {
    installFakeApi({
      login: () => json(200, tokenFor(USERS.anna)),
      logout: () => problem(503, 'Service Unavailable'),
    });
    await session.login({ username: 'anna', password: 'skranke-demo' });
    await expect(session.logout()).rejects.toMatchObject({ status: 503 });
    expect(session.user?.username).toBe('anna');
  });
});
