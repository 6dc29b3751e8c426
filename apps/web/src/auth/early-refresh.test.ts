import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeApi, json, tokenFor, USERS } from '../test/fake-api.ts';
import { startEarlyRefresh, takeEarlyRefresh } from './early-refresh.ts';
import { AuthSession } from './session.ts';

afterEach(() => {
  takeEarlyRefresh();
  vi.unstubAllGlobals();
});

const answer = () => Promise.resolve(json(200, tokenFor(USERS.anna)));

describe('the early silent sign-in', () => {
  it.each([
    ['/skranke', true],
    ['/', true],
    ['/login', true],
    ['/borger/abc', true],
    ['/kiosk', false],
    ['/kiosk/setup', false],
    ['/display', false],
    ['/displayed-nowhere', true],
  ])('on %s starts: %s', (pathname, starts) => {
    const send = vi.fn(answer);
    startEarlyRefresh(pathname, send);
    expect(send).toHaveBeenCalledTimes(starts ? 1 : 0);
    if (starts) expect(send).toHaveBeenCalledWith('/api/auth/refresh', { method: 'POST', credentials: 'same-origin' });
  });

  it('is handed out once', () => {
    startEarlyRefresh('/skranke', vi.fn(answer));
    expect(takeEarlyRefresh()).not.toBeNull();
    expect(takeEarlyRefresh()).toBeNull();
  });

  it('is the answer the session restores from, without asking again', async () => {
    const api = installFakeApi({ refreshSession: () => json(200, tokenFor(USERS.lars)) });
    startEarlyRefresh('/skranke', vi.fn(answer));
    const session = new AuthSession();
    await session.restore();
    expect(session.user?.username).toBe('anna');
    expect(api.called('POST', '/api/auth/refresh')).toHaveLength(0);
    // Later renewals ask the server.
    await session.refresh();
    expect(session.user?.username).toBe('lars');
    expect(api.called('POST', '/api/auth/refresh')).toHaveLength(1);
    session.dispose();
  });

  it('reports a network failure as unreachable to the session, not as an unhandled rejection', async () => {
    installFakeApi({});
    startEarlyRefresh(
      '/skranke',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    const session = new AuthSession();
    expect(await session.refresh()).toBe('unreachable');
    session.dispose();
  });
});
