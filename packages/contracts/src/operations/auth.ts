import { Type } from '@sinclair/typebox';
import { DeviceTokenBody, DeviceTokenResponse, LoginBody, Me, TokenResponse } from '../auth.ts';
import { access, defineOperation } from './define.ts';

const tags = ['auth'];

export const login = defineOperation({
  operationId: 'login',
  method: 'POST',
  path: '/api/auth/login',
  tags,
  summary: 'Sign in a staff member; sets the refresh cookie',
  access: access.public,
  body: LoginBody,
  responses: { 200: TokenResponse },
  errors: ['login-throttled'],
});

export const refreshSession = defineOperation({
  operationId: 'refreshSession',
  method: 'POST',
  path: '/api/auth/refresh',
  tags,
  summary: 'Exchange the refresh cookie for a new access token; rotates the cookie',
  access: { kind: 'refresh-cookie' },
  responses: { 200: TokenResponse },
  errors: [],
});

export const logout = defineOperation({
  operationId: 'logout',
  method: 'POST',
  path: '/api/auth/logout',
  tags,
  summary: 'End the session (from the refresh cookie or the bearer token)',
  access: { kind: 'refresh-cookie-or-bearer' },
  responses: { 204: Type.Null() },
  errors: [],
});

export const getMe = defineOperation({
  operationId: 'getMe',
  method: 'GET',
  path: '/api/auth/me',
  tags,
  summary: 'The signed-in user or device',
  access: access.device(['kiosk', 'display'], 'counter'),
  responses: { 200: Me },
  errors: [],
});

export const issueDeviceToken = defineOperation({
  operationId: 'issueDeviceToken',
  method: 'POST',
  path: '/api/auth/device-token',
  tags,
  summary: 'Exchange a kiosk or call display key for an access token',
  access: access.public,
  body: DeviceTokenBody,
  responses: { 200: DeviceTokenResponse },
  errors: [],
});
