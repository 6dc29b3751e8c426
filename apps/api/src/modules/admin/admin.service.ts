import type { CreateDeviceBody, CreateUserBody, CreatedDevice, Device, StaffUser, UpdateUserBody } from '@skranke/contracts';
import { hashPassword, type Database } from '@skranke/db';
import { checkNewPassword } from '@skranke/domain';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { appendAudit } from '../../floor/audit/audit-chain.ts';
import type { Staff } from '../../floor/staff.ts';
import { createAuthRepository } from '../auth/auth.repository.ts';
import { hashOpaqueToken, newOpaqueToken } from '../auth/tokens.ts';
import { createAdminRepository } from './admin.repository.ts';

type UserRow = NonNullable<Awaited<ReturnType<ReturnType<typeof createAdminRepository>['findUser']>>>;
type DeviceRow = NonNullable<Awaited<ReturnType<ReturnType<typeof createAdminRepository>['findDevice']>>>;

export const toStaffUser = (row: UserRow): StaffUser => ({
  id: row.id,
  username: row.username,
  name: row.name,
  role: row.role,
  disabled: row.disabledAt !== null,
  locationIds: row.locationIds,
  createdAt: row.createdAt.toISOString(),
});

export const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  locationId: row.locationId,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

const PASSWORD_PROBLEMS = {
  'too-short': 'Adgangskoden skal have mindst 12 tegn.',
  'too-long': 'Adgangskoden må højst have 256 tegn.',
  'same-as-username': 'Adgangskoden må ikke være brugernavnet.',
} as const;

export function createAdminService(db: Database) {
  const repo = createAdminRepository(db);
  const auth = createAuthRepository(db);

  async function assertOwnLocations(municipalityId: string, ids: string[]) {
    const unique = [...new Set(ids)];
    if ((await repo.countOwnLocations(municipalityId, unique)) !== unique.length) {
      throw badRequest('unknown-location', 'En eller flere lokationer findes ikke i kommunen.');
    }
    return unique;
  }

  return {
    listUsers: async (actor: Staff) => (await repo.listUsers(actor.municipalityId)).map(toStaffUser),

    async getUser(actor: Staff, id: string) {
      const row = await repo.findUser(actor.municipalityId, id);
      if (!row) throw notFound('Brugeren');
      return toStaffUser(row);
    },

    async createUser(actor: Staff, body: CreateUserBody): Promise<StaffUser> {
      const username = body.username.toLowerCase();
      const problems = checkNewPassword(body.password, username);
      if (problems.length > 0) {
        throw new AppError(400, 'weak-password', 'Bad Request', problems.map((p) => PASSWORD_PROBLEMS[p]).join(' '));
      }
      const locationIds = await assertOwnLocations(actor.municipalityId, body.locationIds);
      const passwordHash = await hashPassword(body.password);
      const id = await db.transaction(async (tx) => {
        if (await repo.usernameTaken(username, tx)) throw conflict('username-taken', 'Brugernavnet er allerede i brug.');
        const userId = await repo.insertUser(
          { municipalityId: actor.municipalityId, username, name: body.name, role: body.role, passwordHash },
          tx,
        );
        await repo.setUserLocations(actor.municipalityId, userId, locationIds, tx);
        await appendAudit(tx, {
          municipalityId: actor.municipalityId,
          actorUserId: actor.id,
          action: 'admin.user.create',
          subjectType: 'user',
          subjectId: userId,
          details: { after: { username, name: body.name, role: body.role, locationIds } },
        });
        return userId;
      });
      return this.getUser(actor, id);
    },

    /** Changes a user; disabling ends every session of theirs at once. */
    async updateUser(actor: Staff, id: string, body: UpdateUserBody): Promise<StaffUser> {
      const before = await repo.findUser(actor.municipalityId, id);
      if (!before) throw notFound('Brugeren');
      if (id === actor.id && (body.disabled === true || (body.role && body.role !== 'admin'))) {
        throw conflict('cannot-demote-self', 'Du kan ikke deaktivere dig selv eller fjerne din egen administratorrolle.');
      }
      const locationIds = body.locationIds && (await assertOwnLocations(actor.municipalityId, body.locationIds));
      await db.transaction(async (tx) => {
        const disabledAt = body.disabled === undefined ? undefined : body.disabled ? (before.disabledAt ?? new Date()) : null;
        await repo.updateUser(
          id,
          {
            ...(body.name !== undefined && { name: body.name }),
            ...(body.role !== undefined && { role: body.role }),
            ...(disabledAt !== undefined && { disabledAt }),
          },
          tx,
        );
        if (locationIds) await repo.setUserLocations(actor.municipalityId, id, locationIds, tx);
        if (body.disabled) await auth.revokeSessionsOf({ userId: id }, 'user-disabled', tx);
        const pick = (u: UserRow) => ({ name: u.name, role: u.role, disabled: u.disabledAt !== null, locationIds: u.locationIds });
        const after = await repo.findUser(actor.municipalityId, id, tx);
        await appendAudit(tx, {
          municipalityId: actor.municipalityId,
          actorUserId: actor.id,
          action: 'admin.user.update',
          subjectType: 'user',
          subjectId: id,
          details: { before: pick(before), after: after && pick(after) },
        });
      });
      return this.getUser(actor, id);
    },

    listDevices: async (actor: Staff) => (await repo.listDevices(actor.municipalityId)).map(toDevice),

    async createDevice(actor: Staff, body: CreateDeviceBody): Promise<CreatedDevice> {
      await assertOwnLocations(actor.municipalityId, [body.locationId]);
      const deviceKey = newOpaqueToken('skd_');
      const id = await db.transaction(async (tx) => {
        const deviceId = await repo.insertDevice(
          { ...body, municipalityId: actor.municipalityId, keyHash: hashOpaqueToken(deviceKey), createdBy: actor.id },
          tx,
        );
        await appendAudit(tx, {
          municipalityId: actor.municipalityId,
          actorUserId: actor.id,
          action: 'admin.device.create',
          subjectType: 'device',
          subjectId: deviceId,
          details: { after: body },
        });
        return deviceId;
      });
      const row = await repo.findDevice(actor.municipalityId, id);
      return { device: toDevice(row!), deviceKey };
    },

    /** Revokes a device: its key stops working and its sessions end now. Revoking twice changes nothing. */
    async revokeDevice(actor: Staff, id: string): Promise<Device> {
      const before = await repo.findDevice(actor.municipalityId, id);
      if (!before) throw notFound('Enheden');
      if (!before.revokedAt) {
        await db.transaction(async (tx) => {
          await repo.revokeDevice(id, tx);
          await auth.revokeSessionsOf({ deviceId: id }, 'device-revoked', tx);
          await appendAudit(tx, {
            municipalityId: actor.municipalityId,
            actorUserId: actor.id,
            action: 'admin.device.revoke',
            subjectType: 'device',
            subjectId: id,
          });
        });
      }
      return toDevice((await repo.findDevice(actor.municipalityId, id))!);
    },
  };
}
