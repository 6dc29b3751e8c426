import { Type, type Static } from '@sinclair/typebox';
import { DeviceKind, Role, Uuid } from './common.ts';

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const SessionUser = Type.Object({
  id: Uuid,
  username: Type.String(),
  name: Type.String(),
  role: Role,
  municipalityId: Uuid,
  municipalityName: Type.String(),
  locationIds: Type.Array(Uuid),
});
export type SessionUser = Static<typeof SessionUser>;

export const TokenResponse = Type.Object({
  accessToken: Type.String(),
  expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
  user: SessionUser,
});
export type TokenResponse = Static<typeof TokenResponse>;

export const DeviceTokenBody = Type.Object({ deviceKey: Type.String({ minLength: 20, maxLength: 200 }) }, { additionalProperties: false });
export type DeviceTokenBody = Static<typeof DeviceTokenBody>;

export const DevicePrincipal = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: DeviceKind,
  municipalityId: Uuid,
  locationId: Uuid,
});
export type DevicePrincipal = Static<typeof DevicePrincipal>;

export const DeviceTokenResponse = Type.Object({
  accessToken: Type.String(),
  expiresIn: Type.Integer(),
  device: DevicePrincipal,
});
export type DeviceTokenResponse = Static<typeof DeviceTokenResponse>;

/** Answer of GET /api/auth/me: whoever the bearer token belongs to. */
export const Me = Type.Union([
  Type.Object({ kind: Type.Literal('user'), user: SessionUser }),
  Type.Object({ kind: Type.Literal('device'), device: DevicePrincipal }),
]);
export type Me = Static<typeof Me>;
