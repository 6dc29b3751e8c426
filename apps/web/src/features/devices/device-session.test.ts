import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceTokenRoute, installFakeApi } from '../../test/fake-api.ts';
import { DeviceKindMismatchError, DeviceSession } from './device-session.ts';

const KEY = 'skd_display-key-0123456789abcdef';
let session: DeviceSession;
afterEach(() => {
  session?.dispose();
  vi.useRealTimers();
});

describe('DeviceSession', () => {
  it('keeps a paired key on the screen and the access token in memory only', async () => {
    installFakeApi({ issueDeviceToken: deviceTokenRoute('display', KEY) });
    session = new DeviceSession('display');
    const device = await session.pair(`  ${KEY}\n`);
    expect(device.kind).toBe('display');
    expect(localStorage.getItem('skranke.device.display')).toBe(KEY);
    expect(session.accessToken).toBe('token-display-1');
    expect(JSON.stringify({ ...localStorage })).not.toContain('token-display');
  });

  it('refuses a key of the other kind and stores nothing', async () => {
    installFakeApi({ issueDeviceToken: deviceTokenRoute('kiosk', KEY) });
    session = new DeviceSession('display');
    await expect(session.pair(KEY)).rejects.toBeInstanceOf(DeviceKindMismatchError);
    expect(localStorage.getItem('skranke.device.display')).toBeNull();
  });

  it('renews the 15-minute token a minute before it runs out', async () => {
    vi.useFakeTimers();
    const api = installFakeApi({ issueDeviceToken: deviceTokenRoute('display', KEY) });
    session = new DeviceSession('display');
    await session.pair(KEY);
    await vi.advanceTimersByTimeAsync(839_000);
    expect(api.called('POST', '/api/auth/device-token')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(api.called('POST', '/api/auth/device-token')).toHaveLength(2);
    expect(session.accessToken).toBe('token-display-2');
  });

  it('keeps trying for as long as the server cannot be reached, long after the token expired', async () => {
    vi.useFakeTimers();
    let online = true;
    const route = deviceTokenRoute('display', KEY);
    const api = installFakeApi({
      issueDeviceToken: (request) => (online ? route(request) : Promise.reject(new TypeError('offline'))),
    });
    session = new DeviceSession('display');
    await session.pair(KEY);
    online = false;
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    const attempts = api.called('POST', '/api/auth/device-token').length;
    expect(attempts).toBeGreaterThan(100);
    online = true;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(session.accessToken).toMatch(/^token-display-/);
    expect(localStorage.getItem('skranke.device.display')).toBe(KEY);
  });

  it('forgets a key the server no longer accepts, and says so', async () => {
    localStorage.setItem('skranke.device.display', KEY);
    installFakeApi({ issueDeviceToken: deviceTokenRoute('display', 'another-key-0123456789') });
    session = new DeviceSession('display');
    const revoked = vi.fn();
    session.onRevoked(revoked);
    expect(await session.restore()).toBe('refused');
    expect(revoked).toHaveBeenCalledTimes(1);
    expect(session.hasKey).toBe(false);
  });
});
