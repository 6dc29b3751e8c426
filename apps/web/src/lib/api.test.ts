import { afterEach, describe, expect, it } from 'vitest';
import { AuthSession } from '../auth/session.ts';
import { installFakeApi, json, LOCATIONS, problem, tokenFor, USERS } from '../test/fake-api.ts';
import { apiRequest } from './api.ts';
import { ApiError, SessionExpiredError } from './http.ts';

const sessions: AuthSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

async function signedIn(routes: Parameters<typeof installFakeApi>[0]) {
  const api = installFakeApi({ login: () => json(200, tokenFor(USERS.anna)), ...routes });
  const auth = new AuthSession();
  sessions.push(auth);
  await auth.login({ username: 'anna', password: 'skranke-demo' });
  return { api, auth };
}

describe('apiRequest', () => {
  it('sends the access token as a bearer token', async () => {
    const { api, auth } = await signedIn({ listLocations: () => json(200, LOCATIONS) });
    await expect(apiRequest(auth, '/api/locations')).resolves.toEqual(LOCATIONS);
    expect(api.called('GET', '/api/locations')[0]?.headers.get('authorization')).toBe(`Bearer ${auth.accessToken}`);
  });

  it('renews the token once on a 401 and repeats the call with the new token', async () => {
    const { api, auth } = await signedIn({
      refreshSession: () => json(200, tokenFor(USERS.anna)),
      listLocations: (request) =>
        request.headers.get('authorization') === `Bearer ${auth.accessToken}` && api.called('POST', '/api/auth/refresh').length
          ? json(200, LOCATIONS)
          : problem(401, 'Unauthorized'),
    });
    await expect(apiRequest(auth, '/api/locations')).resolves.toEqual(LOCATIONS);
    expect(api.called('GET', '/api/locations')).toHaveLength(2);
    expect(api.called('POST', '/api/auth/refresh')).toHaveLength(1);
  });

  it('gives up after one retry instead of looping', async () => {
    const { api, auth } = await signedIn({
      refreshSession: () => json(200, tokenFor(USERS.anna)),
      listLocations: () => problem(401, 'Unauthorized'),
    });
    await expect(apiRequest(auth, '/api/locations')).rejects.toMatchObject({ status: 401 });
    expect(api.called('GET', '/api/locations')).toHaveLength(2);
  });

  it('ends the session when the refresh is refused', async () => {
    const { auth } = await signedIn({
      refreshSession: () => problem(401, 'Unauthorized'),
      listLocations: () => problem(401, 'Unauthorized'),
    });
    let expired = false;
    auth.onExpired(() => (expired = true));
    await expect(apiRequest(auth, '/api/locations')).rejects.toBeInstanceOf(SessionExpiredError);
    expect(expired).toBe(true);
  });

  it('hands the problem details of an error to the caller', async () => {
    const { auth } = await signedIn({ listLocations: () => problem(403, 'Forbidden', 'Kun for administratorer') });
    const error = await apiRequest(auth, '/api/locations').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, message: 'Kun for administratorer', problem: { title: 'Forbidden' } });
  });
});
