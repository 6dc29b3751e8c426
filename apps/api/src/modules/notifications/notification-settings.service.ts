import { MIN_APPOINTMENT_HEAD_START_MINUTES, type NotificationSettings, type PutNotificationSettingsBody } from '@skranke/contracts';
import { schema, type Database, type DbOrTx } from '@skranke/db';
import { DEFAULT_FAIRNESS_BOUND_MINUTES, type FieldProblem } from '@skranke/domain';
import { eq } from 'drizzle-orm';
import { auditConfig, changes, invalidConfig } from '../../floor/audit/config-changes.ts';
import type { Staff } from '../../floor/staff.ts';

const { appointmentSettings, queueSettings } = schema;

/** Recorded with the values before and after, in the transaction that changes them. */
export const NOTIFICATION_SETTINGS_ACTION = 'config.notification-settings.update';

/** The defaults of a municipality without a settings row (as the table's column defaults). */
const DEFAULTS = { notificationsEnabled: false, headStartMinutes: 15 };

async function fairnessBound(tx: DbOrTx, municipalityId: string): Promise<number> {
  const [row] = await tx
    .select({ bound: queueSettings.fairnessBoundMinutes })
    .from(queueSettings)
    .where(eq(queueSettings.municipalityId, municipalityId));
  return row?.bound ?? DEFAULT_FAIRNESS_BOUND_MINUTES;
}

/** hA within [3, H]: below 3 the idle-counter window breaks the fairness claims; above H, the bound itself. */
export function headStartProblems(headStartMinutes: number, bound: number): FieldProblem[] {
  if (!Number.isInteger(headStartMinutes) || headStartMinutes < MIN_APPOINTMENT_HEAD_START_MINUTES) {
    return [
      {
        field: 'headStartMinutes',
        da: `Forspringet skal være mindst ${MIN_APPOINTMENT_HEAD_START_MINUTES} minutter (en bestilt tid kan kaldes op til 3 minutter før).`,
      },
    ];
  }
  if (headStartMinutes > bound) {
    return [{ field: 'headStartMinutes', da: `Forspringet må højst være ${bound} minutter (kommunens retfærdighedsgrænse).` }];
  }
  return [];
}

/** A stored head start as it is used: within [3, H] even if the bound was lowered after it was set. */
const clamped = (minutes: number, bound: number) =>
  Math.min(Math.max(minutes, MIN_APPOINTMENT_HEAD_START_MINUTES), Math.max(bound, MIN_APPOINTMENT_HEAD_START_MINUTES));

/** appointment_settings as an admin reads and sets it: notices on or off, and the appointment head start. */
export function createNotificationSettings(db: Database) {
  async function read(municipalityId: string, tx: DbOrTx = db) {
    const [row] = await tx
      .select({ notificationsEnabled: appointmentSettings.notificationsEnabled, headStartMinutes: appointmentSettings.headStartMinutes })
      .from(appointmentSettings)
      .where(eq(appointmentSettings.municipalityId, municipalityId));
    return row ?? DEFAULTS;
  }

  async function settingsOf(municipalityId: string, tx: DbOrTx = db): Promise<NotificationSettings> {
    const bound = await fairnessBound(tx, municipalityId);
    const row = await read(municipalityId, tx);
    return {
      notificationsEnabled: row.notificationsEnabled,
      headStartMinutes: clamped(row.headStartMinutes, bound),
      maxHeadStartMinutes: Math.max(bound, MIN_APPOINTMENT_HEAD_START_MINUTES),
      minHeadStartMinutes: MIN_APPOINTMENT_HEAD_START_MINUTES,
    };
  }

  return {
    get: (staff: Staff) => settingsOf(staff.municipalityId),

    /** Sets both values with one audit record of what changed; 400 invalid-config outside [3, H]. */
    async put(staff: Staff, body: PutNotificationSettingsBody): Promise<NotificationSettings> {
      return db.transaction(async (tx) => {
        const problems = headStartProblems(body.headStartMinutes, await fairnessBound(tx, staff.municipalityId));
        if (problems.length > 0) throw invalidConfig(problems);
        const before = await read(staff.municipalityId, tx);
        const after = { notificationsEnabled: body.notificationsEnabled, headStartMinutes: body.headStartMinutes };
        await tx
          .insert(appointmentSettings)
          .values({ municipalityId: staff.municipalityId, ...after })
          .onConflictDoUpdate({ target: appointmentSettings.municipalityId, set: after });
        const diff = changes(before, after);
        if (Object.keys(diff.after).length > 0) {
          await auditConfig(tx, staff, NOTIFICATION_SETTINGS_ACTION, { type: 'appointment-settings', id: staff.municipalityId }, diff);
        }
        return settingsOf(staff.municipalityId, tx);
      });
    },
  };
}
