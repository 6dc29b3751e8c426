import { Type, type Static } from '@sinclair/typebox';
import { DeviceKind, Role, Uuid } from './common.ts';

export const Location = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: Type.Union([Type.Literal('office'), Type.Literal('mobile')]),
  address: Type.String(),
});
export type Location = Static<typeof Location>;
export const LocationList = Type.Array(Location);

export const StaffUser = Type.Object({
  id: Uuid,
  username: Type.String(),
  name: Type.String(),
  role: Role,
  disabled: Type.Boolean(),
  locationIds: Type.Array(Uuid),
  createdAt: Type.String({ format: 'date-time' }),
});
export type StaffUser = Static<typeof StaffUser>;
export const StaffUserList = Type.Array(StaffUser);

export const CreateUserBody = Type.Object(
  {
    username: Type.String({ minLength: 2, maxLength: 60, pattern: '^[a-z0-9._-]+$' }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    role: Role,
    password: Type.String({ minLength: 12, maxLength: 1000 }),
    locationIds: Type.Array(Uuid, { maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    role: Type.Optional(Role),
    disabled: Type.Optional(Type.Boolean()),
    locationIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const Device = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: DeviceKind,
  locationId: Uuid,
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Device = Static<typeof Device>;
export const DeviceList = Type.Array(Device);

export const CreateDeviceBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: DeviceKind,
    locationId: Uuid,
  },
  { additionalProperties: false },
);
export type CreateDeviceBody = Static<typeof CreateDeviceBody>;

/** The device key is shown once, when the device is created. */
export const CreatedDevice = Type.Object({ device: Device, deviceKey: Type.String() });
export type CreatedDevice = Static<typeof CreatedDevice>;
